package brink.stats;

import java.util.Arrays;

/**
 * Quantiles of many cells (e.g. one metric on every day) without keeping the values: one
 * fixed-size histogram per cell whose bins are aligned powers of two.
 *
 * <p>A value x falls in bin {@code floor(x / 2^e)}. Each cell starts at the finest width
 * {@code 2^minExponent} and doubles its width (merging bin pairs) only when the values seen no
 * longer fit in {@code bins} consecutive bins. So the width a cell ends with, and the count in every
 * bin, depend only on the set of values added, never on their order nor on how they were split
 * between histograms that were later {@link #merge merged}: results are identical whatever the
 * number of threads. Bins are kept in a ring indexed by {@code floor(x / 2^e) mod bins}, so moving
 * the window never shifts memory. Memory is fixed: cells x bins counts, each held as an 8-bit low
 * part (the array the hot loop touches: a quarter of the cache traffic of ints, so the 18 x 366
 * cells' low parts take 1.7 MB) and a high part touched only when a low part wraps.
 *
 * <p>Error bound. For continuous cells the estimate of the p-quantile lies in the same bin as the
 * exact order statistic X(ceil(pN)) (Commons Math {@code Percentile} with estimation type R_1), so
 * it is within one bin width {@link #binWidth} of it; and the width is below
 * {@code 2 (max - min) / (bins - 1)} (or the finest width), i.e. with 256 bins under 0.8% of the
 * cell's observed range. Inside the bin the estimate interpolates linearly, clamped to the cell's
 * observed minimum and maximum. Discrete cells (whole numbers spanning fewer than {@code bins}
 * values, e.g. rung levels) are exact: the estimate is X(ceil(pN)) itself.
 *
 * <p>Point masses at the extremes are exact. Many of the model's metrics sit exactly at their
 * minimum in a large share of runs (no North Korean troops in combat, none lost or defected, no
 * casualties once the war is over) or at their maximum (Kursk retaken). Interpolating inside the
 * bin that holds such an atom spreads it over the bin: with 60% of runs at 0 and a bin 95 soldiers
 * wide, the median would read 47 instead of 0. So each cell also counts the values exactly equal
 * to its minimum and to its maximum (a property of the set of values, so as order-free as the
 * bins); a rank among them returns the extreme itself, and the interpolation inside the extreme
 * bins spreads only the other values.
 */
public final class StreamingQuantiles implements java.io.Serializable {
    private static final long serialVersionUID = 2L;
    /** Bins per cell for continuous metrics: error under 0.8% of the observed range. */
    public static final int CONTINUOUS_BINS = 256;
    /** Finest continuous bin width is 2^-20 (about 1e-6). */
    public static final int CONTINUOUS_MIN_EXPONENT = -20;
    /** Values beyond +-2^42 are clamped so that bin indices stay exact longs. */
    private static final double LIMIT = 0x1p42;

    private final int cells;
    private final int bins;
    private final int mask;
    private final int minExponent;
    private final boolean discrete;
    /** Low 8 bits of every count: the only array the hot path reads and writes. */
    private final byte[] countLow;
    /** The rest of every count (count = high * 256 + low), touched once per 256 additions to a bin. */
    private final int[] countHigh;
    private final int[] exponent;
    private final double[] scale;
    private final long[] lowIndex;
    private final long[] highIndex;
    private final double[] min;
    private final double[] max;
    private final long[] n;
    /** Per cell, how many values equal its minimum and its maximum exactly (the atoms at the extremes). */
    private final long[] atMin;
    private final long[] atMax;
    private final int[] scratch;

    /**
     * @param cells       number of independent cells
     * @param bins        bins per cell, a power of two
     * @param minExponent finest bin width is 2^minExponent
     * @param discrete    whole-number values: no interpolation inside a bin (use minExponent 0)
     */
    public StreamingQuantiles(int cells, int bins, int minExponent, boolean discrete) {
        if (Integer.bitCount(bins) != 1 || bins < 2) throw new IllegalArgumentException("bins must be a power of two: " + bins);
        this.cells = cells;
        this.bins = bins;
        this.mask = bins - 1;
        this.minExponent = minExponent;
        this.discrete = discrete;
        this.countLow = new byte[cells * bins];
        this.countHigh = new int[cells * bins];
        this.exponent = new int[cells];
        this.scale = new double[cells];
        this.lowIndex = new long[cells];
        this.highIndex = new long[cells];
        this.min = new double[cells];
        this.max = new double[cells];
        this.n = new long[cells];
        this.atMin = new long[cells];
        this.atMax = new long[cells];
        this.scratch = new int[bins];
        Arrays.fill(exponent, minExponent);
        Arrays.fill(scale, Math.scalb(1.0, -minExponent));
    }

