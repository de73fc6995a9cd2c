package brink.experiment;

import brink.model.Metric;
import brink.model.RunRecord;

/**
 * A worker's buffer of the last few runs' daily series, added to the statistics cell by cell
 * rather than run by run: each (metric, day) histogram then receives {@link #SIZE} values in one
 * burst, which keeps the accumulation in cache (run by run, every value hit a different,
 * usually uncached, histogram). The result is the same as adding the runs one at a time.
 */
final class RunBatch {
    /** Runs per batch; divides {@link MonteCarloRunner#BLOCK} so that a batch never spans two blocks. */
    static final int SIZE = 32;
    private static final Metric[] METRICS = Metric.values();

    private final int stride;
    private final int cells;
    /** Cell-major, so that a cell's values are contiguous: values[(m * stride + d) * SIZE + j]. */
    private final double[] values;
    private int size;

    RunBatch(int days) {
        this.stride = days + 1;
        this.cells = Metric.COUNT * stride;
        this.values = new double[SIZE * cells];
    }

    boolean isFull() { return size == SIZE; }

    void add(RunRecord record) {
        int j = size;
        for (int m = 0; m < Metric.COUNT; m++) {
            double[] series = record.series(METRICS[m]);
            int base = m * stride * SIZE + j;
            for (int d = 0; d < stride; d++) values[base + d * SIZE] = series[d];
        }
        size++;
    }

    /** Adds the buffered runs, in order, to the quantiles and to the block's sums, and empties the buffer. */
    void flushInto(RunStatistics statistics, double[] sums) {
        for (int m = 0; m < Metric.COUNT; m++) {
            var q = statistics.quantiles(METRICS[m]);
            int base = m * stride;
            for (int d = 0; d < stride; d++) {
                int cell = base + d;
                int offset = cell * SIZE;
                q.addAll(d, values, offset, 1, size);
                double s = sums[cell];
                for (int j = 0; j < size; j++) s += values[offset + j];
                sums[cell] = s;
            }
        }
        size = 0;
    }
}
