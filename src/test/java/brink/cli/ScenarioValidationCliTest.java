package brink.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every class of scenario mistake, end to end through {@code brink validate}: exit code 2, one
 * message naming the file, the field path, the value and what is allowed, no stack trace, and
 * nothing written. The broken files live in src/test/resources/bad-scenarios/.
 */
class ScenarioValidationCliTest {
    private static final List<String> BAD_FILES = List.of("unknown-key.yaml", "wrong-type.yaml", "out-of-range.yaml",
            "unknown-actor.yaml", "unknown-event.yaml", "unknown-rung-initial.yaml", "unknown-rung-trigger.yaml",
            "dist-min-above-max.yaml", "dist-negative-sd.yaml", "dist-unknown-kind.yaml",
            "dist-triangular-mode-outside.yaml", "cyclic-a.yaml", "cyclic-b.yaml", "missing-base.yaml",
            "broken-yaml.yaml", "nan-then-broken-yaml.yaml", "duplicate-key.yaml", "event-beyond-horizon.yaml", "bad-date.yaml",
            "date-before-start.yaml", "java-type-tag.yaml", "java-type-tag-scalar.yaml", "mistyped-value.yaml");

    @TempDir
    Path dir;

    static Stream<Arguments> mistakes() {
        return Stream.of(
                Arguments.of("unknown-key.yaml", List.of("actors.russia.resolv", "unknown key 'resolv' (did you mean 'resolve'?)", "allowed here:", "resolve, risk_aversion")),
                Arguments.of("mistyped-value.yaml", List.of("actors.russia.resolve.vale", "unknown key 'vale' (did you mean 'value'?)")),
                Arguments.of("wrong-type.yaml", List.of("actors.russia.resolve", "'high'", "allowed: a number")),
                Arguments.of("out-of-range.yaml", List.of("actors.russia.resolve", "value 1.5", "allowed: a number from 0 to 1")),
                Arguments.of("unknown-actor.yaml", List.of("actors.japan", "unknown key 'japan'; allowed here: russia, north_korea, ukraine, nato, south_korea, china")),
                Arguments.of("unknown-event.yaml", List.of("events[0].type", "'nk_lands_on_the_moon'", "unknown event type; allowed:", "sk_lethal_aid")),
                Arguments.of("unknown-rung-initial.yaml", List.of("initial_rungs[1]", "'nk_troops_on_the_moon'", "unknown rung; allowed:", "nk_in_ukraine")),
                Arguments.of("unknown-rung-trigger.yaml", List.of("triggers.moon_rule.when.rung", "'nk_troops_on_the_moon'", "unknown rung; allowed:", "nuclear_use")),
                Arguments.of("dist-min-above-max.yaml", List.of("actors.north_korea.troops", "min 12000 > max 10000", "allowed: min <= max")),
                Arguments.of("dist-negative-sd.yaml", List.of("actors.russia.resolve.sd", "-0.1", "allowed: a number of 0 or more")),
                Arguments.of("dist-unknown-kind.yaml", List.of("actors.russia.resolve.dist", "'weibull'", "allowed: uniform, triangular, normal, truncated_normal, lognormal, beta, choice")),
                Arguments.of("dist-triangular-mode-outside.yaml", List.of("front.russian_daily_casualties.mode", "1200", "allowed: between min 900 and max 1100")),
                Arguments.of("cyclic-a.yaml", List.of("extends", "cyclic extends", "cyclic-a.yaml -> ", "cyclic-b.yaml")),
                Arguments.of("missing-base.yaml", List.of("extends", "'no-such-base.yaml'", "no such file")),
                Arguments.of("broken-yaml.yaml", List.of("line 4, column 7 (initial_rungs[1]): not valid YAML: expected ',' or ']', but got :",
                        "(while parsing a flow sequence that starts at line 3, column 16)")),
                Arguments.of("nan-then-broken-yaml.yaml", List.of("3 mistakes", "actors.russia.resolve: value '.nan'",
                        "actors.china.restraint: value 'abc'", "line 13, column 1: not valid YAML: expected the node content, but found '<stream end>'")),
                Arguments.of("duplicate-key.yaml", List.of("line 6", "not valid YAML", "Duplicate field 'resolve'")),
                Arguments.of("event-beyond-horizon.yaml", List.of("events[0].day", "value 200", "allowed: a day from 1 to the horizon 100")),
                Arguments.of("bad-date.yaml", List.of("events[0].date", "'2024-13-45'", "allowed: a date as YYYY-MM-DD")),
                Arguments.of("date-before-start.yaml", List.of("events[0].date", "'2024-01-15'", "allowed: a date after start_date 2024-10-28")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void eachMistakeGivesOneMessageAndExitTwoAndWritesNothing(String file, List<String> fragments) throws IOException {
        copyAll();
        List<String> before = CliRunner.snapshot(dir);

        CliRunner.Result r = CliRunner.run("validate", dir.resolve(file).toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(BrinkCli.BAD_INPUT);
        assertThat(r.out()).as(r.toString()).doesNotContain("OK ");
        assertThat(r.err()).startsWith("brink: ").contains(file.startsWith("cyclic") ? "cyclic-" : file);
        for (String f : fragments) assertThat(r.err()).as(r.toString()).contains(f);
        assertNoStackTrace(r);
        assertThat(CliRunner.snapshot(dir)).isEqualTo(before);
    }

    @Test
    void theOtherCommandsRefuseABadFileTheSameWay() throws IOException {
        copyAll();
        List<String> before = CliRunner.snapshot(dir);
        for (String command : List.of("params", "trace")) {
            CliRunner.Result r = CliRunner.run(command, dir.resolve("out-of-range.yaml").toString());
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(BrinkCli.BAD_INPUT);
            assertThat(r.err()).contains("out-of-range.yaml", "actors.russia.resolve", "allowed: a number from 0 to 1");
            assertThat(r.out()).isEmpty();
            assertNoStackTrace(r);
        }
        assertThat(CliRunner.snapshot(dir)).isEqualTo(before);
    }

    @Test
    void aBaseFileMustCiteEveryParameter() throws IOException {
        String baseline = Files.readString(Path.of("scenarios/baseline.yaml"));
        String line = "    decay: {value: 0.05, assumption: \"pressure fades with a memory of about 20 days\"}";
        assertThat(baseline).contains(line);
        Path base = dir.resolve("uncited-base.yaml");
        Files.writeString(base, baseline.replace(line, "    decay: 0.05"));
        List<String> before = CliRunner.snapshot(dir);

        CliRunner.Result r = CliRunner.run("validate", base.toString());

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(BrinkCli.BAD_INPUT);
        assertThat(r.err()).contains("uncited-base.yaml", "actors.russia.decay", "missing provenance", "source + quote", "assumption");
        assertNoStackTrace(r);
        assertThat(CliRunner.snapshot(dir)).isEqualTo(before);
    }

    @Test
    void aJavaTypeTagIsReadAsPlainDataAndRefusedNeverConstructed() throws IOException {
        copyAll();
        for (String file : List.of("java-type-tag.yaml", "java-type-tag-scalar.yaml")) {
            CliRunner.Result r = CliRunner.run("validate", dir.resolve(file).toString());
            // the tag is dropped: title becomes a list, resolve a text, both refused by type
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(BrinkCli.BAD_INPUT);
            assertThat(r.err()).contains(file).containsAnyOf("allowed: a text", "allowed: a number");
            assertThat(r.err()).doesNotContain("ScriptEngineManager", "ProcessBuilder");
            assertNoStackTrace(r);
        }
    }

    @Test
    void validateReportsEveryFileAndFailsWhenAnyFails() throws Exception {
        copyAll();
        CliRunner.Result r = CliRunner.run("validate", dir.resolve("baseline.yaml").toString(),
                dir.resolve("unknown-key.yaml").toString());
        assertThat(r.exitCode()).isEqualTo(BrinkCli.BAD_INPUT);
        int parameters = new brink.scenario.ScenarioLoader().load(dir.resolve("baseline.yaml")).parameters().size();
        assertThat(r.out()).contains("OK  ", "baseline.yaml", "(baseline: " + parameters + " parameters, 8 triggers, 0 events, horizon 365 days)");
        assertThat(r.err()).contains("unknown-key.yaml: actors.russia.resolv").contains("1 of 2 files failed");
    }

    @Test
    void aMissingFileOrADirectoryIsABadInputNotACrash() {
        CliRunner.Result missing = CliRunner.run("validate", dir.resolve("nowhere.yaml").toString());
        assertThat(missing.exitCode()).isEqualTo(BrinkCli.BAD_INPUT);
        assertThat(missing.err()).contains("nowhere.yaml", "no such file");
        CliRunner.Result directory = CliRunner.run("validate", dir.toString());
        assertThat(directory.exitCode()).isEqualTo(BrinkCli.BAD_INPUT);
        assertNoStackTrace(directory);
    }

    private void copyAll() throws IOException {
        CliRunner.copyBaseline(dir);
        for (String f : BAD_FILES) {
            try (InputStream in = getClass().getResourceAsStream("/bad-scenarios/" + f)) {
                assertThat(in).as(f).isNotNull();
                Files.copy(in, dir.resolve(f));
            }
        }
    }

    static void assertNoStackTrace(CliRunner.Result r) {
        assertThat(r.err()).doesNotContain("\tat ", "Exception", "internal error");
    }
}
