package brink.spark;

import brink.experiment.engine.ClusterSession;
import brink.experiment.sweep.ClusterPointExecutor;
import brink.experiment.sweep.DesignPlan;
import brink.experiment.sweep.LocalPointExecutor;
import brink.experiment.sweep.PointEvaluator;
import brink.experiment.sweep.PointExecutor;
import brink.experiment.sweep.ReplicationPointEvaluator;
import brink.experiment.sweep.SweepBlock;
import brink.experiment.sweep.SweepProgress;
import brink.experiment.sweep.SweepRunner;
import brink.experiment.sweep.SweepSource;
import brink.results.ResultsFolder;
import brink.results.sweep.PointResult;
import brink.results.sweep.SweepResult;
import brink.scenario.sweep.SweepLoader;
import brink.scenario.sweep.SweepSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Spark inside the test's JVM (local[2]) against the local executor, byte for byte. */
class SparkLocalSweepTest {
    @TempDir Path tmp;

    @Test
    void aSweepOnLocal2IsTheLocalSweepByteForByte() throws Exception {
        Path grid = Sweeps.grid(tmp, 4, 8);
        Sweeps.Result local = Sweeps.brink("sweep", grid.toString(), "--out", tmp.resolve("local").toString(), "--quiet", "--threads", "2");
        assertThat(local.exitCode()).as(local.toString()).isZero();
        // 5 points per task: tasks of 5, 5 and 2 points, an uneven cut on purpose
        Sweeps.Result spark = Sweeps.brink("sweep", grid.toString(), "--out", tmp.resolve("spark").toString(),
                "--engine", "spark", "--master", "local[2]", "--points-per-task", "5");
        assertThat(spark.exitCode()).as(spark.toString()).isZero();
        assertThat(spark.err()).contains("spark master local[2], in this JVM, 2 threads");
        Sweeps.assertSameOutputs(tmp.resolve("local"), tmp.resolve("spark"));
        assertThat(Files.readString(tmp.resolve("spark/sweep.json"))).contains("\"engine\" : \"spark local[2]\"");
        assertThat(Files.readString(tmp.resolve("local/sweep.json"))).contains("\"engine\" : \"local threads\"");
    }

    /** A point whose model code throws is a failed point in failures.csv, as on local threads; Spark does not retry it. */
    @Test
    void aPointThatThrowsIsAFailedPointNotAFailedJob() throws Exception {
        SweepSpec spec = new SweepLoader().load(Sweeps.grid(tmp, 3, 4));
        SweepBlock.Evaluators failing = FailingAtFour::new;
        SweepResult local = sweep(spec, tmp.resolve("local"), new LocalPointExecutor(2, () -> new FailingAtFour(spec)));
        SweepResult spark;
        try (ClusterSession session = new SparkEngine().connect("local[2]", "brink test", List.of())) {
            spark = sweep(spec, tmp.resolve("spark"), new ClusterPointExecutor(session, SweepSource.of(spec, null, null), 2, failing));
        }
        assertThat(spark.failures()).extracting(PointResult::index).containsExactly(4);
        assertThat(spark.failures().get(0).error()).startsWith("IllegalStateException: model blew up at point 4");
        assertThat(local.failures()).extracting(PointResult::index).containsExactly(4);
        for (String f : List.of("points.csv", "failures.csv", "sensitivity.csv")) {
            assertThat(Files.readAllBytes(tmp.resolve("spark").resolve(f))).as(f).isEqualTo(Files.readAllBytes(tmp.resolve("local").resolve(f)));
        }
    }

    private static SweepResult sweep(SweepSpec spec, Path out, PointExecutor executor) throws Exception {
        SweepRunner runner = new SweepRunner(spec, DesignPlan.of(spec), "test");
        try (ResultsFolder folder = runner.open(out, false, false)) {
            return runner.run(folder, false, executor, SweepProgress.NONE);
        }
    }

    /** The sweep's evaluator, but point 4 throws inside the model's code. */
    private static final class FailingAtFour implements PointEvaluator {
        private final ReplicationPointEvaluator real;

        FailingAtFour(SweepSpec spec) {
            this.real = new ReplicationPointEvaluator(spec);
        }

        @Override
        public PointResult evaluate(brink.results.sweep.SweepPoint p) {
            if (p.index() == 4) throw new IllegalStateException("model blew up at point 4");
            return real.evaluate(p);
        }
    }
}