    /** Continuous cells with the default resolution. */
    public static StreamingQuantiles continuous(int cells) {
        return new StreamingQuantiles(cells, CONTINUOUS_BINS, CONTINUOUS_MIN_EXPONENT, false);
    }

    /** Whole-number cells spanning fewer than 16 values (rung levels 0..11): exact. */
    public static StreamingQuantiles discrete(int cells) {
        return new StreamingQuantiles(cells, 16, 0, true);
    }

    public int cells() { return cells; }
    public int bins() { return bins; }
    public boolean isDiscrete() { return discrete; }

    public void add(int cell, double x) {
        if (!(x > -LIMIT)) x = -LIMIT; // also NaN
        else if (x > LIMIT) x = LIMIT;
        long idx = (long) Math.floor(x * scale[cell]);
        if (n[cell] == 0) {
            lowIndex[cell] = idx;
            highIndex[cell] = idx;
            min[cell] = x;
            max[cell] = x;
            atMin[cell] = 1;
            atMax[cell] = 1;
        } else {
            long lo = Math.min(lowIndex[cell], idx);
            long hi = Math.max(highIndex[cell], idx);
            if (hi - lo >= bins) {
                // the value is outside the window: coarsen until the whole range fits
                int shift = shiftToFit(lo, hi);
                coarsen(cell, shift);
                lo >>= shift;
                hi >>= shift;
                idx >>= shift;
            }
            lowIndex[cell] = lo;
            highIndex[cell] = hi;
            if (x < min[cell]) {
                min[cell] = x;
                atMin[cell] = 1;
            } else if (x == min[cell]) {
                atMin[cell]++;
            }
            if (x > max[cell]) {
                max[cell] = x;
                atMax[cell] = 1;
            } else if (x == max[cell]) {
                atMax[cell]++;
            }
        }
        increment(cell * bins + (int) (idx & mask));
        n[cell]++;
    }

    /**
     * A buffer that takes rows of values (one value for every cell, e.g. one run's series over the
     * days) now and adds them to this histogram at {@link Buffer#flush}: the same counts, width,
     * minimum and maximum as {@link #add} one by one (the histogram depends only on the set of
     * values), at a fraction of the cost.
     *
     * <p>Why it is cheaper. A worker adds each run's 18 x 366 daily values; adding them one by one
     * touches a different, usually uncached, histogram for every value. The buffer instead keeps,
     * for every cell, the window in force when it was last flushed: the cell's observed [min, max]
     * at its current scale. A value inside that window (nearly every value once a few hundred runs have
     * set the ranges) lands in a bin of the current window whatever else arrives, so its ring slot
     * is computed at once and kept as one byte (a whole buffer is a few tens of kilobytes, held in
     * cache). Values outside the window (a new minimum or maximum, an empty cell, NaN) are kept as
     * they are, with a placeholder slot 0 that the flush takes back. The flush counts every cell's
     * slots in one burst, while the histogram is still in the state the slots were computed in,
     * and only then adds the kept values with {@link #add}, which may widen or coarsen the cell.
     */
    public final class Buffer {
        private final int capacity;
        /**
         * Per cell: lowest and highest value that take the fast path, as of the last flush (the
         * cell's scale is read from the histogram, which does not change between flushes).
         * Separate arrays, not one interleaved: measured a quarter faster.
         */
        private final double[] low, high;
        /** slots[row * cells + cell]: ring slot of the cell's value in that row (0 for a kept value). */
        private final byte[] slots;
        private int rows;
        /** Values outside their cell's window, added with {@link #add} at the flush. */
        private final int[] keptCell;
        private final double[] keptValue;
        private int kept;

        /** @param capacity rows the buffer holds before it must be flushed */
        private Buffer(int capacity) {
            if (bins > 256) throw new IllegalStateException("slots are bytes: at most 256 bins");
            this.capacity = capacity;
            this.low = new double[cells];
            this.high = new double[cells];
            this.slots = new byte[capacity * cells];
            this.keptCell = new int[2 * cells];
            this.keptValue = new double[2 * cells];
            refreshWindows();
        }

        /** Whether the buffer must be flushed before it can take another row. */
        public boolean isFull() {
            return rows == capacity || kept > keptCell.length - cells;
        }

        /** Buffers values[c] for every cell c. The caller flushes first when {@link #isFull()} says so. */
        public void addRow(double[] values) {
            addRow(values, null, 0);
        }

