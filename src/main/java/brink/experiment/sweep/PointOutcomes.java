package brink.experiment.sweep;

import brink.scenario.sweep.Outcome;
import brink.results.sweep.SweepPoint;
import brink.results.sweep.PointResult;
import brink.stats.OrderStatisticInterval;
import brink.stats.BinomialIntervals;
import brink.model.EscalationLadder;
import brink.model.RunRecord;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.util.Arrays;
import java.util.List;

/**
 * Collects one point's outcomes over its replications and summarises each as an estimate with a
 * 95% interval. Replications per point are bounded, so the exact values are kept: probabilities
 * are counts with Wilson intervals; medians use Commons Math's {@link Percentile} with the
 * order-statistic interval of {@link OrderStatisticInterval}; means use Student's t.
 * Reused across points by one worker.
 */
public final class PointOutcomes {
    public static final double LEVEL = BinomialIntervals.LEVEL;

    private final Outcome[] outcomes;
    private final int horizonDays;
    private final double[][] values;
    private final double[] sorted;
    private final Percentile percentile = new Percentile();
    private int n;

    public PointOutcomes(List<Outcome> outcomes, int replications, int horizonDays) {
        this.outcomes = outcomes.toArray(new Outcome[0]);
        this.horizonDays = horizonDays;
        this.values = new double[this.outcomes.length][replications];
        this.sorted = new double[replications];
    }

    public void reset() { n = 0; }

    /** Records one finished replication. */
    public void add(RunRecord r) {
        for (int o = 0; o < outcomes.length; o++) values[o][n] = valueOf(outcomes[o], r, horizonDays);
        n++;
    }

    /** The per-replication value an outcome summarises (0/1 for probabilities). */
    public static double valueOf(Outcome o, RunRecord r, int horizonDays) {
        return switch (o.kind()) {
            case PROBABILITY -> {
                int d = r.firstCrossedDay(o.rung());
                yield d != EscalationLadder.NEVER && d <= o.withinDays() ? 1 : 0;
            }
            case MEDIAN, MEAN -> r.finalValue(o.metric());
            case MEDIAN_DAY -> {
                int d = r.firstCrossedDay(o.rung());
                yield d == EscalationLadder.NEVER ? horizonDays + 1 : d;
            }
        };
    }

    /** The point's result from the replications added since {@link #reset()}. */
    public PointResult result(SweepPoint point) {
        int k = outcomes.length;
        double[] est = new double[k], low = new double[k], high = new double[k];
        for (int o = 0; o < k; o++) {
            double[] v = values[o];
            switch (outcomes[o].kind()) {
                case PROBABILITY -> {
                    long hits = 0;
                    for (int i = 0; i < n; i++) if (v[i] > 0) hits++;
                    BinomialIntervals.Interval ci = BinomialIntervals.wilson(hits, n, LEVEL);
                    est[o] = (double) hits / n;
                    low[o] = ci.low();
                    high[o] = ci.high();
                }
                case MEDIAN, MEDIAN_DAY -> {
                    System.arraycopy(v, 0, sorted, 0, n);
                    Arrays.sort(sorted, 0, n);
                    est[o] = percentile.evaluate(sorted, 0, n, 50);
                    double[] ci = OrderStatisticInterval.ofSorted(sorted, n, LEVEL);
                    low[o] = ci[0];
                    high[o] = ci[1];
                }
                case MEAN -> {
                    double sum = 0;
                    for (int i = 0; i < n; i++) sum += v[i];
                    double mean = sum / n;
                    double ss = 0;
                    for (int i = 0; i < n; i++) ss += (v[i] - mean) * (v[i] - mean);
                    double half = n < 2 ? 0
                            : new TDistribution(null, n - 1).inverseCumulativeProbability(0.5 + LEVEL / 2)
                              * Math.sqrt(ss / (n - 1) / n);
                    est[o] = mean;
                    low[o] = mean - half;
                    high[o] = mean + half;
                }
            }
        }
        return new PointResult(point, est, low, high, null);
    }
}
