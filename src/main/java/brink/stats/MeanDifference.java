package brink.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The difference of two means, mean(b) - mean(a), with its 95% t interval, for independent
 * samples (Welch's interval, with the Welch-Satterthwaite degrees of freedom) and for paired ones
 * (the paired-t interval on the differences b_i - a_i). The paired-t interval is the standard way
 * to compare two simulated systems run with common random numbers (Law 2015, Simulation Modeling
 * and Analysis, 5th ed., sections 10.2.1 and 11.2; Welch's is its section 10.2.2): the mean of the
 * differences is the difference of the means, so the two intervals estimate the same quantity
 * and their widths compare directly. Both are streamed ({@link Moments}), so nothing is stored.
 */
public final class MeanDifference {
    public static final double LEVEL = BinomialIntervals.LEVEL;

    private MeanDifference() {}

    /** The two means, their difference and its interval; NaN throughout where a sample is too small. */
    public record Result(double meanA, double meanB, double difference, double low, double high, double degreesOfFreedom) {
        public boolean excludesZero() { return low > 0 || high < 0; }
        public double width() { return high - low; }
    }

    /** Count, mean and sum of squared deviations, added one value at a time (Welford 1962). */
    public static final class Moments {
        private long n;
        private double mean, m2;

        public void add(double x) {
            n++;
            double delta = x - mean;
            mean += delta / n;
            m2 += delta * (x - mean);
        }

        public long n() { return n; }
        public double mean() { return n == 0 ? Double.NaN : mean; }
        /** The unbiased sample variance; NaN below two values. */
        public double variance() { return n < 2 ? Double.NaN : m2 / (n - 1); }
    }

    /** Welch's interval for mean(b) - mean(a) of independent samples (each needs two values). */
    public static Result unpaired(Moments a, Moments b, double level) {
        double d = b.mean() - a.mean();
        if (a.n() < 2 || b.n() < 2) return new Result(a.mean(), b.mean(), d, Double.NaN, Double.NaN, Double.NaN);
        double va = a.variance() / a.n(), vb = b.variance() / b.n(), se2 = va + vb;
        if (se2 == 0) return new Result(a.mean(), b.mean(), d, d, d, Double.POSITIVE_INFINITY);
        double df = se2 * se2 / (va * va / (a.n() - 1) + vb * vb / (b.n() - 1));
        double half = quantile(df, level) * Math.sqrt(se2);
        return new Result(a.mean(), b.mean(), d, d - half, d + half, df);
    }

    public static Result unpaired(Moments a, Moments b) { return unpaired(a, b, LEVEL); }

    /**
     * The paired-t interval from the moments of the differences b_i - a_i and of each member
     * (whose means are reported beside it); n - 1 degrees of freedom.
     */
    public static Result paired(Moments a, Moments b, Moments differences, double level) {
        long n = differences.n();
        double d = differences.mean();
        if (n < 2) return new Result(a.mean(), b.mean(), d, Double.NaN, Double.NaN, Double.NaN);
        double se = Math.sqrt(differences.variance() / n);
        if (se == 0) return new Result(a.mean(), b.mean(), d, d, d, n - 1);
        double half = quantile(n - 1, level) * se;
        return new Result(a.mean(), b.mean(), d, d - half, d + half, n - 1);
    }

    public static Result paired(Moments a, Moments b, Moments differences) { return paired(a, b, differences, LEVEL); }

    private static double quantile(double df, double level) {
        return new TDistribution(null, df).inverseCumulativeProbability(0.5 + level / 2);
    }
}