        /**
         * {@link #addRow(double[])}, also adding each value to {@code sums[offset + cell]} in the
         * same pass (a caller's running sums for the means; null for none).
         */
        public void addRow(double[] values, double[] sums, int offset) {
            int row = rows * cells;
            for (int cell = 0; cell < cells; cell++) {
                double x = values[cell];
                if (sums != null) sums[offset + cell] += x;
                double lo = low[cell], hi = high[cell];
                if (x >= lo && x <= hi) {
                    double y = x * scale[cell];
                    long idx = y >= 0 ? (long) y : (long) Math.floor(y); // truncation is the floor for y >= 0
                    slots[row + cell] = (byte) (idx & mask);
                    // the window is the cell's [min, max], which cannot change before the flush
                    // (values outside it wait for the flush), so an atom counted now stays one
                    if (x == lo) atMin[cell]++;
                    if (x == hi) atMax[cell]++;
                } else {
                    slots[row + cell] = 0;
                    keptCell[kept] = cell;
                    keptValue[kept] = x;
                    kept++;
                }
            }
            rows++;
        }

        /** Adds everything buffered to the histogram and empties the buffer. */
        public void flush() {
            if (rows > 0) {
                // Four cells at a time: successive runs of one cell mostly fall in the same bin, so
                // one cell's increments form a chain of dependent read-modify-writes; four cells'
                // chains are independent and overlap (same counts, same order within each cell).
                int cell = 0;
                for (; cell + 3 < cells; cell += 4) {
                    int b0 = cell * bins, b1 = b0 + bins, b2 = b1 + bins, b3 = b2 + bins;
                    for (int r = 0, row = cell; r < rows; r++, row += cells) {
                        increment(b0 + (slots[row] & 0xFF));
                        increment(b1 + (slots[row + 1] & 0xFF));
                        increment(b2 + (slots[row + 2] & 0xFF));
                        increment(b3 + (slots[row + 3] & 0xFF));
                    }
                    n[cell] += rows;
                    n[cell + 1] += rows;
                    n[cell + 2] += rows;
                    n[cell + 3] += rows;
                }
                for (; cell < cells; cell++) {
                    int base = cell * bins;
                    for (int r = 0; r < rows; r++) increment(base + (slots[r * cells + cell] & 0xFF));
                    n[cell] += rows;
                }
                // take back the placeholders of the kept values, then add the values themselves
                for (int i = 0; i < kept; i++) {
                    addCount(keptCell[i] * bins, -1);
                    n[keptCell[i]]--;
                }
                for (int i = 0; i < kept; i++) StreamingQuantiles.this.add(keptCell[i], keptValue[i]);
            }
            rows = 0;
            kept = 0;
            refreshWindows();
        }

        /**
         * Values in [min, max] of a cell fall between its lowest and highest bin (both are floors
         * of the same scaled, monotone map), so their slots stay valid until the histogram changes.
         * An empty cell has no window: its first value is kept.
         */
        private void refreshWindows() {
            for (int cell = 0; cell < cells; cell++) {
                boolean empty = n[cell] == 0;
                low[cell] = empty ? Double.POSITIVE_INFINITY : min[cell];
                high[cell] = empty ? Double.NEGATIVE_INFINITY : max[cell];
            }
        }
    }

    /** A {@link Buffer} holding up to {@code capacity} rows. */
    public Buffer buffer(int capacity) {
        return new Buffer(capacity);
    }

    /** The smallest number of doublings of the width after which [lo, hi] spans fewer than {@code bins} bins. */
    private int shiftToFit(long lo, long hi) {
        int shift = 0;
        while ((hi >> shift) - (lo >> shift) >= bins) shift++;
        return shift;
    }

    /**
     * Multiplies a cell's bin width by 2^shift: the count of bin i moves to bin floor(i / 2^shift).
     * Only the occupied range [lowIndex, highIndex] (fewer than {@code bins} bins) is visited.
     */
    private void coarsen(int cell, int shift) {
        if (shift == 0) return;
        int base = cell * bins;
        long from = lowIndex[cell];
        long to = highIndex[cell];
        int occupied = (int) (to - from + 1);
        for (int k = 0; k < occupied; k++) {
            int slot = (int) ((from + k) & mask);
            scratch[k] = binCount(base + slot);
            countLow[base + slot] = 0;
            countHigh[base + slot] = 0;
        }
        for (int k = 0; k < occupied; k++) {
            int c = scratch[k];
            if (c != 0) addCount(base + (int) (((from + k) >> shift) & mask), c);
        }
        exponent[cell] += shift;
        scale[cell] = Math.scalb(1.0, -exponent[cell]);
        lowIndex[cell] = from >> shift;
        highIndex[cell] = to >> shift;
    }

    private void increment(int i) {
        byte c = (byte) (countLow[i] + 1);
        countLow[i] = c;
        if (c == 0) countHigh[i]++;
    }

    private int binCount(int i) {
        return (countHigh[i] << 8) | (countLow[i] & 0xFF);
    }

