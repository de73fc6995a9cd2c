package brink.stats;

import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MedianBootstrapTest {

    private static double[] normal(long seed, int n, double mean) {
        MersenneTwister r = new MersenneTwister(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = mean + r.nextGaussian();
        return x;
    }

    @Test
    void identicalSamplesGiveZeroDifferenceWithAnIntervalAroundZero() {
        double[] a = normal(1, 200, 5);
        MedianBootstrap.Result r = MedianBootstrap.difference(a, a.clone());
        assertThat(r.difference()).isZero();
        assertThat(r.low()).isLessThan(0);
        assertThat(r.high()).isGreaterThan(0);
    }

    @Test
    void aShiftedSampleGivesTheShiftWithAnIntervalThatExcludesZeroAndCoversTheShift() {
        double[] a = normal(1, 400, 0);
        double[] b = normal(2, 400, 1);
        MedianBootstrap.Result r = MedianBootstrap.difference(a, b);
        // the median of 400 standard normals has sd about 1.25/sqrt(400) = 0.063; the difference about 0.09
        assertThat(r.difference()).isCloseTo(1.0, within(0.3));
        assertThat(r.low()).isGreaterThan(0);
        assertThat(r.low()).isLessThan(1.0);
        assertThat(r.high()).isGreaterThan(1.0);
        assertThat(r.high() - r.low()).isBetween(0.2, 0.6);  // about 4 sd of the difference
    }

    @Test
    void theIntervalIsDeterministic() {
        double[] a = normal(3, 150, 0), b = normal(4, 150, 0.2);
        assertThat(MedianBootstrap.difference(a, b)).isEqualTo(MedianBootstrap.difference(a, b));
    }

    @Test
    void anEmptySampleGivesNoDifference() {
        MedianBootstrap.Result r = MedianBootstrap.difference(new double[0], new double[]{1, 2, 3});
        assertThat(r.difference()).isNaN();
        assertThat(r.medianB()).isEqualTo(2.0);
    }
}
