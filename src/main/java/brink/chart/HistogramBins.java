package brink.chart;

/**
 * Equal-width bins over a known range, filled one value at a time so a histogram of a million
 * runs needs no more memory than its bins. Whole-number data over a short range (troops
 * defected, rungs) gets one bin per whole number, centred on it.
 */
public final class HistogramBins {
    public static final int DEFAULT_BINS = 30;

    private final double low;
    private final double width;
    private final long[] counts;
    private long total;

    private HistogramBins(double low, double width, int bins) {
        this.low = low;
        this.width = width;
        this.counts = new long[bins];
    }

    /**
     * Bins for values seen between min and max.
     *
     * @param integral whether every value is a whole number
     */
    public static HistogramBins over(double min, double max, boolean integral) {
        if (!(min <= max)) return new HistogramBins(-0.5, 1, 1);  // no values
        if (integral && max - min < 60) return new HistogramBins(min - 0.5, 1, (int) (max - min) + 1);
        if (max == min) return new HistogramBins(min - 0.5, 1, 1);
        return new HistogramBins(min, (max - min) / DEFAULT_BINS, DEFAULT_BINS);
    }

    public void add(double v) {
        if (Double.isNaN(v)) return;
        int b = (int) Math.floor((v - low) / width);
        counts[Math.max(0, Math.min(counts.length - 1, b))]++;
        total++;
    }

    public int count() { return counts.length; }
    public long countIn(int bin) { return counts[bin]; }
    public long total() { return total; }
    public double lower(int bin) { return low + bin * width; }
    public double upper(int bin) { return low + (bin + 1) * width; }
}
