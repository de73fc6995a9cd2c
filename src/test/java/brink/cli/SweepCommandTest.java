package brink.cli;

import brink.experiment.sweep.SweepFixtures;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code brink sweep} end to end through the CLI, in a temporary folder. */
class SweepCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter err = new StringWriter();
    private final StringWriter out = new StringWriter();

    private int brink(String... args) {
        CommandLine cl = BrinkCli.commandLine();
        cl.setErr(new PrintWriter(err, true));
        cl.setOut(new PrintWriter(out, true));
        return cl.execute(args);
    }

    private void scenarios() throws Exception {
        SweepFixtures.scenarios(tmp, 30);
    }

    private static final String GOOD = """
            scenario: short.yaml
            seed: 7
            replications: 3
            design: {type: grid, points_per_factor: 3}
            factors:
              - {path: actors.north_korea.troops, min: 0, max: 60000}
              - {path: triggers.us_lifts_if_nk_in_ukraine.probability, min: 0.2, max: 1}
            outcomes:
              - {kind: probability, rung: strike_restrictions_lifted, within_days: 30}
            """;

    @Test
    void sizesFromTheCommandLineAreRunAndRecordedAndTheTopFactorsPrinted() throws Exception {
        scenarios();
        Path f = Files.writeString(tmp.resolve("g.yaml"), GOOD);
        Path dir = tmp.resolve("out");
        int code = brink("sweep", f.toString(), "--out", dir.toString(), "--quiet", "--replications", "2", "--points", "4");
        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readAllLines(dir.resolve("points.csv"))).hasSize(1 + 16); // 4 x 4 points, not the file's 3 x 3
        String manifest = Files.readString(dir.resolve("sweep.json"));
        assertThat(manifest).contains("\"replications\" : 2", "\"points_per_factor\" : 4");
        assertThat(out.toString()).contains("Top factors per outcome", "p_strike_restrictions_lifted_30d",
                "actors.north_korea.troops", "triggers.us_lifts_if_nk_in_ukraine.probability");
        // the report opens with the tornado charts, before the detail
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html.indexOf("tornado_p_strike_restrictions_lifted_30d")).isPositive().isLessThan(html.indexOf("<h2>Factors</h2>"));
    }

    @Test
    void aSizeOutOfRangeIsABadInput() throws Exception {
        scenarios();
        Path f = Files.writeString(tmp.resolve("g.yaml"), GOOD);
        assertThat(brink("sweep", f.toString(), "--out", tmp.resolve("o").toString(), "--replications", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--replications: value 0");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void validateChecksSweepFilesAsTheSweepWould() throws Exception {
        scenarios();
        Path good = Files.writeString(tmp.resolve("g.yaml"), GOOD);
        Path bad = Files.writeString(tmp.resolve("b.yaml"), GOOD.replace("replications: 3", "replications: 0"));
        assertThat(brink("validate", good.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("OK", "sweep g: grid design, 9 points x 3 replications");
        assertThat(brink("validate", bad.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("b.yaml: replications: value 0");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown path|actors.north_korea.troops, min: 0|actors.north_korea.trops, min: 0|factors[0].path|'actors.north_korea.trops'|did you mean actors.north_korea.troops",
            "range outside allowed|max: 60000}|max: 900000}|factors[0].max|900000|a number from 0 to 200000",
            "probability above 1|min: 0.2, max: 1}|min: 0.2, max: 1.5}|factors[1].max|1.5|a number from 0 to 1",
            "grid without levels|{type: grid, points_per_factor: 3}|{type: grid}|design.points_per_factor|missing|points_per_factor",
            "sobol without base samples|{type: grid, points_per_factor: 3}|{type: sobol}|design.base_samples|missing|base_samples",
            "morris without levels|{type: grid, points_per_factor: 3}|{type: morris, trajectories: 4}|design.levels|missing|even whole number",
            "odd morris levels|{type: grid, points_per_factor: 3}|{type: morris, trajectories: 4, levels: 3}|design.levels|3|even number",
            "option of another design|{type: grid, points_per_factor: 3}|{type: lhs, points: 5, base_samples: 3}|design.base_samples|not an option|allowed: points, type",
            "unknown design|{type: grid, points_per_factor: 3}|{type: factorial}|design.type|'factorial'|grid, lhs, sobol, morris",
            "unknown outcome kind|kind: probability|kind: quantile|outcomes[0].kind|'quantile'|probability, median, median_day, mean",
            "unknown rung|rung: strike_restrictions_lifted|rung: world_war|outcomes[0].rung|'world_war'|nato_russia_clash",
            "unknown metric|{kind: probability, rung: strike_restrictions_lifted, within_days: 30}|{kind: median, metric: gdp}|outcomes[0].metric|'gdp'|russian_casualties",
            "zero replications|replications: 3|replications: 0|replications|0|a whole number from 1",
            "within_days past horizon|within_days: 30|within_days: 400|outcomes[0].within_days|400|from 1 to 30",
            "missing scenario file|scenario: short.yaml|scenario: nowhere.yaml|scenario|'nowhere.yaml'|no such file",
    })
    void badSweepFilesExitWith2NameFileFieldAndAllowedAndWriteNothing(String name, String from, String to,
                                                                       String field, String value, String allowed) throws Exception {
        scenarios();
        assertThat(GOOD).contains(from);
        Path file = tmp.resolve("bad.yaml");
        Files.writeString(file, GOOD.replace(from, to));
        Path outDir = tmp.resolve("out");
        int code = brink("sweep", file.toString(), "--out", outDir.toString(), "--quiet");
        String msg = err.toString();
        assertThat(code).as(msg).isEqualTo(2);
        assertThat(msg).contains("bad.yaml").contains(field).contains(value).contains(allowed)
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(msg.lines().count()).isEqualTo(1);
        assertThat(outDir).doesNotExist();
    }

    @Test
    void anExistingNonEmptyOutputFolderIsRefusedWithoutResumeOrForce() throws Exception {
        scenarios();
        Path file = Files.writeString(tmp.resolve("good.yaml"), GOOD);
        Path outDir = Files.createDirectories(tmp.resolve("out"));
        Files.writeString(outDir.resolve("notes.txt"), "mine");
        assertThat(brink("sweep", file.toString(), "--out", outDir.toString(), "--quiet")).isEqualTo(2);
        assertThat(err.toString()).contains("not empty").contains("--resume").contains("--force");
        try (Stream<Path> s = Files.list(outDir)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("notes.txt");
        }
        // --force replaces only a Brink folder: a folder of someone's notes is never touched
        assertThat(brink("sweep", file.toString(), "--out", outDir.toString(), "--quiet", "--force")).isEqualTo(2);
        assertThat(err.toString()).contains("not a Brink folder");
        try (Stream<Path> s = Files.list(outDir)) {
            assertThat(s.map(p -> p.getFileName().toString()).toList()).containsExactly("notes.txt");
        }
    }

    @Test
    void gridSweepWritesPointsSensitivityManifestChartsAndReport() throws Exception {
        scenarios();
        Path file = Files.writeString(tmp.resolve("good.yaml"), GOOD);
        Path outDir = tmp.resolve("out");
        assertThat(brink("sweep", file.toString(), "--out", outDir.toString(), "--quiet", "--threads", "2")).as(err.toString()).isEqualTo(0);
        assertThat(Files.readAllLines(outDir.resolve("points.csv"))).hasSize(10)
                .first().isEqualTo("point,actors.north_korea.troops,triggers.us_lifts_if_nk_in_ukraine.probability,"
                        + "p_strike_restrictions_lifted_30d,p_strike_restrictions_lifted_30d_ci_low,p_strike_restrictions_lifted_30d_ci_high,"
                        + "row_crc32c");
        assertThat(Files.readAllLines(outDir.resolve("sensitivity.csv"))).hasSize(3);
        assertThat(Files.readString(outDir.resolve("sweep.json"))).contains("\"fingerprint\"").contains("\"design\" : \"grid\"")
                .contains("\"resolved\"");
        assertThat(outDir.resolve("INCOMPLETE")).doesNotExist();
        assertThat(outDir.resolve("charts/heatmap_p_strike_restrictions_lifted_30d.png")).exists();
        assertThat(outDir.resolve("charts/heatmap_p_strike_restrictions_lifted_30d.svg")).exists();
        assertThat(Files.readString(outDir.resolve("report.html"))).contains("data:image/png;base64,").contains("Heatmap");
        // --quiet silences the progress, not the summary of where the files went
        assertThat(out.toString()).contains("9 points done").contains("wrote " + outDir);
    }

    @Test
    void sobolAndMorrisSweepsWriteTheirIndicesAndCharts() throws Exception {
        scenarios();
        String factors = """
                scenario: short.yaml
                seed: 3
                replications: 2
                factors:
                  - {path: actors.nato.red_line.strike_restrictions_lifted, min: 0.6, max: 2.0}
                  - {path: actors.north_korea.red_line.nk_combat_in_kursk, min: 0.5, max: 2.0}
                  - {path: decision.inertia, min: 2, max: 8}
                outcomes:
                  - {kind: probability, rung: strike_restrictions_lifted}
                  - {kind: mean, metric: russian_casualties}
                """;
        Path sobol = Files.writeString(tmp.resolve("sobol.yaml"), factors + "design: {type: sobol, base_samples: 8}\n");
        Path morris = Files.writeString(tmp.resolve("morris.yaml"), factors + "design: {type: morris, trajectories: 3, levels: 4}\n");
        assertThat(brink("sweep", sobol.toString(), "--out", tmp.resolve("s").toString(), "--quiet")).as(err.toString()).isEqualTo(0);
        assertThat(brink("sweep", morris.toString(), "--out", tmp.resolve("m").toString(), "--quiet")).as(err.toString()).isEqualTo(0);
        assertThat(Files.readAllLines(tmp.resolve("s/points.csv"))).hasSize(1 + 8 * 5);
        List<String> s = Files.readAllLines(tmp.resolve("s/sensitivity.csv"));
        assertThat(s).hasSize(1 + 2 * 3 * 2).anyMatch(l -> l.contains(",S1,")).anyMatch(l -> l.contains(",ST,"));
        assertThat(tmp.resolve("s/charts/sobol_mean_russian_casualties.svg")).exists();
        assertThat(Files.readAllLines(tmp.resolve("m/points.csv"))).hasSize(1 + 3 * 4);
        assertThat(Files.readAllLines(tmp.resolve("m/sensitivity.csv"))).hasSize(1 + 2 * 3 * 3).anyMatch(l -> l.contains(",mu_star,"));
        assertThat(tmp.resolve("m/charts/morris_p_strike_restrictions_lifted_30d.png")).exists();
    }

    @Test
    void zeroThreadsIsBadInput() throws Exception {
        scenarios();
        Path file = Files.writeString(tmp.resolve("good.yaml"), GOOD);
        assertThat(brink("sweep", file.toString(), "--out", tmp.resolve("o").toString(), "--threads", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--threads").contains("1 or more");
        assertThat(tmp.resolve("o")).doesNotExist();
    }

    @Test
    void withoutATerminalProgressIsPlainLinesAndQuietSilencesIt() throws Exception {
        scenarios();
        Path file = Files.writeString(tmp.resolve("good.yaml"), GOOD);
        java.io.PrintStream saved = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true));
        try {
            assertThat(brink("sweep", file.toString(), "--out", tmp.resolve("o").toString(), "--threads", "1")).isZero();
        } finally {
            System.setErr(saved);
        }
        assertThat(captured.toString()).contains("sweep: 9/9 points (100%)");
        assertThat(out.toString()).contains("9 points done");
    }

    @Test
    void helpDocumentsExitCode3() {
        assertThat(brink("sweep", "--help")).isEqualTo(0);
        assertThat(out.toString()).contains("Usage: brink sweep", "Examples:", "brink sweep scenarios/sweeps/",
                "finished with failures", "130", "--resume");
    }
}
