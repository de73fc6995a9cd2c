package brink.experiment;

import brink.model.Metric;
import brink.model.RunRecord;

/**
 * A worker's buffer of the last few runs' daily series, added to the statistics cell by cell
 * rather than run by run: each (metric, day) histogram then receives {@link #SIZE} values in one
 * burst, which keeps the accumulation in cache (run by run, every value hit a different,
 * usually uncached, histogram). The result is the same as adding the runs one at a time.
 *
 * <p>Layout: days are grouped in chunks of {@link #CHUNK} (one cache line of doubles); for each
 * metric and chunk the runs follow each other. A run is copied in whole cache lines, and the
 * values of one cell are a short stride apart, read from lines that stay cached for the whole chunk.
 */
final class RunBatch {
    /** Runs per batch; divides {@link MonteCarloRunner#BLOCK} so that a batch never spans two blocks. */
    static final int SIZE = 64;
    /** Days per chunk: 8 doubles, one 64-byte cache line. */
    private static final int CHUNK = 8;
    private static final Metric[] METRICS = Metric.values();

    private final int stride;
    private final int chunks;
    /** values[((m * chunks + c) * SIZE + j) * CHUNK + (d - c * CHUNK)] for day d in chunk c of run j. */
    private final double[] values;
    private int size;

    RunBatch(int days) {
        this.stride = days + 1;
        this.chunks = (stride + CHUNK - 1) / CHUNK;
        this.values = new double[Metric.COUNT * chunks * SIZE * CHUNK];
    }

    boolean isFull() { return size == SIZE; }

    /** Buffers one run and adds its series to the block's sums (in replication order, as the means need). */
    void add(RunRecord record, double[] sums) {
        int j = size;
        for (int m = 0; m < Metric.COUNT; m++) {
            double[] series = record.series(METRICS[m]);
            int base = m * stride;
            for (int d = 0; d < stride; d++) sums[base + d] += series[d];
            for (int c = 0; c < chunks; c++) {
                int from = c * CHUNK;
                int length = Math.min(CHUNK, stride - from);
                System.arraycopy(series, from, values, ((m * chunks + c) * SIZE + j) * CHUNK, length);
            }
        }
        size++;
    }

    /** Adds the buffered runs, in order, to the quantiles, and empties the buffer. */
    void flushInto(RunStatistics statistics) {
        for (int m = 0; m < Metric.COUNT; m++) {
            var q = statistics.quantiles(METRICS[m]);
            for (int d = 0; d < stride; d++) {
                int c = d / CHUNK;
                q.addAll(d, values, (m * chunks + c) * SIZE * CHUNK + (d - c * CHUNK), CHUNK, size);
            }
        }
        size = 0;
    }
}
