package brink.experiment;

import brink.model.Metric;
import brink.model.RunRecord;
import brink.model.Rung;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MonteCarloRunnerTest {
    private static Scenario scenario;

    @BeforeAll
    static void load() throws Exception {
        scenario = new ScenarioLoader().load(Path.of("scenarios/baseline.yaml")).withHorizon(40);
    }

    @Test
    void streamingStatisticsAgreeWithExactOnesOnTheSameRuns() throws Exception {
        int n = 150; // three blocks, the last one partial
        long seed = 99;
        MonteCarloResult result = new MonteCarloRunner(scenario, seed, n, 2).run(null, null);

        // the same runs again, every value kept
        int days = scenario.horizonDays();
        double[][][] all = new double[Metric.COUNT][days + 1][n];
        long[] crossed = new long[Rung.COUNT];
        Replication replication = new Replication(scenario);
        for (int i = 0; i < n; i++) {
            RunRecord r = replication.run(seed, 0, i);
            for (Metric m : Metric.values()) for (int d = 0; d <= days; d++) all[m.ordinal()][d][i] = r.value(m, d);
            for (Rung g : Rung.values()) if (r.firstCrossedDay(g) >= 0) crossed[g.ordinal()]++;
        }
        Percentile exact = new Percentile().withEstimationType(Percentile.EstimationType.R_1);
        for (Metric m : Metric.values()) {
            for (int d = 0; d <= days; d += 3) {
                double[] v = all[m.ordinal()][d];
                double mean = Arrays.stream(v).sum() / n;
                assertThat(result.mean(m, d)).as("mean %s day %d", m, d).isCloseTo(mean, within(1e-9 * (1 + Math.abs(mean))));
                double tolerance = result.statistics().quantiles(m).binWidth(d);
                for (double p : MonteCarloResult.QUANTILES) {
                    assertThat(result.quantile(m, d, p)).as("%s day %d p%s", m, d, p)
                            .isCloseTo(exact.evaluate(v, 100 * p), within(tolerance + 1e-9));
                }
            }
        }
        for (Rung g : Rung.values()) assertThat(result.crossed(g)).isEqualTo(crossed[g.ordinal()]);
    }

    @Test
    void theRunnerStopsWhenItsThreadIsInterrupted() throws Exception {
        Thread.currentThread().interrupt();
        try {
            new MonteCarloRunner(scenario, 1, 100_000, 2).run(null, null);
            throw new AssertionError("expected an InterruptedException");
        } catch (InterruptedException expected) {
            // stopped
        } finally {
            Thread.interrupted();
        }
    }
}