    private void addCount(int i, int c) {
        int total = binCount(i) + c;
        countLow[i] = (byte) total;
        countHigh[i] = total >>> 8;
    }

    /** The absolute bin index held in ring slot k when the occupied window starts at {@code low}. */
    private long absoluteIndex(long low, int k) {
        return low + ((k - low) & mask);
    }

    /** Adds another histogram's counts (same shape) into this one. */
    public void merge(StreamingQuantiles o) {
        if (o.cells != cells || o.bins != bins || o.minExponent != minExponent) {
            throw new IllegalArgumentException("histograms of different shapes");
        }
        for (int c = 0; c < cells; c++) {
            if (o.n[c] == 0) continue;
            if (n[c] == 0) {
                System.arraycopy(o.countLow, c * bins, countLow, c * bins, bins);
                System.arraycopy(o.countHigh, c * bins, countHigh, c * bins, bins);
                exponent[c] = o.exponent[c];
                scale[c] = o.scale[c];
                lowIndex[c] = o.lowIndex[c];
                highIndex[c] = o.highIndex[c];
                min[c] = o.min[c];
                max[c] = o.max[c];
                atMin[c] = o.atMin[c];
                atMax[c] = o.atMax[c];
                n[c] = o.n[c];
                continue;
            }
            // bring this cell to at least the other's width, then to the width the union needs
            coarsen(c, Math.max(0, o.exponent[c] - exponent[c]));
            double newMin = Math.min(min[c], o.min[c]);
            double newMax = Math.max(max[c], o.max[c]);
            long lo = (long) Math.floor(newMin * scale[c]);
            long hi = (long) Math.floor(newMax * scale[c]);
            int more = shiftToFit(lo, hi);
            coarsen(c, more);
            lo >>= more;
            hi >>= more;
            int shift = exponent[c] - o.exponent[c];
            int base = c * bins;
            long oLow = o.lowIndex[c];
            for (int k = 0; k < bins; k++) {
                int cnt = o.binCount(base + k);
                if (cnt == 0) continue;
                long idx = absoluteIndex(oLow, k) >> shift;
                addCount(base + (int) (idx & mask), cnt);
            }
            atMin[c] = (min[c] == newMin ? atMin[c] : 0) + (o.min[c] == newMin ? o.atMin[c] : 0);
            atMax[c] = (max[c] == newMax ? atMax[c] : 0) + (o.max[c] == newMax ? o.atMax[c] : 0);
            min[c] = newMin;
            max[c] = newMax;
            lowIndex[c] = lo;
            highIndex[c] = hi;
            n[c] += o.n[c];
        }
    }

    public long count(int cell) { return n[cell]; }
    public double min(int cell) { return min[cell]; }
    public double max(int cell) { return max[cell]; }
    /** How many values equal the cell's minimum exactly. */
    public long countAtMin(int cell) { return atMin[cell]; }
    /** How many values equal the cell's maximum exactly. */
    public long countAtMax(int cell) { return atMax[cell]; }

    /** The cell's bin width: the bound on the quantile error (0 for discrete cells, which are exact). */
    public double binWidth(int cell) { return discrete ? 0 : Math.scalb(1.0, exponent[cell]); }

    /**
     * The p-quantile (0 &lt; p &lt;= 1) of a cell: the bin holding the ceil(pN)-th smallest value,
     * interpolated inside it (continuous) or its value (discrete); the minimum or the maximum
     * itself when that rank falls among the values equal to it. NaN when the cell is empty.
     */
    public double quantile(int cell, double p) {
        long total = n[cell];
        if (total == 0) return Double.NaN;
        double rank = Math.max(1.0, Math.min(total, Math.ceil(p * total - 1e-9)));
        if (rank <= atMin[cell]) return min[cell];
        if (rank > total - atMax[cell]) return max[cell];
        int base = cell * bins;
        // the atoms come first (at the minimum) and last (at the maximum); the bins' counts without them
        long cumulative = atMin[cell];
        double width = Math.scalb(1.0, exponent[cell]);
        for (long idx = lowIndex[cell]; idx <= highIndex[cell]; idx++) {
            long c = binCount(base + (int) (idx & mask));
            if (idx == lowIndex[cell]) c -= atMin[cell];
            if (idx == highIndex[cell]) c -= atMax[cell];
            if (c <= 0) continue;
            if (cumulative + c >= rank) {
                if (discrete) return idx * width;
                double lo = Math.max(min[cell], idx * width);
                double hi = Math.min(max[cell], (idx + 1) * width);
                double fraction = (rank - cumulative) / c; // in (0, 1]
                double v = lo + fraction * (hi - lo);
                return Math.max(lo, Math.min(hi, v));
            }
            cumulative += c;
        }
        return max[cell];
    }
}
