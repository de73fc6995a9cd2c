package brink.experiment;

import brink.model.Metric;

/**
 * What one worker produced for one block of consecutive replications: the sums of every metric on
 * every day (added in replication order, so the block's sums never depend on the thread that ran
 * it) and the block's runs.csv rows. The consumer merges blocks strictly in block order, then hands
 * the object back for reuse, so a run of any length allocates a fixed number of them.
 */
final class BlockResult implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    int index;
    int count;
    /** Metric-major: sums[m * (days + 1) + d]. */
    final double[] sums;
    final StringBuilder rows = new StringBuilder(MonteCarloRunner.BLOCK * 512);
    /** The opt-in Parquet tables' values ({@link RunTables}); empty arrays when none are written. */
    final double[] runValues, seriesValues;
    final long[] seriesReplications;
    int runCount, seriesRuns;

    BlockResult(int days) {
        this(days, null);
    }

    BlockResult(int days, RunTables tables) {
        this.sums = new double[Metric.COUNT * (days + 1)];
        int n = MonteCarloRunner.BLOCK;
        this.runValues = new double[tables == null ? 0 : tables.runValues(n)];
        this.seriesValues = new double[tables == null ? 0 : tables.seriesValues(n)];
        this.seriesReplications = new long[tables == null || !tables.spec().series() ? 0 : n];
    }

    /** Empties it for another block. */
    BlockResult reset(int index, int count) {
        this.index = index;
        this.count = count;
        java.util.Arrays.fill(sums, 0.0);
        rows.setLength(0);
        runCount = 0;
        seriesRuns = 0;
        return this;
    }
}
