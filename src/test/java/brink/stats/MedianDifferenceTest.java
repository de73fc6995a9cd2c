package brink.stats;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The exact bootstrap of the median against (1) brute force over every resample of tiny samples
 * and (2) the 2,000-resample bootstrap compare used before ({@link MedianBootstrap}, kept here as
 * the reference), with a tolerance from that bootstrap's own Monte Carlo error.
 */
class MedianDifferenceTest {

    private static double[] normal(long seed, int n, double mean) {
        MersenneTwister r = new MersenneTwister(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = mean + r.nextGaussian();
        return x;
    }

    /** Whole numbers 0..11 with a lump at 4 and 7, like max_rung. */
    private static double[] rungs(long seed, int n, double shift) {
        MersenneTwister r = new MersenneTwister(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double u = r.nextDouble() + shift;
            x[i] = u < 0.45 ? 4 : u < 0.7 ? 5 : u < 0.9 ? 7 : Math.min(11, 8 + r.nextInt(4));
        }
        return x;
    }

    /** Lognormal: skewed like casualties. */
    private static double[] skewed(long seed, int n, double scale) {
        MersenneTwister r = new MersenneTwister(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = scale * Math.exp(0.8 * r.nextGaussian());
        return x;
    }

    @Test
    void theDistributionIsExactForEveryResampleOfTinySamples() {
        double[][] samples = {{3}, {1, 2}, {5, 1, 3}, {2, 2, 7, 1}, {1, 4, 4, 9, 2}, {0.5, 3, 3, 3, 8, 1}, {1, 2, 3, 4, 5, 6, 7}};
        for (double[] x : samples) {
            int n = x.length;
            TreeMap<Double, Double> brute = new TreeMap<>();
            int[] idx = new int[n];
            double[] draw = new double[n];
            Percentile median = new Percentile();
            double each = Math.pow(n, -n);
            while (true) {
                for (int i = 0; i < n; i++) draw[i] = x[idx[i]];
                brute.merge(median.evaluate(draw, 50), each, Double::sum);
                int k = 0;
                while (k < n && ++idx[k] == n) idx[k++] = 0;
                if (k == n) break;
            }
            double[] sorted = x.clone();
            Arrays.sort(sorted);
            MedianSampling exact = MedianSampling.ofSorted(sorted);
            assertThat(exact.values()).as(Arrays.toString(x)).containsExactly(brute.keySet().stream().mapToDouble(d -> d).toArray());
            double[] p = exact.probabilities();
            int i = 0;
            for (double q : brute.values()) assertThat(p[i++]).as(Arrays.toString(x)).isCloseTo(q, within(1e-12));
        }
    }

    @Test
    void probabilitiesSumToOneForLargeSamples() {
        for (double[] x : new double[][]{normal(1, 100_001, 0), normal(2, 100_000, 0), rungs(3, 100_000, 0), skewed(4, 50_000, 1000)}) {
            double[] s = x.clone();
            Arrays.sort(s);
            double total = Arrays.stream(MedianSampling.ofSorted(s).probabilities()).sum();
            assertThat(total).isCloseTo(1.0, within(1e-9));
        }
    }

    @Test
    void theIntervalMatchesTheResamplingBootstrapWithinItsMonteCarloError() {
        // 2,000 resamples put the 2.5% and 97.5% points within about 1.5% of the interval's width
        // (sd of a sample quantile: sqrt(q(1-q)/2000) / density, for a near-normal difference);
        // allowed: 8% of the width (over 5 sd), or one step between the distinct values
        Object[][] cases = {
                {normal(1, 401, 0), normal(2, 400, 0.3), 0.0},
                {normal(3, 2000, 0), normal(4, 2001, 0), 0.0},
                {skewed(5, 1500, 1000), skewed(6, 1500, 1100), 0.0},
                {rungs(7, 2000, 0), rungs(8, 2000, 0.1), 1.0},
                {rungs(9, 1001, 0), rungs(10, 1000, 0), 1.0},
        };
        for (Object[] c : cases) {
            double[] a = (double[]) c[0], b = (double[]) c[1];
            double step = (double) c[2];
            MedianDifference.Result exact = MedianDifference.of(a, b);
            MedianBootstrap.Result resampled = MedianBootstrap.difference(a, b);
            assertThat(exact.difference()).isEqualTo(resampled.difference());
            double width = Math.max(resampled.high() - resampled.low(), step);
            double tolerance = Math.max(0.08 * width, step);
            assertThat(exact.low()).as("low, n %d/%d", a.length, b.length).isCloseTo(resampled.low(), within(tolerance));
            assertThat(exact.high()).as("high, n %d/%d", a.length, b.length).isCloseTo(resampled.high(), within(tolerance));
        }
    }

    @Test
    void identicalSamplesGiveZeroWithAnIntervalAroundIt() {
        double[] a = normal(1, 200, 5);
        MedianDifference.Result r = MedianDifference.of(a, a.clone());
        assertThat(r.difference()).isZero();
        assertThat(r.low()).isNegative();
        assertThat(r.high()).isPositive();
        assertThat(r.low()).isCloseTo(-r.high(), within(1e-9)); // the difference of two copies is symmetric
    }

    @Test
    void aShiftedSampleGivesAnIntervalThatExcludesZeroAndCoversTheShift() {
        MedianDifference.Result r = MedianDifference.of(normal(1, 400, 0), normal(2, 400, 1));
        assertThat(r.low()).isBetween(0.0, 1.0);
        assertThat(r.high()).isGreaterThan(1.0);
        assertThat(r.high() - r.low()).isBetween(0.2, 0.6);
    }

    @Test
    void anEmptySampleGivesNoDifference() {
        MedianDifference.Result r = MedianDifference.of(new double[0], new double[]{1, 2, 3});
        assertThat(r.difference()).isNaN();
        assertThat(r.low()).isNaN();
        assertThat(r.medianB()).isEqualTo(2.0);
    }
}
