package brink.cli;

import brink.results.ResultsFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integrity on read: every damaged folder the tester fed to compare (a truncated or header-only
 * runs.csv, NaN in a cell, a daily.csv line deleted or repeated, rungs.csv saying 0 runs, a
 * manifest saying 999 runs, binary bytes, crossed > runs, one number changed but well formed)
 * is refused by compare, by {@code brink report} and by {@code brink trace DIR} with exit 2, one
 * message naming the file and what does not match, and nothing written anywhere. The opt-in
 * Parquet tables and events.log are recorded and checked like the CSVs.
 */
class DamagedResultsTest {
    private static final String BASELINE = "scenarios/baseline.yaml";

    @TempDir
    static Path tmp;
    static Path good;

    @BeforeAll
    static void runOnce() {
        good = tmp.resolve("good");
        CliRunner.Result r = CliRunner.run("run", BASELINE, "--runs", "40", "--days", "20", "--seed", "3", "--out", good.toString(), "--quiet",
                "--runs-parquet", "--record", "escalation_level", "--sample-runs", "5");
        assertThat(r.exitCode()).as(r.toString()).isZero();
    }

    /** Damage → the file the message must name. */
    static Map<String, Damage> damages() {
        Map<String, Damage> d = new LinkedHashMap<>();
        d.put("runs.csv truncated at a line", new Damage("runs.csv", dir -> lines(dir, "runs.csv", l -> l.subList(0, 20))));
        d.put("runs.csv only its header", new Damage("runs.csv", dir -> lines(dir, "runs.csv", l -> l.subList(0, 1))));
        d.put("NaN in a cell", new Damage("runs.csv", dir -> lines(dir, "runs.csv", l -> set(l, 5, l.get(5).replaceFirst(",[0-9.E-]+,", ",NaN,")))));
        d.put("daily.csv line deleted", new Damage("daily.csv", dir -> lines(dir, "daily.csv", l -> { l.remove(7); return l; })));
        d.put("daily.csv line repeated", new Damage("daily.csv", dir -> lines(dir, "daily.csv", l -> { l.add(7, l.get(7)); return l; })));
        d.put("rungs.csv says 0 runs", new Damage("rungs.csv", dir -> lines(dir, "rungs.csv", l -> set(l, 3, l.get(3).replace(",40,", ",0,")))));
        d.put("crossed > runs", new Damage("rungs.csv", dir -> lines(dir, "rungs.csv", l -> set(l, 1, l.get(1).replaceFirst(",[0-9]+,40,", ",99,40,")))));
        d.put("manifest says 999 runs", new Damage("manifest.json", dir -> text(dir, "manifest.json", t -> t.replace("\"runs\" : 40", "\"runs\" : 999"))));
        d.put("binary bytes in runs.csv", new Damage("runs.csv", dir -> {
            byte[] b = Files.readAllBytes(dir.resolve("runs.csv"));
            for (int i = 2000; i < 2010; i++) b[i] = (byte) 0xC3;
            Files.write(dir.resolve("runs.csv"), b);
        }));
        d.put("one digit changed, same size, still well formed", new Damage("runs.csv", dir -> lines(dir, "runs.csv",
                l -> set(l, 9, otherDigit(l.get(9))))));
        d.put("runs.parquet one byte changed", new Damage("runs.parquet", dir -> {
            byte[] b = Files.readAllBytes(dir.resolve("runs.parquet"));
            b[b.length / 2] ^= 1;
            Files.write(dir.resolve("runs.parquet"), b);
        }));
        d.put("series.parquet truncated", new Damage("series.parquet", dir -> {
            byte[] b = Files.readAllBytes(dir.resolve("series.parquet"));
            Files.write(dir.resolve("series.parquet"), java.util.Arrays.copyOf(b, b.length - 100));
        }));
        d.put("events.log edited", new Damage("events.log", dir -> text(dir, "events.log", t -> t.replaceFirst("run ", "run 1"))));
        d.put("a file missing", new Damage("daily.csv", dir -> Files.delete(dir.resolve("daily.csv"))));
        d.put("manifest not JSON", new Damage("manifest.json", dir -> text(dir, "manifest.json", t -> t.substring(0, t.length() / 2))));
        d.put("manifest without file records", new Damage("manifest.json",
                dir -> {
                    var json = new com.fasterxml.jackson.databind.ObjectMapper();
                    var m = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(dir.resolve("manifest.json").toFile());
                    m.remove("files");
                    Files.writeString(dir.resolve("manifest.json"), json.writeValueAsString(m));
                }));
        return d;
    }

