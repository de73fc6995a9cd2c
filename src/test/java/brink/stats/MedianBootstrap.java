package brink.stats;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The resampling bootstrap compare used before the exact one ({@link MedianDifference}), kept as
 * the reference its tests compare against. Percentile-bootstrap interval for the difference of two medians, median(b) - median(a), from
 * two independent samples: each resample redraws both samples with replacement. The generator
 * has a fixed seed, so the same data always give the same interval.
 */
public final class MedianBootstrap {
    public static final int RESAMPLES = 2000;
    public static final long SEED = 20241028L;

    private MedianBootstrap() {}

    /** The difference and its interval; NaN throughout when either sample is empty. */
    public record Result(double medianA, double medianB, double difference, double low, double high) {}

    public static double median(double[] x) {
        return x.length == 0 ? Double.NaN : new Percentile().evaluate(x, 50);
    }

    public static Result difference(double[] a, double[] b) {
        return difference(a, b, RESAMPLES, SEED, BinomialIntervals.LEVEL);
    }

    public static Result difference(double[] a, double[] b, int resamples, long seed, double level) {
        double ma = median(a), mb = median(b);
        if (a.length == 0 || b.length == 0) return new Result(ma, mb, Double.NaN, Double.NaN, Double.NaN);
        RandomGenerator rng = new MersenneTwister(seed);
        Percentile median = new Percentile();
        double[] ra = new double[a.length], rb = new double[b.length], diffs = new double[resamples];
        for (int i = 0; i < resamples; i++) {
            for (int j = 0; j < ra.length; j++) ra[j] = a[rng.nextInt(a.length)];
            for (int j = 0; j < rb.length; j++) rb[j] = b[rng.nextInt(b.length)];
            diffs[i] = median.evaluate(rb, 50) - median.evaluate(ra, 50);
        }
        Percentile p = new Percentile();
        p.setData(diffs);
        double tail = 100 * (1 - level) / 2;
        return new Result(ma, mb, mb - ma, p.evaluate(tail), p.evaluate(100 - tail));
    }
}
