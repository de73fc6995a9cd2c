package brink.experiment.sweep;

import brink.stats.PartialRankCorrelation;
import brink.stats.SobolIndices;
import brink.stats.OrderStatisticInterval;
import org.apache.commons.math3.random.MersenneTwister;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The sensitivity estimators on analytic functions, without the model. */
class SensitivityEstimatorsTest {

    /** Ishigami (a = 7, b = 0.1) on [-pi, pi]^3. */
    private static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + 7 * Math.sin(x2) * Math.sin(x2) + 0.1 * Math.pow(x3, 4) * Math.sin(x1);
    }

    @Test
    void sobolEstimatorsRecoverTheIshigamiIndicesAtN8192WithinTwoHundredths() {
        int n = 8192, k = 3;
        double[][] x = SaltelliDesign.unitMatrix(n, k);
        double[] yA = new double[n], yB = new double[n];
        double[][] yAB = new double[k][n];
        for (int j = 0; j < n; j++) {
            yA[j] = ishigami(x[SaltelliDesign.index(j, SaltelliDesign.A, k)]);
            yB[j] = ishigami(x[SaltelliDesign.index(j, SaltelliDesign.B, k)]);
            for (int i = 0; i < k; i++) yAB[i][j] = ishigami(x[SaltelliDesign.index(j, 2 + i, k)]);
        }
        SobolIndices.Result r = SobolIndices.withBootstrap(yA, yB, yAB, 200, 7);
        double[] s1 = {0.314, 0.442, 0.0};
        double[] st = {0.558, 0.442, 0.244};
        for (int i = 0; i < k; i++) {
            assertThat(r.s1()[i]).as("S1 of x%d", i + 1).isCloseTo(s1[i], within(0.02));
            assertThat(r.st()[i]).as("ST of x%d", i + 1).isCloseTo(st[i], within(0.02));
            assertThat(r.s1Low()[i]).isLessThanOrEqualTo(r.s1()[i]);
            assertThat(r.s1High()[i]).isGreaterThanOrEqualTo(r.s1()[i]);
            assertThat(r.stHigh()[i] - r.stLow()[i]).as("ST interval width").isBetween(0.0, 0.1);
        }
    }

    @Test
    void sobolIndicesAndTheirIntervalsDoNotDependOnWhereTheOutcomesZeroIs() {
        // an outcome far from 0 compared with its spread (a probability near 0.97) must give the
        // same S1 as the same outcome shifted to 0: Saltelli's f(B)(f(AB_i) - f(A)) uncentred did not
        int n = 512, k = 3;
        double[][] x = SaltelliDesign.unitMatrix(n, k);
        double shift = 1000;
        double[] yA = new double[n], yB = new double[n], zA = new double[n], zB = new double[n];
        double[][] yAB = new double[k][n], zAB = new double[k][n];
        for (int j = 0; j < n; j++) {
            yA[j] = ishigami(x[SaltelliDesign.index(j, SaltelliDesign.A, k)]);
            yB[j] = ishigami(x[SaltelliDesign.index(j, SaltelliDesign.B, k)]);
            zA[j] = yA[j] + shift;
            zB[j] = yB[j] + shift;
            for (int i = 0; i < k; i++) {
                yAB[i][j] = ishigami(x[SaltelliDesign.index(j, 2 + i, k)]);
                zAB[i][j] = yAB[i][j] + shift;
            }
        }
        SobolIndices.Result y = SobolIndices.withBootstrap(yA, yB, yAB, 200, 7);
        SobolIndices.Result z = SobolIndices.withBootstrap(zA, zB, zAB, 200, 7);
        for (int i = 0; i < k; i++) {
            assertThat(z.s1()[i]).as("S1 of x%d", i + 1).isCloseTo(y.s1()[i], within(1e-6));
            assertThat(z.s1Low()[i]).isCloseTo(y.s1Low()[i], within(1e-6));
            assertThat(z.s1High()[i]).isCloseTo(y.s1High()[i], within(1e-6));
            assertThat(z.s1High()[i] - z.s1Low()[i]).as("S1 interval width of x%d", i + 1).isLessThan(0.5);
            assertThat(z.st()[i]).isCloseTo(y.st()[i], within(1e-6));
        }
    }

    @Test
    void morrisRanksFactorsOfAKnownFunction() {
        // y = 10 x1 + 3 x2 + 0 x3 + 5 x4^2 (x4 nonlinear: large sigma); x3 has no effect
        int k = 4;
        MorrisDesign d = MorrisDesign.generate(20, 4, k, new MersenneTwister(3));
        double[] y = Arrays.stream(d.unit()).mapToDouble(u -> 10 * u[0] + 3 * u[1] + 0 * u[2] + 5 * u[3] * u[3]).toArray();
        brink.stats.MorrisIndices.Result r = MorrisEffects.compute(d, y, 1);
        assertThat(r.muStar()[0]).isCloseTo(10, within(1e-9));
        assertThat(r.muStar()[1]).isCloseTo(3, within(1e-9));
        assertThat(r.muStar()[2]).isCloseTo(0, within(1e-12));
        assertThat(r.sigma()[0]).isCloseTo(0, within(1e-9));
        assertThat(r.sigma()[3]).as("nonlinear factor has spread effects").isGreaterThan(1);
        Integer[] order = IntStream.range(0, k).boxed().sorted(Comparator.comparingDouble(i -> -r.muStar()[i])).toArray(Integer[]::new);
        assertThat(order[0]).isEqualTo(0);
        assertThat(order[3]).isEqualTo(2);
        assertThat(r.effects()).containsOnly(20);
        // mu*'s bootstrap interval over trajectories: a linear factor's effects are all equal, so no spread;
        // the nonlinear one's interval holds its estimate and has width
        assertThat(r.muStarLow()[0]).isCloseTo(10, within(1e-9));
        assertThat(r.muStarHigh()[0]).isCloseTo(10, within(1e-9));
        assertThat(r.muStarLow()[3]).isLessThan(r.muStar()[3]);
        assertThat(r.muStarHigh()[3]).isGreaterThan(r.muStar()[3]);
        assertThat(MorrisEffects.compute(d, y, 1)).usingRecursiveComparison().isEqualTo(r); // fixed seed: deterministic
    }

    @Test
    void morrisStepsStayOnTheGrid() {
        MorrisDesign d = MorrisDesign.generate(10, 6, 3, new MersenneTwister(1));
        for (double[] u : d.unit()) {
            for (double v : u) {
                assertThat(v).isBetween(0.0, 1.0);
                assertThat(v * 5).isCloseTo(Math.rint(v * 5), within(1e-9));
            }
        }
        assertThat(d.delta()).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void latinHypercubePutsExactlyOnePointInEachStratumOfEachFactor() {
        int n = 37, k = 5;
        double[][] x = LatinHypercube.sample(n, k, new MersenneTwister(11));
        for (int f = 0; f < k; f++) {
            int[] count = new int[n];
            for (double[] p : x) count[(int) Math.floor(p[f] * n)]++;
            assertThat(count).as("factor %d", f).containsOnly(1);
        }
    }

    @Test
    void prccSeesMonotoneEffectsAndIgnoresNoise() {
        int n = 200;
        double[][] x = LatinHypercube.sample(n, 3, new MersenneTwister(5));
        MersenneTwister noise = new MersenneTwister(6);
        double[] y = new double[n];
        for (int p = 0; p < n; p++) y[p] = Math.exp(3 * x[p][0]) - 2 * x[p][1] + 0.01 * noise.nextGaussian();
        double[] r = PartialRankCorrelation.compute(x, y);
        assertThat(r[0]).isGreaterThan(0.9);
        assertThat(r[1]).as("weaker negative effect").isLessThan(-0.6);
        assertThat(Math.abs(r[2])).isLessThan(0.2);
    }

    @Test
    void orderStatisticIntervalHasAtLeastNominalCoverage() {
        // n = 100: l = 40 (P(Bin(100,.5) <= 39) = 0.0176; <= 40 gives 0.0284 > 0.025)
        assertThat(OrderStatisticInterval.lowerRank(100, 0.95)).isEqualTo(40);
        assertThat(OrderStatisticInterval.lowerRank(5, 0.95)).isEqualTo(1);
        assertThat(OrderStatisticInterval.lowerRank(6, 0.95)).isEqualTo(1);
        assertThat(OrderStatisticInterval.lowerRank(9, 0.95)).isEqualTo(2);
    }
}
