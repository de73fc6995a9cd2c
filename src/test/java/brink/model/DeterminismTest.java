package brink.model;

import brink.experiment.Replication;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Same scenario + seed => the same run, to the last bit, whoever runs it and whatever ran before
 * on the same reused {@link Replication} (state is fully reset between replications).
 */
class DeterminismTest {
    private static Scenario baseline;

    @BeforeAll
    static void load() throws Exception {
        baseline = new ScenarioLoader().load(Path.of("scenarios/baseline.yaml"));
    }

    /** Every metric on every day, plus the per-run outcomes, as one comparable array per metric. */
    private static double[][] snapshot(RunRecord rec) {
        double[][] s = new double[Metric.COUNT + 1][];
        for (Metric m : Metric.values()) {
            s[m.ordinal()] = java.util.Arrays.copyOf(rec.series(m), rec.days() + 1);
        }
        double[] outcomes = new double[Rung.COUNT + 1];
        for (Rung r : Rung.values()) outcomes[r.ordinal()] = rec.firstCrossedDay(r);
        outcomes[Rung.COUNT] = rec.maxRung();
        s[Metric.COUNT] = outcomes;
        return s;
    }

    @Test
    void sameSeedGivesIdenticalDailySeries() {
        double[][] a = snapshot(new Replication(baseline).run(2024, 0, 3));
        double[][] b = snapshot(new Replication(baseline).run(2024, 0, 3));
        assertThat(b).isDeepEqualTo(a);
        assertThat(a[Metric.RUSSIAN_DAILY_CASUALTIES.ordinal()]).hasSize(366);
    }

    @Test
    void differentSeedsGiveDifferentRuns() {
        Replication r = new Replication(baseline);
        double[][] base = snapshot(r.run(2024, 0, 3));
        for (long[] other : new long[][]{{2024, 0, 4}, {2024, 1, 3}, {2025, 0, 3}}) {
            double[][] s = snapshot(r.run(other[0], other[1], other[2]));
            // attrition noise makes day 1's casualties differ whenever the generator differs
            assertThat(s[Metric.RUSSIAN_DAILY_CASUALTIES.ordinal()][1])
                    .as("seed %s", java.util.Arrays.toString(other))
                    .isNotEqualTo(base[Metric.RUSSIAN_DAILY_CASUALTIES.ordinal()][1]);
            assertThat(s).isNotEqualTo(base);
        }
    }

    @Test
    void aReusedReplicationIsResetBetweenRuns() {
        Replication reused = new Replication(baseline);
        for (int rep = 0; rep < 5; rep++) reused.run(99, 0, rep);
        double[][] afterOthers = snapshot(reused.run(99, 0, 5));
        double[][] fresh = snapshot(new Replication(baseline).run(99, 0, 5));
        assertThat(afterOthers).isDeepEqualTo(fresh);
    }

    @Test
    void resetHoldsAcrossRunsThatEscalatedFar() {
        // run until some replication has crossed many rungs, then check the next one is unaffected
        Replication reused = new Replication(baseline);
        int rep = 0;
        while (reused.run(7, 0, rep).maxRung() < Rung.NK_IN_UKRAINE.level() && rep < 2000) rep++;
        assertThat(reused.record().maxRung()).as("found an escalated run").isGreaterThanOrEqualTo(Rung.NK_IN_UKRAINE.level());
        double[][] next = snapshot(reused.run(7, 0, rep + 1));
        assertThat(next).isDeepEqualTo(snapshot(new Replication(baseline).run(7, 0, rep + 1)));
    }
}
