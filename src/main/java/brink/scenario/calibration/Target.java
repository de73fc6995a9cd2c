package brink.scenario.calibration;

import brink.model.EscalationLadder;
import brink.model.Metric;
import brink.model.RunRecord;
import brink.model.Rung;
import brink.scenario.Provenance;

/**
 * One validated calibration target: a summary statistic of a particle's runs, the range the
 * articles put it in, and the scale of its distance.
 *
 * @param rung   for {@link Statistic#PROBABILITY}: crossed on or before {@code toDay}
 * @param metric for {@link Statistic#MEAN}: averaged over days {@code fromDay}..{@code toDay} of each run, then over runs
 */
public record Target(String id, Statistic statistic, Rung rung, Metric metric, int fromDay, int toDay,
                     double low, double high, double scale, Provenance provenance, String interpretation) {

    public enum Statistic {
        PROBABILITY("probability"), MEAN("mean");

        private final String key;

        Statistic(String key) { this.key = key; }

        public String key() { return key; }

        public static Statistic fromKey(String k) {
            for (Statistic s : values()) if (s.key.equals(k)) return s;
            return null;
        }
    }

    /** The statistic's value in one run (0/1 for a probability); the particle's statistic is the mean over its runs. */
    public double valueIn(RunRecord r) {
        if (statistic == Statistic.PROBABILITY) {
            int d = r.firstCrossedDay(rung);
            return d != EscalationLadder.NEVER && d <= toDay ? 1 : 0;
        }
        double sum = 0;
        for (int day = fromDay; day <= toDay; day++) sum += r.value(metric, day);
        return sum / (toDay - fromDay + 1);
    }

    /**
     * The distance of a simulated statistic from the target, in units of its scale: 0 inside the
     * observed range, the gap to the nearer end otherwise.
     */
    public double distance(double simulated) {
        double gap = simulated < low ? low - simulated : simulated > high ? simulated - high : 0;
        return gap / scale;
    }

    /** One line: what is measured. */
    public String describe() {
        return statistic == Statistic.PROBABILITY
                ? "P(" + rung.key() + " by day " + toDay + ")"
                : "mean " + metric.key() + (fromDay == toDay ? " on day " + toDay : " over days " + fromDay + "-" + toDay);
    }

    /** The observed range as text. */
    public String observedText() {
        return low == high ? num(low) : "[" + num(low) + ", " + num(high) + "]";
    }

    private static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.format(java.util.Locale.ROOT, "%,d", (long) v) : String.valueOf(v);
    }
}
