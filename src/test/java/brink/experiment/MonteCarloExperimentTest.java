package brink.experiment;

import brink.results.ResultsFolder;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MonteCarloExperimentTest {
    private static Scenario scenario;

    @BeforeAll
    static void load() throws Exception {
        scenario = new ScenarioLoader().load(Path.of("scenarios/baseline.yaml")).withHorizon(30);
    }

    private static Manifest.Run settings(int runs) {
        return new Manifest.Run(scenario, 5, runs, 2, "./brink run scenarios/baseline.yaml --runs " + runs, "test");
    }

    @Test
    void anInterruptedRunLeavesTheFolderMarkedIncompleteAndNoFileThatLooksWhole(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("out");
        CountDownLatch running = new CountDownLatch(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                new MonteCarloExperiment(settings(10_000_000), null).execute(dir, false, (done, total) -> running.countDown());
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        t.start();
        assertThat(running.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(dir.resolve(ResultsFolder.MARKER)).exists();
        t.interrupt();
        t.join(60_000);
        assertThat(t.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        assertThat(dir.resolve(ResultsFolder.MARKER)).exists();
        assertThat(Files.readString(dir.resolve(ResultsFolder.MARKER))).contains("interrupted").contains("--force");
        for (String name : new String[]{"runs.csv", "daily.csv", "rungs.csv", "manifest.json", "events.log"}) {
            assertThat(dir.resolve(name)).doesNotExist();
        }
    }

    @Test
    void aFailingPostProcessorLeavesTheFolderIncomplete(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("out");
        ResultsPostProcessor failing = folder -> {
            throw new IllegalStateException("no charts today");
        };
        assertThatThrownBy(() -> new MonteCarloExperiment(settings(10), failing).execute(dir, false, null))
                .hasMessageContaining("no charts today");
        assertThat(dir.resolve(ResultsFolder.MARKER)).exists();
        assertThat(Files.readString(dir.resolve(ResultsFolder.MARKER))).contains("post-processing");
    }

    @Test
    void aCompleteRunHasEveryFileAndNoMarkerNorParts(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("out");
        Path[] seen = new Path[1];
        new MonteCarloExperiment(settings(10), folder -> {
            Path d = folder.dir();
            // the post-processor sees the final data files while the folder is still marked
            assertThat(d.resolve("runs.csv")).exists();
            assertThat(d.resolve(ResultsFolder.MARKER)).exists();
            seen[0] = d;
        }).execute(dir, false, null);
        assertThat(seen[0]).isEqualTo(dir);
        assertThat(dir.resolve(ResultsFolder.MARKER)).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("manifest.json", "runs.csv", "daily.csv", "rungs.csv", "events.log", ResultsFolder.LOCK);
        }
        assertThat(Files.readAllLines(dir.resolve("runs.csv"))).hasSize(11);
        assertThat(Files.readAllLines(dir.resolve("daily.csv"))).hasSize(1 + brink.model.Metric.COUNT * 31);
        assertThat(Files.readAllLines(dir.resolve("rungs.csv"))).hasSize(13);
        assertThat(Files.readString(dir.resolve("events.log"))).startsWith("# story: run ").contains(" day ");
    }
}
