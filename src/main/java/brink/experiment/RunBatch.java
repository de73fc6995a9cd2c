package brink.experiment;

import brink.stats.StreamingQuantiles;
import brink.model.Metric;
import brink.model.RunRecord;

/**
 * A worker's path from a finished run's daily series to the statistics: each value is added to
 * its block's sum (for the mean) and handed to its (metric, day) histogram through a
 * {@link StreamingQuantiles.Buffer}, which the worker flushes every {@link #SIZE} runs. One pass
 * over the run's record, which is still in cache; nothing is copied.
 */
final class RunBatch {
    /** Runs buffered between flushes: the histograms are then touched once per {@value} runs. */
    static final int SIZE = 64;
    private static final Metric[] METRICS = Metric.values();

    private final int stride;
    private final StreamingQuantiles.Buffer[] buffers = new StreamingQuantiles.Buffer[Metric.COUNT];

    RunBatch(RunStatistics statistics) {
        this.stride = statistics.days() + 1;
        for (int m = 0; m < Metric.COUNT; m++) buffers[m] = statistics.quantiles(METRICS[m]).buffer(SIZE);
    }

    /**
     * Adds one run's series to the block's sums, run after run in replication order (so a block's
     * sums never depend on the thread), and to the histograms' buffers; flushes them first if full.
     */
    void add(RunRecord record, double[] sums) {
        for (int m = 0; m < Metric.COUNT; m++) {
            if (buffers[m].isFull()) buffers[m].flush();
            buffers[m].addRow(record.series(METRICS[m]), sums, m * stride); // the block's sums in the same pass
        }
    }

    /** Adds everything buffered to the statistics' histograms. */
    void flush() {
        for (StreamingQuantiles.Buffer b : buffers) b.flush();
    }
}
