package brink.experiment.calibration;

import brink.random.ReplicationSeed;
import brink.random.StreamId;
import brink.random.Substream;
import brink.results.calibration.Particle;
import brink.results.calibration.Population;
import brink.scenario.ParameterDistribution;
import brink.scenario.Provenance;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import brink.scenario.calibration.AbcSettings;
import brink.scenario.calibration.CalibrationSpec;
import brink.scenario.calibration.FittedParameter;
import brink.stats.WeightedSample;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * ABC-SMC on a toy problem whose posterior is known in closed form. The "model" observes
 * y = θ₁ + 100 z, z standard normal from the proposal's own seed; the target is y = 1,000 with
 * scale 100, so a proposal is accepted at tolerance ε when |θ₁ + 100 z − 1,000| ≤ 100 ε. Under the
 * prior U(0, 2,000) (flat around 1,000) the ABC posterior of θ₁ is N(1,000, 100²) convolved with
 * U(−100ε, 100ε): mean 1,000, sd 100·sqrt(1 + ε²/3). θ₂ has no effect on y: its posterior is its
 * prior U(0, 10). No Brink runs: the test checks the algorithm (weights, kernel, tolerances).
 */
class AbcSmcToyTest {
    static final int N = 1_000;
    private static CalibrationSpec spec;
    private static List<Population> populations;

    /** y = θ₁ + 100 z; the distance |y − 1,000| / 100. */
    static final class Toy implements ProposalSimulator {
        private final Substream noise = new Substream(StreamId.of("toy.noise"));
        private final long seed;

        Toy(long seed) { this.seed = seed; }

        @Override
        public double[] statistics(double[] values, long point) {
            noise.reseed(ReplicationSeed.of(seed, point, 0));
            return new double[]{values[0] + 100 * noise.gaussian()};
        }

        @Override
        public double distance(double[] statistics) { return Math.abs(statistics[0] - 1_000) / 100; }
    }

    static CalibrationSpec toySpec(int particles, int populations) throws Exception {
        Scenario base = new ScenarioLoader().load(Path.of("scenarios/baseline.yaml"));
        FittedParameter a = new FittedParameter(base.catalog().find("front.russian_daily_casualties").orElseThrow(),
                new ParameterDistribution.Uniform(0, 2_000), Provenance.assumption("toy"), false);
        FittedParameter b = new FittedParameter(base.catalog().find("actors.china.restraint").orElseThrow(),
                new ParameterDistribution.Uniform(0, 10), Provenance.assumption("toy"), false);
        return new CalibrationSpec("toy", "toy", "", Path.of("toy.yaml"), "toy.yaml", base, 5,
                new AbcSettings(particles, populations, 1, 0.5, 0.0, 100_000), List.of(a, b), List.of());
    }

    static List<Population> run(CalibrationSpec s, int threads) throws Exception {
        AbcSmc abc = new AbcSmc(s, threads, () -> new Toy(s.seed()));
        List<Population> out = new ArrayList<>();
        Population p = null;
        for (int t = 0; t < s.abc().populations(); t++) {
            p = abc.population(t, p, null).population();
            out.add(p);
        }
        return out;
    }

    @BeforeAll
    static void calibrate() throws Exception {
        spec = toySpec(N, 6);
        populations = run(spec, 2);
    }

    @Test
    void tolerancesDecreaseAndWeightsAreNormalised() {
        for (int t = 2; t < populations.size(); t++) {
            assertThat(populations.get(t).tolerance()).isLessThan(populations.get(t - 1).tolerance());
        }
        for (Population p : populations) {
            assertThat(p.particles().stream().mapToDouble(Particle::weight).sum()).isCloseTo(1.0, within(1e-9));
            for (Particle q : p.particles()) assertThat(q.distance()).isLessThanOrEqualTo(p.tolerance());
        }
        Population last = populations.get(populations.size() - 1);
        // the weights stay usable: the effective sample size is at least a third of the particles
        assertThat(last.ess()).isGreaterThan(N / 3.0);
    }

    @Test
    void posteriorOfTheInformedParameterMatchesTheClosedForm() {
        Population last = populations.get(populations.size() - 1);
        double eps = last.tolerance();
        WeightedSample w = new WeightedSample(last.values(0), last.weights());
        double expectedSd = 100 * Math.sqrt(1 + eps * eps / 3);
        // standard errors at ESS >= 333: mean 100/sqrt(333) = 5.5, sd 100/sqrt(2*333) = 3.9.
        // Tolerances: 4 se for the mean (22) and for the sd (16): any seed passes, a wrong weight formula
        // (equal weights instead of prior/proposal: posterior sd 84 instead of 102 at this seed) fails.
        assertThat(w.mean()).isCloseTo(1_000, within(22.0));
        assertThat(w.sd()).isCloseTo(expectedSd, within(16.0));
        // tails: the 5% and 95% quantiles of N(1000, sd) are 1000 -+ 1.645 sd; 5 se of a quantile (~7 each)
        assertThat(w.quantile(0.05)).isCloseTo(1_000 - 1.645 * expectedSd, within(35.0));
        assertThat(w.quantile(0.95)).isCloseTo(1_000 + 1.645 * expectedSd, within(35.0));
    }

    @Test
    void theUninformedParameterKeepsItsPrior() {
        Population last = populations.get(populations.size() - 1);
        WeightedSample w = new WeightedSample(last.values(1), last.weights());
        // U(0, 10): mean 5, sd 2.887; se at ESS >= 333: 0.16 and 0.08; tolerances ~4 se
        assertThat(w.mean()).isCloseTo(5, within(0.65));
        assertThat(w.sd()).isCloseTo(10 / Math.sqrt(12), within(0.35));
    }

    @Test
    void theSameSeedGivesTheSamePopulationsAtAnyThreadCount() throws Exception {
        CalibrationSpec small = toySpec(200, 3);
        List<Population> one = run(small, 1), three = run(small, 3);
        for (int t = 0; t < one.size(); t++) {
            List<Particle> a = one.get(t).particles(), b = three.get(t).particles();
            assertThat(a).hasSameSizeAs(b);
            for (int i = 0; i < a.size(); i++) {
                assertThat(a.get(i).values()).containsExactly(b.get(i).values());
                assertThat(a.get(i).weight()).isEqualTo(b.get(i).weight());
                assertThat(a.get(i).attempts()).isEqualTo(b.get(i).attempts());
            }
        }
    }
}
