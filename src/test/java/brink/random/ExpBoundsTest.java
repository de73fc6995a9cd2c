package brink.random;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exp brackets that let the model skip most exponentials: they must contain StrictMath.exp's
 * result (not only the real e^x) for every argument, and be narrow enough to decide most days; and
 * the Poisson search that uses them must give exactly the counts of the search that computes exp.
 */
class ExpBoundsTest {

    @Test
    void bracketsHoldStrictMathExpAndAreAtMostOneSixteenthOfAnOctaveWide() {
        SplittableRandom r = new SplittableRandom(7);
        double widest = 0;
        for (int i = 0; i < 2_000_000; i++) {
            double x = i % 2 == 0 ? r.nextDouble(-745, 745) : r.nextDouble(-5, 5);
            double e = StrictMath.exp(x), lo = ExpBounds.lower(x), hi = ExpBounds.upper(x);
            assertThat(lo).as("lower(%s)", x).isLessThanOrEqualTo(e);
            assertThat(hi).as("upper(%s)", x).isGreaterThanOrEqualTo(e);
            assertThat(ExpBounds.upper(x, lo)).as("upper(%s, lower)", x).isGreaterThanOrEqualTo(e);
            if (Math.abs(x) < 700) widest = Math.max(widest, ExpBounds.upper(x, lo) / lo);
            if (Math.abs(x) < 700) widest = Math.max(widest, hi / lo);
        }
        assertThat(widest).isLessThan(StrictMath.pow(2, 1 / 16.0) * (1 + 3 * ExpBounds.MARGIN));
        // exact powers of two and integers, where a table entry is hit exactly
        for (int k = -1000; k <= 1000; k++) {
            double x = k * Math.log(2) / 16;
            assertThat(ExpBounds.lower(x)).isLessThanOrEqualTo(StrictMath.exp(x));
            assertThat(ExpBounds.upper(x)).isGreaterThanOrEqualTo(StrictMath.exp(x));
            assertThat(ExpBounds.upper(x, ExpBounds.lower(x))).isGreaterThanOrEqualTo(StrictMath.exp(x));
            assertThat(ExpBounds.upper(Math.nextDown(x), ExpBounds.lower(Math.nextDown(x)))).isGreaterThanOrEqualTo(StrictMath.exp(Math.nextDown(x)));
        }
        assertThat(ExpBounds.upper(Double.NaN, ExpBounds.lower(Double.NaN))).isInfinite();
        assertThat(ExpBounds.upper(-1e9, ExpBounds.lower(-1e9))).isPositive();
        for (double x : new double[]{-700, Math.nextUp(-700.0), Math.nextDown(700.0), 700}) {
            assertThat(ExpBounds.lower(x)).as("lower(%s)", x).isLessThanOrEqualTo(StrictMath.exp(x));
            assertThat(ExpBounds.upper(x)).as("upper(%s)", x).isGreaterThanOrEqualTo(StrictMath.exp(x)).isPositive();
            assertThat(ExpBounds.upper(x, ExpBounds.lower(x))).as("upper(%s, lower)", x).isGreaterThanOrEqualTo(StrictMath.exp(x)).isPositive();
        }
        assertThat(ExpBounds.lower(Double.NaN)).isZero();
        assertThat(ExpBounds.upper(Double.NaN)).isInfinite();
        assertThat(ExpBounds.lower(-1e9)).isZero();
        assertThat(ExpBounds.upper(1e9)).isInfinite();
    }

    @Test
    void bracketedPoissonGivesExactlyTheCountsOfTheSearchWithExp() {
        SplittableRandom r = new SplittableRandom(11);
        int checked = 0;
        for (int i = 0; i < 1_000_000; i++) {
            double mean = i % 3 == 0 ? r.nextDouble(0, 30) : r.nextDouble(0, 3);
            double u = r.nextDouble();
            assertThat(Substream.poissonFromUniform(u, mean)).as("u=%s mean=%s", u, mean)
                    .isEqualTo(Substream.poissonBySearch(u, mean));
            checked++;
        }
        // uniforms on and next to every boundary of the search, where the bracket cannot decide
        for (double mean : new double[]{1e-12, 0.3, 1.0, 2.5, 7.0, 29.9}) {
            double p = StrictMath.exp(-mean), cumulative = p;
            for (int count = 0; count < 60 && cumulative < 1; count++) {
                for (double u : new double[]{Math.nextDown(cumulative), cumulative, Math.nextUp(cumulative)}) {
                    if (u >= 1) continue;
                    assertThat(Substream.poissonFromUniform(u, mean)).as("u=%s mean=%s", u, mean)
                            .isEqualTo(Substream.poissonBySearch(u, mean));
                    checked++;
                }
                p *= mean / (count + 1);
                cumulative += p;
            }
        }
        assertThat(Substream.poissonFromUniform(Math.nextDown(1.0), 5.0)).isEqualTo(Substream.poissonBySearch(Math.nextDown(1.0), 5.0));
        assertThat(checked).isGreaterThan(1_000_000);
    }
}
