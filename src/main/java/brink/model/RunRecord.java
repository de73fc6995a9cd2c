package brink.model;

import java.io.Serializable;

/**
 * What one run leaves behind: the daily series of every {@link Metric} and the per-run outcomes.
 * Allocated once per worker and overwritten by each replication, so a Monte Carlo of any size
 * allocates nothing per run here.
 */
public final class RunRecord implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double[][] series;
    private final int[] firstCrossedDay = new int[Rung.COUNT];
    private int days;
    private int maxRung;
    private int firstCeasefireDay;
    private int warEndDay;

    public RunRecord(int maxHorizonDays) {
        series = new double[Metric.COUNT][maxHorizonDays + 1];
    }

    public int capacityDays() { return series[0].length - 1; }

    void begin(int horizonDays) {
        if (horizonDays > capacityDays()) {
            throw new IllegalArgumentException("horizon " + horizonDays + " exceeds record capacity " + capacityDays());
        }
        days = horizonDays;
    }

    void set(Metric m, int day, double value) { series[m.ordinal()][day] = value; }

    void finish(EscalationLadder ladder, War war) {
        for (int r = 0; r < Rung.COUNT; r++) firstCrossedDay[r] = ladder.firstCrossedDay(Rung.ofLevel(r));
        maxRung = ladder.maxRung();
        firstCeasefireDay = war.firstCeasefireDay();
        warEndDay = war.endDay();
    }

    /** Number of days simulated; series hold days 0..days inclusive. */
    public int days() { return days; }
    public double value(Metric m, int day) { return series[m.ordinal()][day]; }
    /** The raw array of one metric (length may exceed days()+1); do not modify. */
    public double[] series(Metric m) { return series[m.ordinal()]; }
    public double finalValue(Metric m) { return series[m.ordinal()][days]; }
    /** Day the rung was first crossed in this run, or {@link EscalationLadder#NEVER}. */
    public int firstCrossedDay(Rung r) { return firstCrossedDay[r.ordinal()]; }
    public int maxRung() { return maxRung; }
    /** Day the first ceasefire began, or {@link EscalationLadder#NEVER}. */
    public int firstCeasefireDay() { return firstCeasefireDay; }
    /** Day an army collapsed and the war ended, or {@link EscalationLadder#NEVER}. */
    public int warEndDay() { return warEndDay; }
}
