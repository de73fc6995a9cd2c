package brink.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Welch's and the paired-t interval against the published example of R's {@code t.test}: Student's
 * sleep data (Cushny and Peebles 1905), extra hours of sleep of ten patients under two drugs.
 * R gives, for group 1 minus group 2, the paired 95% interval [-2.4598858, -0.7001142] and Welch's
 * [-3.3654832, 0.2054832] with 17.776 degrees of freedom. Tolerance 1e-6 (R prints 7 digits).
 */
class MeanDifferenceTest {
    static final double[] DRUG_1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
    static final double[] DRUG_2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

    /** Moments of the samples; the difference is b - a, so a = drug 2 gives drug 1 minus drug 2 as R does. */
    private static MeanDifference.Moments moments(double[] x) {
        MeanDifference.Moments m = new MeanDifference.Moments();
        for (double v : x) m.add(v);
        return m;
    }

    @Test
    void welchMatchesR() {
        MeanDifference.Result r = MeanDifference.unpaired(moments(DRUG_2), moments(DRUG_1));
        assertThat(r.difference()).isCloseTo(-1.58, within(1e-12));
        assertThat(r.low()).isCloseTo(-3.3654832, within(1e-6));
        assertThat(r.high()).isCloseTo(0.2054832, within(1e-6));
        assertThat(r.degreesOfFreedom()).isCloseTo(17.776, within(1e-3));
    }

    @Test
    void pairedTMatchesR() {
        MeanDifference.Moments d = new MeanDifference.Moments();
        for (int i = 0; i < DRUG_1.length; i++) d.add(DRUG_1[i] - DRUG_2[i]);
        MeanDifference.Result r = MeanDifference.paired(moments(DRUG_2), moments(DRUG_1), d);
        assertThat(r.difference()).isCloseTo(-1.58, within(1e-12));
        assertThat(r.low()).isCloseTo(-2.4598858, within(1e-6));
        assertThat(r.high()).isCloseTo(-0.7001142, within(1e-6));
        assertThat(r.excludesZero()).isTrue();
        assertThat(r.width()).isLessThan(MeanDifference.unpaired(moments(DRUG_2), moments(DRUG_1)).width());
    }

    @Test
    void identicalPairsGiveAZeroWidthIntervalAtZero() {
        MeanDifference.Moments d = new MeanDifference.Moments();
        for (double ignored : DRUG_1) d.add(0);
        MeanDifference.Result r = MeanDifference.paired(moments(DRUG_1), moments(DRUG_1), d);
        assertThat(r.low()).isEqualTo(0.0);
        assertThat(r.high()).isEqualTo(0.0);
        assertThat(r.excludesZero()).isFalse();
    }

    @Test
    void tooFewValuesGiveNoInterval() {
        MeanDifference.Moments one = moments(new double[]{1});
        assertThat(MeanDifference.unpaired(one, moments(DRUG_1)).low()).isNaN();
        assertThat(MeanDifference.paired(one, one, one).high()).isNaN();
    }
}
