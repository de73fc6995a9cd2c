package brink.spark;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sweep (and a run) on a real standalone cluster on 127.0.0.1 (a Master and two Workers, separate JVMs), one
 * executor killed with SIGKILL mid-sweep: Spark computes its lost tasks again elsewhere, and the
 * folder is byte for byte the local one.
 */
class SparkClusterSweepTest {
    @TempDir Path tmp;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES) // a guard against a hung cluster, not a measurement
    void anExecutorKilledMidSweepChangesNoByte() throws Exception {
        Path grid = Sweeps.grid(tmp, 12, 40);
        Sweeps.Result local = Sweeps.brink("sweep", grid.toString(), "--out", tmp.resolve("local").toString(), "--quiet");
        assertThat(local.exitCode()).as(local.toString()).isZero();

        Path out = tmp.resolve("cluster");
        AtomicLong rowsAtKill = new AtomicLong(-1);
        try (LoopbackCluster cluster = LoopbackCluster.start(Files.createDirectories(tmp.resolve("spark")), 2)) {
            // the driver (this JVM) reads spark.* system properties into its configuration
            System.setProperty("spark.executor.extraJavaOptions", cluster.executorOptions());
            Thread killer = new Thread(() -> killOneExecutorAfter(cluster, out, 4, rowsAtKill), "executor-killer");
            killer.setDaemon(true);
            killer.start();
            Sweeps.Result spark;
            try {
                spark = Sweeps.brink("sweep", grid.toString(), "--out", out.toString(),
                        "--engine", "spark", "--master", cluster.masterUrl(), "--points-per-task", "1");
            } finally {
                System.clearProperty("spark.executor.extraJavaOptions");
                killer.interrupt();
                killer.join();
            }
            assertThat(spark.exitCode()).as(spark.toString()).isZero();
            // the console says how many executors had joined when the sweep started (both, unless one was slow to)
            assertThat(spark.err()).containsPattern("spark master " + java.util.regex.Pattern.quote(cluster.masterUrl()) + ", [12] executors?");

            // and brink run on the same cluster: its blocks come back in any order, its files are the local ones
            Path localRun = tmp.resolve("local-run"), clusterRun = tmp.resolve("cluster-run");
            String[] run = {"run", "scenarios/baseline.yaml", "--runs", "200", "--seed", "3", "--days", "120", "--quiet"};
            assertThat(Sweeps.brink(concat(run, "--out", localRun.toString())).exitCode()).isZero();
            System.setProperty("spark.executor.extraJavaOptions", cluster.executorOptions());
            try {
                Sweeps.Result r = Sweeps.brink(concat(run, "--out", clusterRun.toString(), "--engine", "spark",
                        "--master", cluster.masterUrl(), "--points-per-task", "1"));
                assertThat(r.exitCode()).as(r.toString()).isZero();
            } finally {
                System.clearProperty("spark.executor.extraJavaOptions");
            }
            SparkLocalRunTest.assertSameRun(localRun, clusterRun);
        }
        // the kill happened while points were still to be computed
        assertThat(rowsAtKill.get()).isBetween(4L, 35L);
        Sweeps.assertSameOutputs(tmp.resolve("local"), out);
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    /** Waits until points.csv has {@code rows} rows, then SIGKILLs one executor JVM. */
    private static void killOneExecutorAfter(LoopbackCluster cluster, Path out, int rows, AtomicLong rowsAtKill) {
        try {
            while (Sweeps.rows(out) < rows) Thread.sleep(20);
            List<ProcessHandle> executors = cluster.executors();
            if (executors.isEmpty()) return;
            rowsAtKill.set(Sweeps.rows(out));
            executors.get(0).destroyForcibly();
        } catch (InterruptedException e) {
            // the sweep ended first: rowsAtKill stays -1 and the test says so
        }
    }
}
