package brink.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** brink run on Spark (local[2]): replications in blocks of 64, several blocks to a task, the same files as on local threads. */
class SparkLocalRunTest {
    /** What a run writes that must not depend on the engine (the report and manifest also hold times and the command). */
    static final List<String> TABLES = List.of("runs.csv", "daily.csv", "rungs.csv", "events.log");

    @TempDir Path tmp;

    @Test
    void aRunOnLocal2IsTheLocalRunByteForByte() throws Exception {
        Path local = tmp.resolve("local"), spark = tmp.resolve("spark");
        Sweeps.Result l = Sweeps.brink("run", "scenarios/baseline.yaml", "--runs", "300", "--seed", "5", "--days", "150",
                "--quiet", "--out", local.toString());
        assertThat(l.exitCode()).as(l.toString()).isZero();
        // 5 blocks, 2 to a task: tasks of 2, 2 and 1 blocks (the last block is 44 replications)
        Sweeps.Result s = Sweeps.brink("run", "scenarios/baseline.yaml", "--runs", "300", "--seed", "5", "--days", "150",
                "--quiet", "--out", spark.toString(), "--engine", "spark", "--master", "local[2]", "--points-per-task", "2");
        assertThat(s.exitCode()).as(s.toString()).isZero();
        assertThat(s.out()).contains("spark master local[2], in this JVM, 2 threads");
        assertSameRun(local, spark);
        assertThat(Files.readString(spark.resolve("manifest.json"))).contains("--engine spark --master 'local[2]'");
    }

    @Test
    void theParquetTablesStayOnLocalThreadsAndSaySo() {
        Sweeps.Result s = Sweeps.brink("run", "scenarios/baseline.yaml", "--runs", "10", "--record", "all",
                "--out", tmp.resolve("x").toString(), "--engine", "spark");
        assertThat(s.exitCode()).isEqualTo(2);
        assertThat(s.err()).contains("--record and --runs-parquet are written on local threads only");
        assertThat(tmp.resolve("x")).doesNotExist();
    }

    /** The data files and every chart, byte for byte. */
    static void assertSameRun(Path expected, Path actual) throws IOException {
        for (String f : TABLES) {
            assertThat(Files.readString(actual.resolve(f))).as(f).isEqualTo(Files.readString(expected.resolve(f)));
        }
        List<Path> charts = charts(expected);
        assertThat(charts).isNotEmpty();
        assertThat(charts(actual)).containsExactlyElementsOf(charts);
        for (Path c : charts) {
            assertThat(Files.readAllBytes(actual.resolve(c))).as(c.toString()).isEqualTo(Files.readAllBytes(expected.resolve(c)));
        }
    }

    private static List<Path> charts(Path run) throws IOException {
        try (Stream<Path> s = Files.walk(run.resolve("charts"))) {
            return s.filter(Files::isRegularFile).map(run::relativize).sorted().toList();
        }
    }
}
