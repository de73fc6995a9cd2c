package brink.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import picocli.CommandLine;

/** Runs the brink command line in-process and captures its exit code, stdout and stderr. */
public final class CliRunner {
    /** What one invocation left behind. */
    public record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
        }
    }

    private CliRunner() {}

    public static Result run(String... args) {
        CommandLine cl = BrinkCli.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Every file under a directory with its size and modification time, to prove nothing was written. */
    public static List<String> snapshot(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.sorted().map(p -> {
                try {
                    return dir.relativize(p) + " " + (Files.isDirectory(p) ? "dir" : Files.size(p) + " "
                            + Files.getLastModifiedTime(p).toMillis());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the shipped baseline into a directory, so test files there can {@code extends: baseline.yaml}. */
    public static Path copyBaseline(Path dir) throws IOException {
        return Files.copy(Path.of("scenarios/baseline.yaml"), dir.resolve("baseline.yaml"));
    }
}
