package brink.cli;

import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code brink calibrate} end to end in a temporary folder on a small targets file of the
 * baseline: every output is written, the folder is complete, the fitted scenario loads and
 * names the command in its provenance, the same seed gives the same posterior at 1 and 3
 * threads, {@code brink validate} accepts the file, and a bad targets file is refused with one
 * precise message, exit 2 and nothing written.
 */
class CalibrateCommandTest {
    @TempDir
    Path dir;

    static final String TARGETS = """
            name: tiny
            scenario: baseline.yaml
            seed: 3
            abc: {particles: 12, populations: 3, replications: 4, quantile: 0.5}
            parameters:
              - path: actors.nato.red_line.strike_restrictions_lifted
                prior: {dist: uniform, min: 0.6, max: 1.6, assumption: "test prior"}
              - path: front.russian_daily_casualties
            targets:
              - id: lifted
                statistic: probability
                rung: strike_restrictions_lifted
                to_day: 30
                observed: {min: 0.2, max: 0.6}
                scale: 0.1
                source: 003_80b3058face6d8d5.txt
                quote: "The possibility for restrictions on long-range missiles to be lifted remains likely"
              - id: rate
                statistic: mean
                metric: russian_daily_casualties
                from_day: 1
                to_day: 10
                observed: 1000
                scale: 20
                assumption: "modelling assumption: interpretation of 'around 1,000' (001)"
            """;

    private Path targets(String text) throws Exception {
        if (!Files.exists(dir.resolve("baseline.yaml"))) CliRunner.copyBaseline(dir);
        return Files.writeString(dir.resolve("targets.yaml"), text);
    }

    @Test
    void writesTheWholeFolderAndAFittedScenarioThatExtendsTheBase() throws Exception {
        Path file = targets(TARGETS);
        Path out = dir.resolve("out");
        CliRunner.Result r = CliRunner.run("calibrate", file.toString(), "--out", out.toString(), "--threads", "2");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).contains("population 0 (1 of 3)", "tolerance", "acceptance", "ESS");
        assertThat(r.out()).contains("Posterior (population", "actors.nato.red_line.strike_restrictions_lifted");
        for (String f : List.of("posterior.csv", "populations/population-0.csv", "populations.csv", "parameters.csv", "targets.csv",
                "fitted.yaml", "calibration.json", "report.html", "charts/posterior-0.png", "charts/target-lifted.svg")) {
            assertThat(out.resolve(f)).as(f).exists();
        }
        assertThat(out.resolve("INCOMPLETE")).doesNotExist();
        assertThat(Files.readString(out.resolve("calibration.json"))).contains("\"status\" : \"complete\"", "\"files\"", "posterior.csv");
        assertThat(Files.readString(out.resolve("posterior.csv")).lines().count()).isEqualTo(13);