    record Damage(String file, Io damage) {}

    @FunctionalInterface
    interface Io {
        void apply(Path dir) throws Exception;
    }

    @Test
    void compareRefusesEveryDamagedFolderAndWritesNothing() throws Exception {
        for (Map.Entry<String, Damage> c : damages().entrySet()) {
            Path bad = copy(good, tmp.resolve("bad-" + c.getKey().replaceAll("\\W+", "-")));
            c.getValue().damage().apply(bad);
            List<String> before = CliRunner.snapshot(bad);
            Path out = tmp.resolve("cmp-" + c.getKey().replaceAll("\\W+", "-"));
            CliRunner.Result r = CliRunner.run("compare", good.toString(), bad.toString(), "--out", out.toString());
            assertThat(r.exitCode()).as(c.getKey() + ": " + r).isEqualTo(BrinkCli.BAD_INPUT);
            assertThat(r.err()).as(c.getKey()).startsWith("brink: ").contains(c.getValue().file()).hasLineCount(1)
                    .doesNotContain("Exception", "internal error");
            assertThat(out).as(c.getKey() + ": nothing written").doesNotExist();
            assertThat(CliRunner.snapshot(bad)).as(c.getKey() + ": the input untouched").isEqualTo(before);

            // the report written again checks the folder first too, and writes nothing into it
            CliRunner.Result report = CliRunner.run("report", bad.toString());
            assertThat(report.exitCode()).as(c.getKey() + ": " + report).isEqualTo(BrinkCli.BAD_INPUT);
            assertThat(CliRunner.snapshot(bad)).as(c.getKey() + ": report wrote nothing").isEqualTo(before);

            // and so does the trace of one of its runs
            CliRunner.Result trace = CliRunner.run("trace", bad.toString(), "--replication", "2");
            assertThat(trace.exitCode()).as(c.getKey() + ": " + trace).isEqualTo(BrinkCli.BAD_INPUT);
            assertThat(trace.err()).as(c.getKey()).startsWith("brink: ").contains(c.getValue().file()).hasLineCount(1);
            assertThat(trace.out()).as(c.getKey() + ": no story of a damaged folder").isEmpty();
        }
    }

    @Test
    void aWholeFolderIsComparedAndItsReportWrittenAgain() throws Exception {
        Path copy = copy(good, tmp.resolve("whole"));
        CliRunner.Result r = CliRunner.run("compare", good.toString(), copy.toString(), "--out", tmp.resolve("cmp-whole").toString());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        CliRunner.Result trace = CliRunner.run("trace", copy.toString(), "--replication", "2");
        assertThat(trace.exitCode()).as(trace.toString()).isZero();
        assertThat(trace.out()).contains("replication 2");
        byte[] before = Files.readAllBytes(copy.resolve("report.html"));
        Files.delete(copy.resolve("report.html"));
        // a report deleted is damage too (recorded, missing), so it is refused until the folder is whole:
        assertThat(CliRunner.run("report", copy.toString()).exitCode()).isEqualTo(BrinkCli.BAD_INPUT);
        Files.write(copy.resolve("report.html"), before);
        CliRunner.Result again = CliRunner.run("report", copy.toString());
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(copy.resolve(ResultsFolder.MARKER)).doesNotExist();
        assertThat(CliRunner.run("compare", good.toString(), copy.toString(), "--out", tmp.resolve("cmp-again").toString()).exitCode()).isZero();
    }

    static void lines(Path dir, String file, java.util.function.UnaryOperator<List<String>> edit) throws Exception {
        List<String> l = new ArrayList<>(Files.readAllLines(dir.resolve(file)));
        Files.write(dir.resolve(file), edit.apply(l), StandardCharsets.UTF_8);
    }

    static void text(Path dir, String file, java.util.function.UnaryOperator<String> edit) throws Exception {
        Files.writeString(dir.resolve(file), edit.apply(Files.readString(dir.resolve(file))));
    }

    /** The line with its last digit replaced by another: the same size, still numbers. */
    static String otherDigit(String line) {
        for (int i = line.length() - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if (Character.isDigit(c)) return line.substring(0, i) + (char) ('0' + (c - '0' + 1) % 10) + line.substring(i + 1);
        }
        throw new IllegalArgumentException(line);
    }

    static List<String> set(List<String> l, int i, String v) {
        l.set(i, v);
        return l;
    }

    static Path copy(Path from, Path to) throws Exception {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.collect(Collectors.toList())) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
        return to;
    }
}
