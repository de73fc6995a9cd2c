package brink.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Spark standalone cluster on 127.0.0.1 for tests: a Master and Workers, each a JVM of its
 * own started from the build's target/spark-jars/ alone (as scripts/loopback-cluster.sh does),
 * on ports the OS chooses (port 0; the Master's is read from its log). Everything it started, the
 * executors the Workers launched included, is killed on close, also when a test failed.
 */
final class LoopbackCluster implements AutoCloseable {
    private static final Pattern MASTER_URL = Pattern.compile("Starting Spark master at (spark://\\S+)");
    private static final long START_MILLIS = 120_000;

    private final Path dir;
    private final List<Process> processes = new ArrayList<>();
    private final List<Process> workers = new ArrayList<>();
    private String masterUrl;

    private LoopbackCluster(Path dir) {
        this.dir = dir;
    }

    /** Starts a Master and {@code workers} Workers of one core each; returns when all Workers are registered. */
    static LoopbackCluster start(Path dir, int workers) throws IOException, InterruptedException {
        LoopbackCluster c = new LoopbackCluster(dir);
        try {
            c.startAll(workers);
            return c;
        } catch (IOException | InterruptedException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private void startAll(int workerCount) throws IOException, InterruptedException {
        // SPARK_HOME/jars is what a Worker puts on its executors' class path
        Path home = Files.createDirectories(dir.resolve("spark-home"));
        Files.createSymbolicLink(home.resolve("jars"), sparkJars());
        Process master = launch("master", home, "org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", "0", "--webui-port", "0");
        masterUrl = await(dir.resolve("master.log"), MASTER_URL, master).group(1);
        for (int i = 0; i < workerCount; i++) {
            Path work = Files.createDirectories(dir.resolve("work-" + i));
            workers.add(launch("worker-" + i, home, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                    "--port", "0", "--webui-port", "0", "--cores", "1", "--memory", "1g", "--work-dir", work.toString(), masterUrl));
        }
        for (int i = 0; i < workerCount; i++) {
            await(dir.resolve("worker-" + i + ".log"), Pattern.compile("Successfully registered with master"), workers.get(i));
        }
    }

    static Path sparkJars() {
        Path jars = Path.of("target", "spark-jars").toAbsolutePath();
        if (!Files.isDirectory(jars)) throw new IllegalStateException(jars + " is missing: the build copies Spark's jars there");
        return jars;
    }

    private Process launch(String name, Path home, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:-UsePerfData", "-Djava.io.tmpdir=" + tmpDir(), "-cp", sparkJars() + "/*", mainClass));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        // without it a Worker cannot build its executors' command and relaunches failing executors forever
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_DIRS", Files.createDirectories(dir.resolve("local-" + name)).toString());
        pb.environment().put("SPARK_LOG_DIR", dir.toString());
        pb.environment().remove("SPARK_CONF_DIR");
        Process p = pb.start();
        processes.add(p);
        return p;
    }

    private static Matcher await(Path log, Pattern line, Process p) throws IOException, InterruptedException {
        long end = System.currentTimeMillis() + START_MILLIS;
        while (System.currentTimeMillis() < end) {
            if (Files.exists(log)) {
                Matcher m = line.matcher(Files.readString(log));
                if (m.find()) return m;
            }
            if (!p.isAlive()) throw new IllegalStateException(log + ": the process ended:\n" + Files.readString(log));
            Thread.sleep(200);
        }
        throw new IllegalStateException(log + ": not ready after " + START_MILLIS / 1000 + " s:\n" + Files.readString(log));
    }

    String masterUrl() { return masterUrl; }

    /**
     * The temporary folder of every JVM of the cluster, executors included (see {@link #executorOptions()}): in
     * the test's own, since a JVM killed with SIGKILL does not delete its files.
     */
    Path tmpDir() throws IOException {
        return Files.createDirectories(dir.resolve("tmp"));
    }

    /** spark.executor.extraJavaOptions for the driver's configuration. */
    String executorOptions() throws IOException {
        return "-XX:-UsePerfData -Djava.io.tmpdir=" + tmpDir();
    }

    /** The executor JVMs the Workers run now. */
    List<ProcessHandle> executors() {
        List<ProcessHandle> found = new ArrayList<>();
        for (Process w : workers) w.toHandle().children().filter(ProcessHandle::isAlive).forEach(found::add);
        return found;
    }

    @Override
    public void close() {
        for (Process p : processes) p.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
        for (Process p : processes) p.destroyForcibly();
        for (Process p : processes) {
            try {
                p.waitFor(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
