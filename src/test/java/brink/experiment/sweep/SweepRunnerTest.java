package brink.experiment.sweep;

import brink.scenario.sweep.Factor;
import brink.scenario.sweep.SweepSpec;
import brink.scenario.sweep.SweepLoader;
import brink.results.sweep.SweepPoint;
import brink.results.ResultsFolder;
import brink.results.sweep.PointResult;
import brink.results.sweep.SweepResult;
import brink.experiment.Replication;
import brink.model.RunRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The runner end to end in-process: determinism over threads, resume after a torn file, failures. */
class SweepRunnerTest {
    @TempDir
    Path tmp;

    private SweepSpec spec(String body) throws Exception {
        SweepFixtures.scenarios(tmp, 60);
        return new SweepLoader().load(SweepFixtures.sweep(tmp, "s.yaml", body));
    }

    private static SweepResult run(SweepSpec spec, Path out, int threads, boolean resume) throws Exception {
        return run(spec, out, resume, new LocalPointExecutor(threads, () -> new ReplicationPointEvaluator(spec)));
    }

    private static SweepResult run(SweepSpec spec, Path out, boolean resume, PointExecutor executor) throws Exception {
        DesignPlan plan = DesignPlan.of(spec);
        SweepRunner runner = new SweepRunner(spec, plan, "test");
        runner.checkOutput(out, resume, false);
        try (ResultsFolder folder = runner.open(out, resume, false)) {
            SweepResult r = runner.run(folder, resume, executor, SweepProgress.NONE);
            runner.complete(folder);
            return r;
        }
    }

    @Test
    void sweepPointsRunTheSameReplicationsAsThroughTheSchedule() throws Exception {
        // the evaluator uses the direct daily loop (as brink run does); a schedule-driven replication must agree value for value
        SweepSpec spec = spec(SweepFixtures.GRID);
        DesignPlan plan = DesignPlan.of(spec);
        PointOutcomes scheduled = new PointOutcomes(spec.outcomes(), spec.replications(), spec.base().horizonDays());
        Replication viaSchedule = new Replication(spec.pinnedScenario());
        brink.model.ParameterDef[] pinned = spec.factors().stream().map(Factor::def).toArray(brink.model.ParameterDef[]::new);
        ReplicationPointEvaluator direct = new ReplicationPointEvaluator(spec);
        for (SweepPoint p : List.of(plan.points().get(0), plan.points().get(4), plan.points().get(8))) {
            scheduled.reset();
            for (int r = 0; r < spec.replications(); r++) scheduled.add(viaSchedule.run(spec.seed(), p.seedIndex(), r, pinned, p.values()));
            PointResult a = scheduled.result(p), b = direct.evaluate(p);
            assertThat(b.estimate()).as("point %d", p.index()).containsExactly(a.estimate());
            assertThat(b.low()).containsExactly(a.low());
            assertThat(b.high()).containsExactly(a.high());
        }
    }

    @Test
    void pointsCsvIsIdenticalForOneAndTwoThreads() throws Exception {
        SweepSpec spec = spec(SweepFixtures.GRID);
        run(spec, tmp.resolve("one"), 1, false);
        run(spec, tmp.resolve("two"), 2, false);
        byte[] one = Files.readAllBytes(tmp.resolve("one/points.csv"));
        assertThat(Files.readAllBytes(tmp.resolve("two/points.csv"))).isEqualTo(one);
        assertThat(Files.readAllLines(tmp.resolve("one/points.csv"))).hasSize(1 + 9);
        assertThat(Files.readAllBytes(tmp.resolve("two/sensitivity.csv"))).isEqualTo(Files.readAllBytes(tmp.resolve("one/sensitivity.csv")));
    }

    @Test
    void aPointRecomputedAloneFromAScenarioFixingItsFactorsGivesTheSameNumbers() throws Exception {
        SweepSpec spec = spec(SweepFixtures.GRID);
        SweepPoint p = DesignPlan.of(spec).points().get(5);
        PointResult viaSweep = new ReplicationPointEvaluator(spec).evaluate(p);
        Replication alone = new Replication(spec.scenarioAt(p.values()));
        PointOutcomes outcomes = new PointOutcomes(spec.outcomes(), spec.replications(), spec.base().horizonDays());
        for (int r = 0; r < spec.replications(); r++) {
            RunRecord rec = alone.run(spec.seed(), p.index(), r);
            outcomes.add(rec);
        }
        assertThat(outcomes.result(p)).isEqualTo(viaSweep);
    }

    @Test
    void commonRandomNumbersSeedEveryPointOfAGroupAlike() throws Exception {
        SweepSpec grid = spec(SweepFixtures.GRID.replace("replications: 6", "replications: 3\ncommon_random_numbers: true"));
        assertThat(DesignPlan.of(grid).points()).extracting(SweepPoint::seedIndex).containsOnly(0L);
        SweepPoint p = DesignPlan.of(grid).points().get(7);
        Replication alone = new Replication(grid.scenarioAt(p.values()));
        PointOutcomes outcomes = new PointOutcomes(grid.outcomes(), grid.replications(), grid.base().horizonDays());
        for (int r = 0; r < grid.replications(); r++) outcomes.add(alone.run(grid.seed(), 0, r));
        assertThat(outcomes.result(p)).isEqualTo(new ReplicationPointEvaluator(grid).evaluate(p));

        SweepSpec sobol = new SweepLoader().load(SweepFixtures.sweep(tmp, "sobol.yaml", SweepFixtures.GRID
                .replace("replications: 6", "replications: 3\ncommon_random_numbers: true")
                .replace("{type: grid, points_per_factor: 3}", "{type: sobol, base_samples: 3}")));
        assertThat(DesignPlan.of(sobol).points()).extracting(SweepPoint::seedIndex)
                .containsExactly(0L, 0L, 0L, 0L, 1L, 1L, 1L, 1L, 2L, 2L, 2L, 2L);
    }

