package brink.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The driver of a Spark sweep is killed (SIGKILL, a JVM of its own) mid-sweep; --resume on the
 * local engine finishes the folder, byte for byte the sweep run straight through on local threads.
 * points.csv is the checkpoint whatever engine wrote it.
 */
class SparkDriverKillTest {
    @TempDir Path tmp;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // a guard against a hung cluster, not a measurement
    void aKilledSparkDriverResumesOnLocalThreadsToTheSameBytes() throws Exception {
        Path grid = Sweeps.grid(tmp, 16, 30);
        Sweeps.Result straight = Sweeps.brink("sweep", grid.toString(), "--out", tmp.resolve("local").toString(), "--quiet");
        assertThat(straight.exitCode()).as(straight.toString()).isZero();

        Path out = tmp.resolve("killed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the killed driver cannot clean up: its temporary folders (Spark's included) go in the test's
        Path driverTmp = Files.createDirectories(tmp.resolve("driver-tmp"));
        Process driver = new ProcessBuilder(java, "-XX:-UsePerfData", "-Djava.io.tmpdir=" + driverTmp, "-cp", System.getProperty("java.class.path"), "brink.cli.BrinkCli",
                "sweep", grid.toString(), "--out", out.toString(), "--quiet",
                "--engine", "spark", "--master", "local[2]", "--points-per-task", "1")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("driver.log").toFile()).start();
        long rowsAtKill;
        try {
            while (Sweeps.rows(out) < 3 && driver.isAlive()) Thread.sleep(20);
            rowsAtKill = Sweeps.rows(out);
            driver.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            driver.destroyForcibly();
            assertThat(driver.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            driver.destroyForcibly();
        }
        assertThat(rowsAtKill).as(Files.readString(tmp.resolve("driver.log"))).isBetween(3L, 47L);
        assertThat(out.resolve("INCOMPLETE")).exists();

        Sweeps.Result resumed = Sweeps.brink("sweep", grid.toString(), "--out", out.toString(), "--resume", "--quiet");
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.out()).containsPattern("48 points done \\(\\d+ computed now, \\d+ kept from before\\)");
        assertThat(resumed.out()).doesNotContain(" 0 kept from before");
        Sweeps.assertSameOutputs(tmp.resolve("local"), out, true);
    }
}
