package brink.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * {@code brink} in a child JVM (the test's class path), for the cases that are about signals and
 * processes: SIGKILL, SIGINT, SIGTERM, two writers at once, a command run from another folder.
 */
final class ChildBrink implements AutoCloseable {
    final Process process;
    final Path stdout;
    final Path stderr;

    private ChildBrink(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /** Starts {@code brink args...} in {@code workDir}, its output into files in {@code logs}. */
    static ChildBrink start(Path workDir, Path logs, String name, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xshare:auto", "-cp", System.getProperty("java.class.path"), "brink.cli.BrinkCli"));
        cmd.addAll(List.of(args));
        Files.createDirectories(logs);
        Path out = logs.resolve(name + ".out"), err = logs.resolve(name + ".err");
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new ChildBrink(p, out, err);
    }

    /** Waits (up to two minutes, then fails) until the condition holds while the child runs. */
    void await(String what, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) throw new AssertionError("the child ended before " + what + ": " + err());
            if (System.nanoTime() > deadline) throw new AssertionError("gave up waiting for " + what + ": " + err());
            Thread.sleep(5);
        }
    }

    /** Sends a signal by name (INT, TERM) as a terminal or a service manager would. */
    void signal(String name) throws Exception {
        int code = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start().waitFor();
        if (code != 0) throw new AssertionError("kill -" + name + " failed");
    }

    void kill() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
        process.waitFor(60, TimeUnit.SECONDS);
    }

    /** The exit code, after waiting for the end (up to two minutes). */
    int exitCode() throws InterruptedException {
        if (!process.waitFor(120, TimeUnit.SECONDS)) throw new AssertionError("the child did not end");
        return process.exitValue();
    }

    String err() throws IOException { return Files.exists(stderr) ? Files.readString(stderr) : ""; }

    String out() throws IOException { return Files.exists(stdout) ? Files.readString(stdout) : ""; }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) kill();
    }
}