        // the fitted what-if loads, extends the base, and says where its values come from
        Scenario fitted = new ScenarioLoader().load(out.resolve("fitted.yaml"));
        assertThat(fitted.chain()).hasSize(2);
        String why = fitted.parameter(fitted.catalog().find("actors.nato.red_line.strike_restrictions_lifted").orElseThrow().key())
                .provenance().describe();
        assertThat(why).contains("calibrated", "targets.yaml", "brink calibrate", "--seed 3", "prior uniform(0.6, 1.6)");
        assertThat(CliRunner.run("validate", out.resolve("fitted.yaml").toString(), file.toString()).exitCode()).isZero();
    }

    @Test
    void theSameSeedGivesTheSamePosteriorAtAnyThreadCount() throws Exception {
        Path file = targets(TARGETS);
        Path one = dir.resolve("one"), three = dir.resolve("three");
        assertThat(CliRunner.run("calibrate", file.toString(), "--out", one.toString(), "--threads", "1", "--quiet").exitCode()).isZero();
        assertThat(CliRunner.run("calibrate", file.toString(), "--out", three.toString(), "--threads", "3", "--quiet").exitCode()).isZero();
        for (String f : List.of("posterior.csv", "populations/population-1.csv", "populations.csv", "parameters.csv", "targets.csv", "fitted.yaml")) {
            assertThat(Files.readAllBytes(three.resolve(f))).as(f).isEqualTo(Files.readAllBytes(one.resolve(f)));
        }
    }

    @Test
    void resumingACompleteFolderKeepsEveryPopulationAndAnotherSeedIsRefused() throws Exception {
        Path file = targets(TARGETS);
        Path out = dir.resolve("out");
        assertThat(CliRunner.run("calibrate", file.toString(), "--out", out.toString(), "--quiet").exitCode()).isZero();
        byte[] before = Files.readAllBytes(out.resolve("posterior.csv"));
        CliRunner.Result again = CliRunner.run("calibrate", file.toString(), "--out", out.toString(), "--resume");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("0 computed now, 3 kept from before");
        assertThat(Files.readAllBytes(out.resolve("posterior.csv"))).isEqualTo(before);
        CliRunner.Result other = CliRunner.run("calibrate", file.toString(), "--out", out.toString(), "--resume", "--seed", "4");
        assertThat(other.exitCode()).isEqualTo(2);
        assertThat(other.err()).contains("calibration.json", "different calibration");
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("unknown key", TARGETS.replace("seed: 3", "seed: 3\ncolour: red"), List.of("colour", "unknown key", "allowed here")),
                Arguments.of("mistyped key", TARGETS.replace("seed: 3", "sed: 3"), List.of("unknown key 'sed' (did you mean 'seed'?)", "allowed here")),
                Arguments.of("text for a number", TARGETS.replace("scale: 20", "scale: \"20\""), List.of("targets[1].scale", "'20'", "allowed: a number")),
                Arguments.of("fraction for a whole number", TARGETS.replace("to_day: 30", "to_day: 30.5"), List.of("targets[0].to_day", "30.5", "whole number")),
                Arguments.of("unknown parameter", TARGETS.replace("front.russian_daily_casualties", "front.russian_daily_casualty"),
                        List.of("parameters[1].path", "'front.russian_daily_casualty'", "unknown parameter")),
                Arguments.of("fixed prior", TARGETS.replace("- path: front.russian_daily_casualties", "- path: decision.inertia"),
                        List.of("parameters[1].prior", "decision.inertia", "not a continuous distribution")),
                Arguments.of("prior outside the range", TARGETS.replace("min: 0.6, max: 1.6", "min: -1, max: 1.6"),
                        List.of("parameters[0].prior", "uniform(-1, 1.6)", "allowed")),
                Arguments.of("unknown rung", TARGETS.replace("rung: strike_restrictions_lifted", "rung: strike_restriction_lifted"),
                        List.of("targets[0].rung", "'strike_restriction_lifted'", "unknown rung", "nk_combat_in_kursk")),
                Arguments.of("probability above 1", TARGETS.replace("{min: 0.2, max: 0.6}", "{min: 0.2, max: 1.6}"),
                        List.of("targets[0].observed", "probabilities from 0 to 1")),
                Arguments.of("no source", TARGETS.replace("    assumption: \"modelling assumption: interpretation of 'around 1,000' (001)\"\n", ""),
                        List.of("targets[1]", "source + a short exact quote", "assumption: interpretation")),
                Arguments.of("day beyond the horizon", TARGETS.replace("to_day: 30", "to_day: 400"), List.of("targets[0].to_day", "400", "horizon 365")),
                Arguments.of("a date before day 0", TARGETS.replace("to_day: 30", "to_date: \"2024-10-01\""),
                        List.of("targets[0].to_date", "'2024-10-01'", "from 2024-10-28 (day 0)", "does not run before day 0")),
                Arguments.of("a day and a date", TARGETS.replace("to_day: 30", "to_day: 30\n    to_date: \"2024-11-27\""),
                        List.of("targets[0].to_date", "give either to_day or to_date")),
                Arguments.of("not a date", TARGETS.replace("to_day: 30", "to_date: \"27 November\""),
                        List.of("targets[0].to_date", "'27 November'", "YYYY-MM-DD")),
                Arguments.of("bad quantile", TARGETS.replace("quantile: 0.5", "quantile: 1.5"), List.of("abc.quantile", "1.5", "above 0 and below 1")),
                Arguments.of("two mistakes at once", TARGETS.replace("scale: 0.1", "scale: -1").replace("observed: 1000", "observed: many"),
                        List.of("2 mistakes", "targets[0].scale", "targets[1].observed")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aBadTargetsFileIsRefusedWithOnePreciseMessageAndNothingWritten(String name, String text, List<String> fragments) throws Exception {
        Path file = targets(text);
        Path out = dir.resolve("out");
        List<String> before = CliRunner.snapshot(dir);
        CliRunner.Result r = CliRunner.run("calibrate", file.toString(), "--out", out.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(2);
        assertThat(r.err()).startsWith("brink: ").contains("targets.yaml").contains(fragments).doesNotContain("Exception", "\tat ");
        assertThat(CliRunner.snapshot(dir)).isEqualTo(before);
        CliRunner.Result v = CliRunner.run("validate", file.toString());
        assertThat(v.exitCode()).isEqualTo(2);
        assertThat(v.err()).contains(fragments);
    }

    @Test
    void theShippedTargetsFilesAreValidAndCiteTheirArticlesExactly() throws Exception {
        CliRunner.Result r = CliRunner.run("validate", "scenarios/calibration/articles.yaml", "scenarios/calibration/example-china-presses.yaml");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("calibration articles on baseline");
        var spec = new brink.scenario.calibration.TargetsLoader().load(Path.of("scenarios/calibration/articles.yaml"));
        // a target's day may be a date: 28 October 2024 is the baseline's day 0
        assertThat(spec.targets().stream().filter(t -> t.id().equals("ru_stock_day0")).findFirst().orElseThrow().toDay()).isZero();
        for (var t : spec.targets()) {
            var p = t.provenance();
            assertThat(p.isSource() || p.assumption().startsWith("modelling assumption")).as(t.id()).isTrue();
            if (p.isSource()) {
                assertThat(Files.readString(Path.of("docs/sources", p.sourceFile()))).as(t.id()).contains(p.quote());
            }
        }
    }
}
