package brink.stats;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.util.Arrays;

/**
 * The difference of two medians, median(b) - median(a), of independent samples, with the 95%
 * percentile-bootstrap interval computed exactly ({@link MedianSampling}) rather than from
 * resamples: the interval 2,000 resamples would approach, in one pass over the sorted values,
 * with no random numbers (so the same data always give the same interval, on any machine).
 */
public final class MedianDifference {
    public static final double LEVEL = BinomialIntervals.LEVEL;

    private MedianDifference() {}

    /** The medians, their difference and its interval; NaN throughout when either sample is empty. */
    public record Result(double medianA, double medianB, double difference, double low, double high) {}

    /** Sorts copies of the samples; they may be read by other threads meanwhile. */
    public static Result of(double[] a, double[] b) {
        double[] sa = a.clone(), sb = b.clone();
        Arrays.sort(sa);
        Arrays.sort(sb);
        return ofSorted(sa, sb);
    }

    public static Result ofSorted(double[] a, double[] b) {
        double ma = median(a), mb = median(b);
        if (a.length == 0 || b.length == 0) return new Result(ma, mb, Double.NaN, Double.NaN, Double.NaN);
        double[] ci = MedianSampling.differenceInterval(MedianSampling.ofSorted(a), MedianSampling.ofSorted(b), LEVEL);
        return new Result(ma, mb, mb - ma, ci[0], ci[1]);
    }

    /** Commons Math's median (the mean of the two middle values when n is even); NaN for no values. */
    public static double median(double[] x) {
        return x.length == 0 ? Double.NaN : new Percentile().evaluate(x, 50);
    }
}
