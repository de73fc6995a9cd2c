package brink.experiment;

import brink.model.Metric;

/**
 * What one worker produced for one block of consecutive replications: the sums of every metric on
 * every day (added in replication order, so the block's sums never depend on the thread that ran
 * it) and the block's runs.csv rows. The consumer merges blocks strictly in block order.
 */
final class BlockResult {
    final int index;
    final int count;
    /** Metric-major: sums[m * (days + 1) + d]. */
    final double[] sums;
    final StringBuilder rows;

    BlockResult(int index, int count, int days) {
        this.index = index;
        this.count = count;
        this.sums = new double[Metric.COUNT * (days + 1)];
        this.rows = new StringBuilder(count * 512);
    }
}
