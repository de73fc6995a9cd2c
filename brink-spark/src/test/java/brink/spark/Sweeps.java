package brink.spark;

import brink.cli.BrinkCli;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Sweep files for the Spark tests, the command line in-process, and the byte-for-byte comparison of two folders. */
final class Sweeps {
    private Sweeps() {}

    /** What one in-process invocation left behind. */
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
        }
    }

    static Result brink(String... args) {
        CommandLine cl = BrinkCli.commandLine();
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /**
     * A grid sweep of {@code levels} x 3 points over the baseline with a 120-day horizon, in
     * {@code dir}; the scenario extends the baseline, so the shipped files are a chain of two.
     */
    static Path grid(Path dir, int levels, int replications) throws IOException {
        Files.copy(Path.of("scenarios/baseline.yaml"), dir.resolve("baseline.yaml"));
        Files.writeString(dir.resolve("short.yaml"), "extends: baseline.yaml\nname: short\nhorizon_days: 120\n");
        return Files.writeString(dir.resolve("grid.yaml"), """
                scenario: short.yaml
                seed: 42
                replications: %d
                design: {type: grid, points_per_factor: %d}
                factors:
                  - {path: actors.north_korea.troops, min: 0, max: 60000}
                  - {path: actors.nato.red_line.strike_restrictions_lifted, levels: [0.8, 1.2, 2.0]}
                outcomes:
                  - {kind: probability, rung: strike_restrictions_lifted, within_days: 60}
                  - {kind: median, metric: russian_casualties}
                  - {kind: median_day, rung: nk_combat_in_kursk}
                  - {kind: mean, metric: nk_defected}
                """.formatted(replications, levels));
    }

    /**
     * Every file of two sweep folders is the same, byte for byte (points.csv, failures.csv,
     * sensitivity.csv, the charts, report.html), but for the lock and sweep.json's engine line.
     */
    static void assertSameOutputs(Path expected, Path actual) throws IOException {
        assertSameOutputs(expected, actual, false);
    }

    /**
     * As {@link #assertSameOutputs(Path, Path)}; for a {@code resumed} folder, report.html's row that says how many
     * points were kept from the interrupted run (which a straight run cannot say) is left out of the comparison.
     */
    static void assertSameOutputs(Path expected, Path actual, boolean resumed) throws IOException {
        List<Path> files = files(expected);
        assertThat(files(actual)).containsExactlyElementsOf(files);
        assertThat(files).contains(Path.of("points.csv"), Path.of("sensitivity.csv"), Path.of("report.html"));
        for (Path f : files) {
            if (f.toString().equals("brink.lock")) continue;
            if (f.toString().equals("sweep.json")) {
                assertThat(manifest(actual.resolve(f), resumed)).as(f.toString()).isEqualTo(manifest(expected.resolve(f), resumed));
                continue;
            }
            if (f.toString().endsWith(".png")) {
                assertThat(Files.readAllBytes(actual.resolve(f))).as(f.toString()).isEqualTo(Files.readAllBytes(expected.resolve(f)));
            } else {
                // text: the same bytes, shown as lines when they differ
                assertThat(text(actual.resolve(f), resumed)).as(f.toString()).isEqualTo(text(expected.resolve(f), resumed));
            }
        }
    }

    private static String text(Path file, boolean resumed) throws IOException {
        String s = Files.readString(file);
        return resumed && file.getFileName().toString().equals("report.html")
                ? s.replaceFirst("<tr><th>finished points</th><td>[^<]*</td></tr>", "<tr><th>finished points</th><td>(resumed)</td></tr>") : s;
    }

    /** sweep.json's lines but the engine's (and, resumed, report.html's record, since report.html differs by its one row). */
    private static String manifest(Path sweepJson, boolean resumed) throws IOException {
        String s = Files.readString(sweepJson).replaceFirst("\n  \"engine\" : \"[^\"]*\",", "");
        return resumed ? s.replaceFirst("\"report.html\" : \\{[^}]*}", "\"report.html\" : (resumed)") : s;
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return new ArrayList<>(s.filter(Files::isRegularFile).map(dir::relativize).sorted().toList());
        }
    }

    /** Data rows in points.csv now (0 if it is not there yet). */
    static long rows(Path sweepDir) {
        try (Stream<String> lines = Files.lines(sweepDir.resolve("points.csv"))) {
            return Math.max(0, lines.count() - 1);
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }
}