    @Test
    void resumeAfterATornLastLineRecomputesTheMissingPointsAndMatchesAStraightRun() throws Exception {
        SweepSpec spec = spec(SweepFixtures.GRID.replace("replications: 6", "replications: 4"));
        Path straight = tmp.resolve("straight");
        run(spec, straight, 2, false);
        byte[] expected = Files.readAllBytes(straight.resolve("points.csv"));

        // an interrupted folder: rows in completion order (here reversed), the last one torn mid-line
        Path cut = tmp.resolve("cut");
        run(spec, cut, 1, false);
        List<String> lines = Files.readAllLines(cut.resolve("points.csv"));
        StringBuilder partial = new StringBuilder(lines.get(0)).append('\n');
        partial.append(lines.get(7)).append('\n').append(lines.get(2)).append('\n').append(lines.get(5)).append('\n');
        partial.append(lines.get(4), 0, lines.get(4).length() / 2);
        Files.writeString(cut.resolve("points.csv"), partial.toString());
        Files.writeString(cut.resolve(SweepRunner.INCOMPLETE), "x");

        SweepResult resumed = run(spec, cut, 2, true);
        assertThat(resumed.reused()).isEqualTo(3);
        assertThat(resumed.computed()).isEqualTo(6);
        assertThat(Files.readAllBytes(cut.resolve("points.csv"))).isEqualTo(expected);
    }

    @Test
    void resumeRefusesAFolderWrittenByAnotherSweep() throws Exception {
        SweepSpec spec = spec(SweepFixtures.GRID);
        Path out = tmp.resolve("out");
        run(spec, out, 2, false);
        SweepSpec other = new SweepLoader().load(SweepFixtures.sweep(tmp, "other.yaml", SweepFixtures.GRID.replace("seed: 42", "seed: 43")));
        SweepRunner runner = new SweepRunner(other, DesignPlan.of(other), "test");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runner.checkOutput(out, true, false))
                .hasMessageContaining("sweep.json").hasMessageContaining("different sweep");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> runner.checkOutput(out, false, false))
                .hasMessageContaining("not empty").hasMessageContaining("--force");
    }

    @Test
    void aFailingPointIsRecordedInFailuresCsvAndTheSweepCarriesOn() throws Exception {
        SweepSpec spec = spec(SweepFixtures.GRID);
        DesignPlan plan = DesignPlan.of(spec);
        Path out = tmp.resolve("fail");
        PointExecutor failing = new LocalPointExecutor(2, () -> {
            ReplicationPointEvaluator real = new ReplicationPointEvaluator(spec);
            return p -> {
                if (p.index() == 4) throw new IllegalStateException("model blew up at troops=" + p.values()[0]);
                return real.evaluate(p);
            };
        });
        SweepResult r = run(spec, out, false, failing);
        assertThat(r.failures()).extracting(PointResult::index).containsExactly(4);
        assertThat(r.points()).hasSize(8).doesNotContainKey(4);
        List<String> failures = Files.readAllLines(out.resolve("failures.csv"));
        assertThat(failures).hasSize(2);
        assertThat(failures.get(1)).startsWith("4,30000,1.2,\"IllegalStateException: model blew up at troops=30000.0");
        assertThat(Files.readAllLines(out.resolve("points.csv"))).hasSize(1 + 8)
                .noneMatch(l -> l.startsWith("4,"));
        assertThat(Files.exists(out.resolve("sensitivity.csv"))).isTrue();

        // resuming retries only the failed point
        SweepResult again = run(spec, out, 2, true);
        assertThat(again.reused()).isEqualTo(8);
        assertThat(again.failures()).isEmpty();
        assertThat(Files.readAllLines(out.resolve("failures.csv"))).hasSize(1);
    }

    @Test
    void pointsAndResultsSurviveJavaSerialization() throws Exception {
        SweepSpec spec = spec(SweepFixtures.GRID.replace("replications: 6", "replications: 2"));
        PointResult r = new ReplicationPointEvaluator(spec).evaluate(DesignPlan.of(spec).points().get(3));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream o = new java.io.ObjectOutputStream(bytes)) {
            o.writeObject(r);
        }
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(r);
        }
    }

    @Test
    void probabilityEstimatesComeWithWilsonIntervalsAndMediansWithOrderStatisticIntervals() throws Exception {
        SweepSpec spec = spec(SweepFixtures.GRID.replace("replications: 6", "replications: 30"));
        PointResult r = new ReplicationPointEvaluator(spec).evaluate(DesignPlan.of(spec).points().get(0));
        for (int o = 0; o < spec.outcomes().size(); o++) {
            assertThat(r.low()[o]).isLessThanOrEqualTo(r.estimate()[o]);
            assertThat(r.high()[o]).isGreaterThanOrEqualTo(r.estimate()[o]);
        }
        assertThat(r.estimate()[0]).isBetween(0.0, 1.0);
        assertThat(r.estimate()[2]).as("median day is within 0..horizon+1").isBetween(0.0, 61.0);
        Map<Integer, PointResult> none = Map.of();
        assertThat(SensitivityAnalysis.compute(spec, DesignPlan.of(spec), none)).isEmpty();
    }
}
