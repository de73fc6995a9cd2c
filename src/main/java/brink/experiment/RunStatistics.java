package brink.experiment;

import brink.stats.StreamingQuantiles;
import brink.model.EscalationLadder;
import brink.model.Metric;
import brink.model.RunRecord;
import brink.model.Rung;

/**
 * The order-free part of a Monte Carlo's statistics, one per worker: per-(metric, day) quantile
 * histograms, how many runs crossed each rung and on which day, and the distribution of the
 * maximum rung. Everything here is an integer count, so merging the workers' statistics gives the
 * same result whatever the thread count and whichever worker ran which block. Means, whose
 * floating-point sums depend on order, are summed per block instead ({@link BlockResult}).
 */
public final class RunStatistics implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final int days;
    private final StreamingQuantiles[] quantiles = new StreamingQuantiles[Metric.COUNT];
    private final long[] crossed = new long[Rung.COUNT];
    private final long[][] crossingDays;
    private final long[] maxRung = new long[Rung.COUNT];
    /** Per level, the lowest replication index whose maximum rung was that level (a minimum: order-free). */
    private final long[] firstWithMaxRung = new long[Rung.COUNT];
    private long runs;

    public RunStatistics(int horizonDays) {
        this.days = horizonDays;
        for (Metric m : Metric.values()) {
            quantiles[m.ordinal()] = isDiscrete(m) ? StreamingQuantiles.discrete(days + 1) : StreamingQuantiles.continuous(days + 1);
        }
        crossingDays = new long[Rung.COUNT][days + 1];
        java.util.Arrays.fill(firstWithMaxRung, NONE);
    }

    /** No replication (see {@link #firstWithMaxRung}). */
    public static final long NONE = Long.MAX_VALUE;

    /** Rung levels (0..11) and the war's phase (0..3) are whole numbers: their quantiles are exact. */
    static boolean isDiscrete(Metric m) {
        return m == Metric.ESCALATION_LEVEL || m == Metric.MAX_RUNG || m == Metric.WAR_PHASE;
    }

    /** Adds one run's outcomes (its daily series go through a {@link RunBatch}). */
    void addOutcomes(RunRecord record, long replication) {
        firstWithMaxRung[record.maxRung()] = Math.min(firstWithMaxRung[record.maxRung()], replication);
        for (int r = 0; r < Rung.COUNT; r++) {
            int day = record.firstCrossedDay(Rung.ofLevel(r));
            if (day != EscalationLadder.NEVER) {
                crossed[r]++;
                crossingDays[r][day]++;
            }
        }
        maxRung[record.maxRung()]++;
        runs++;
    }

    public void merge(RunStatistics o) {
        for (int m = 0; m < Metric.COUNT; m++) quantiles[m].merge(o.quantiles[m]);
        for (int r = 0; r < Rung.COUNT; r++) {
            crossed[r] += o.crossed[r];
            for (int d = 0; d <= days; d++) crossingDays[r][d] += o.crossingDays[r][d];
            maxRung[r] += o.maxRung[r];
            firstWithMaxRung[r] = Math.min(firstWithMaxRung[r], o.firstWithMaxRung[r]);
        }
        runs += o.runs;
    }

    public int days() { return days; }
    public long runs() { return runs; }
    public StreamingQuantiles quantiles(Metric m) { return quantiles[m.ordinal()]; }
    public long crossed(Rung r) { return crossed[r.ordinal()]; }
    /** Runs whose maximum rung was {@code level}. */
    public long maxRungCount(int level) { return maxRung[level]; }
    /** The lowest replication whose maximum rung was {@code level}, or {@link #NONE}: the same whatever the threads. */
    public long firstWithMaxRung(int level) { return firstWithMaxRung[level]; }

    /** Median first-crossing day among runs that crossed the rung (exact), or NaN if none did. */
    public double medianCrossingDay(Rung r) {
        long k = crossed[r.ordinal()];
        if (k == 0) return Double.NaN;
        long[] h = crossingDays[r.ordinal()];
        // the average of the order statistics at ranks floor((k+1)/2) and ceil((k+1)/2)
        long lowRank = (k + 1) / 2;
        long highRank = (k + 2) / 2;
        return (dayAtRank(h, lowRank) + dayAtRank(h, highRank)) / 2.0;
    }

    private static int dayAtRank(long[] h, long rank) {
        long cumulative = 0;
        for (int d = 0; d < h.length; d++) {
            cumulative += h[d];
            if (cumulative >= rank) return d;
        }
        return h.length - 1;
    }
}
