package brink.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BinomialIntervalsTest {
    /** Reference values of the Wilson score interval at 95% (e.g. Newcombe 1998, Table I). */
    @Test
    void wilsonMatchesReferenceValues() {
        check(BinomialIntervals.wilson(0, 10), 0, 0.2775);
        check(BinomialIntervals.wilson(5, 10), 0.2366, 0.7634);
        check(BinomialIntervals.wilson(10, 10), 0.7225, 1);
    }

    @Test
    void wilsonEdgesAreExactlyZeroAndOne() {
        assertThat(BinomialIntervals.wilson(0, 2000).low()).isEqualTo(0.0);
        assertThat(BinomialIntervals.wilson(2000, 2000).high()).isEqualTo(1.0);
    }

    /**
     * The published example of Newcombe's paired interval: complete response before and after
     * consolidation therapy (Cavo et al. 2012; 59 both, 6 before only, 16 after only, 80 neither),
     * worked in Fagerland, Lydersen and Laake (2014, Stat Med 33:2850; and their 2017 book,
     * chapter 8) as -0.0621 (95% CI -0.1186 to -0.0046). Tolerance: the published four decimals.
     */
    @Test
    void pairedIntervalMatchesThePublishedExample() {
        BinomialIntervals.PairedTable t = new BinomialIntervals.PairedTable(59, 6, 16, 80);
        check(BinomialIntervals.pairedDifference(t), -0.1186, -0.0046);
    }

    /**
     * Brute force: the exact coverage of the paired interval, summed over every 2x2 table of n
     * pairs under the multinomial law, stays near 95% (Newcombe 1998b reports method 10's
     * coverage close to nominal, a little conservative). Tolerance: between 93% and 98.5%, at
     * cell probabilities with concordant pairs (the common-random-numbers case) and without.
     */
    @Test
    void pairedIntervalCoversTheTrueDifferenceAboutNinetyFivePercentOfTheTime() {
        double[][] cells = {{0.3, 0.1, 0.2}, {0.1, 0.05, 0.15}, {0.4, 0.05, 0.1}, {0.2, 0.2, 0.2}, {0.45, 0.02, 0.08}};
        for (int n : new int[]{30, 60}) {
            for (double[] p : cells) {
                double coverage = exactCoverage(n, p[0], p[1], p[2]);
                assertThat(coverage).as("n %d, cells %s", n, java.util.Arrays.toString(p)).isBetween(0.93, 0.985);
            }
        }
    }

    /** P(interval covers p1 - p2) for n pairs with P(both) = pBoth, P(first only) = pFirst, P(second only) = pSecond. */
    private static double exactCoverage(int n, double pBoth, double pFirst, double pSecond) {
        double pNeither = 1 - pBoth - pFirst - pSecond, theta = pFirst - pSecond;
        double[] logFactorial = new double[n + 1];
        for (int i = 1; i <= n; i++) logFactorial[i] = logFactorial[i - 1] + Math.log(i);
        double covered = 0;
        for (int a = 0; a <= n; a++) {
            for (int b = 0; a + b <= n; b++) {
                for (int c = 0; a + b + c <= n; c++) {
                    int d = n - a - b - c;
                    double logP = logFactorial[n] - logFactorial[a] - logFactorial[b] - logFactorial[c] - logFactorial[d]
                            + a * Math.log(pBoth) + b * Math.log(pFirst) + c * Math.log(pSecond) + d * Math.log(pNeither);
                    BinomialIntervals.Interval ci = BinomialIntervals.pairedDifference(new BinomialIntervals.PairedTable(a, b, c, d));
                    if (ci.low() <= theta && theta <= ci.high()) covered += Math.exp(logP);
                }
            }
        }
        return covered;
    }

    /** Pairs that always agree (every run the same in both) give a difference of 0 inside a short interval around it. */
    @Test
    void pairsThatAlwaysAgreeGiveZeroInsideTheInterval() {
        BinomialIntervals.Interval ci = BinomialIntervals.pairedDifference(new BinomialIntervals.PairedTable(400, 0, 0, 600));
        assertThat(ci.low()).isLessThanOrEqualTo(0.0);
        assertThat(ci.high()).isGreaterThanOrEqualTo(0.0);
        BinomialIntervals.Interval unpaired = BinomialIntervals.difference(400, 1000, 400, 1000);
        assertThat(ci.high() - ci.low()).isLessThan(0.25 * (unpaired.high() - unpaired.low()));
    }

    /** Swapping the members of every pair negates the interval. */
    @Test
    void swappingTheMembersNegatesThePairedInterval() {
        BinomialIntervals.Interval ab = BinomialIntervals.pairedDifference(new BinomialIntervals.PairedTable(59, 6, 16, 80));
        BinomialIntervals.Interval ba = BinomialIntervals.pairedDifference(new BinomialIntervals.PairedTable(59, 16, 6, 80));
        assertThat(ba.low()).isCloseTo(-ab.high(), within(1e-12));
        assertThat(ba.high()).isCloseTo(-ab.low(), within(1e-12));
    }

    private static void check(BinomialIntervals.Interval ci, double low, double high) {
        assertThat(ci.low()).isCloseTo(low, within(5e-5));
        assertThat(ci.high()).isCloseTo(high, within(5e-5));
    }
}
