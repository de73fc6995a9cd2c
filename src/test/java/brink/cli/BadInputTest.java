package brink.cli;

import brink.results.RunManifest;
import brink.scenario.ScenarioLoader;
import brink.scenario.sweep.SweepLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad inputs a careful tester tried (issue 13): numbers YAML knows but a parameter cannot
 * take, numbers of the wrong kind, bytes that are not UTF-8, files, texts and chains beyond the
 * limits, a rule missing its probability in a what-if. Each is refused through {@code brink
 * validate} with one message naming the file, the field path, a short prefix of the value and
 * what is allowed, exit code 2, and nothing written.
 */
class BadInputTest {
    @TempDir
    Path dir;

    /** A what-if of the baseline with {@code body} added (YAML at the top level). */
    private Path whatIf(String name, String body) throws Exception {
        if (!Files.exists(dir.resolve("baseline.yaml"))) CliRunner.copyBaseline(dir);
        return Files.writeString(dir.resolve(name), "extends: baseline.yaml\n" + body);
    }

    static Stream<Arguments> numbers() {
        return Stream.of(
                Arguments.of("nan", "actors:\n  russia:\n    resolve: .nan\n", List.of("actors.russia.resolve", "'.nan'", "finite number", "line 4")),
                Arguments.of("inf", "actors:\n  russia:\n    resolve: .inf\n", List.of("actors.russia.resolve", "'.inf'", "finite number")),
                Arguments.of("minus-inf", "actors:\n  russia:\n    resolve: -.inf\n", List.of("actors.russia.resolve", "'-.inf'", "finite number")),
                Arguments.of("float-tag", "actors:\n  russia:\n    resolve: !!float abc\n", List.of("actors.russia.resolve", "'abc'", "finite number")),
                Arguments.of("nan-in-dist", "actors:\n  russia:\n    resolve: {dist: uniform, min: .nan, max: 0.9}\n",
                        List.of("actors.russia.resolve.min", "'.nan'", "finite number")),
                Arguments.of("nan-in-list", "actors:\n  north_korea:\n    troops: {dist: choice, values: [10000, .nan]}\n",
                        List.of("actors.north_korea.troops.values[1]", "'.nan'", "finite number")),
                Arguments.of("overflow", "actors:\n  russia:\n    resolve: 1e400\n", List.of("actors.russia.resolve", "Infinity", "finite number")),
                Arguments.of("overflow-in-choice", "actors:\n  north_korea:\n    troops: {dist: choice, values: [10000, 1e400]}\n",
                        List.of("actors.north_korea.troops.values[1]", "finite number")),
                Arguments.of("huge-integer", "horizon_days: 99999999999999999999\n", List.of("horizon_days", "99999999999999999999", "whole number of days from 1 to 3650")),
                Arguments.of("fractional-day", "events:\n  - {day: 30.5, type: sk_lethal_aid, assumption: test}\n", List.of("events[0].day", "30.5", "whole number")),
                Arguments.of("text-number", "actors:\n  russia:\n    resolve: \"0.5\"\n", List.of("actors.russia.resolve", "'0.5'", "allowed: a number")),
                Arguments.of("null", "actors:\n  russia:\n    resolve: ~\n", List.of("actors.russia.resolve", "null", "allowed: a number")),
                Arguments.of("truthy-word", "title: no\n", List.of("title", "'no'", "reads no as false", "in quotes for a text")),
                Arguments.of("leading-zero", "horizon_days: 0365\n", List.of("horizon_days", "'0365'", "octal number 245")),
                Arguments.of("second-document", "name: first\n---\nactors:\n  russia:\n    resolve: 7\n",
                        List.of("line 3", "second YAML document", "one document per file")),
                Arguments.of("alias", "actors:\n  nato:\n    resolve: &r 0.6\n  russia:\n    resolve: *r\n",
                        List.of("actors.russia.resolve", "'*r'", "aliases are not supported", "line 6, column 14")),
                Arguments.of("infinite-amount", "events:\n  - {day: 3, type: nk_second_contingent, amount: 1e400, assumption: test}\n",
                        List.of("events[0].amount", "allowed: a number of troops")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("numbers")
    void aNumberAParameterCannotTakeIsRefusedWithItsFieldPath(String name, String body, List<String> fragments) throws Exception {
        Path f = whatIf(name + ".yaml", body);
        CliRunner.Result r = refused(f);
        for (String s : fragments) assertThat(r.err()).as(r.toString()).contains(s);
    }

    @Test
    void aFileThatIsNotUtf8IsNamedWithItsFirstBadByte() throws Exception {
        Path f = dir.resolve("latin1.yaml");
        Files.write(f, "name: caf\u00e9\ntitle: x\n".getBytes(StandardCharsets.ISO_8859_1));
        CliRunner.Result r = refused(f);
        assertThat(r.err()).contains("latin1.yaml", "not UTF-8", "byte 0xE9 at line 1, column 10", "save it as UTF-8")
                .doesNotContain("Input length");
    }

    @Test
    void aRuleWithoutItsProbabilityInAWhatIfBlamesTheWhatIfNotTheBaseline() throws Exception {
        Path f = whatIf("new-rule.yaml", """
                triggers:
                  new_rule:
                    when: {rung: nk_combat_in_kursk}
                    then: sk_lethal_aid
                    within_days: 10
                """);
        CliRunner.Result r = refused(f);
        assertThat(r.err()).contains("new-rule.yaml: triggers.new_rule.probability", "missing").doesNotContain("baseline.yaml");
    }

    @Test
    void aChainOfExtendsBeyondTheLimitIsRefusedNotAStackOverflow() throws Exception {
        CliRunner.copyBaseline(dir);
        String base = "baseline.yaml";
        int depth = ScenarioLoader.MAX_EXTENDS_DEPTH + 5;
        for (int i = 0; i < depth; i++) {
            Files.writeString(dir.resolve("level" + i + ".yaml"), "extends: " + base + "\n");
            base = "level" + i + ".yaml";
        }
        CliRunner.Result r = refused(dir.resolve(base));
        assertThat(r.err()).contains("deeper than " + ScenarioLoader.MAX_EXTENDS_DEPTH).doesNotContain("StackOverflow");
    }

    @Test
    void aHugeBadValueIsQuotedOnlyByAShortPrefix() throws Exception {
        Path f = whatIf("huge-name.yaml", "name: \"" + "X".repeat(1 << 20 - 100) + "\"\n");
        CliRunner.Result r = refused(f);
        assertThat(r.err().length()).as("the message stays short").isLessThan(600);
        assertThat(r.err()).contains("name", "characters)");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedByItsSize() throws Exception {
        Path f = whatIf("big.yaml", "# " + "x".repeat((int) ScenarioLoader.MAX_FILE_BYTES) + "\n");
        CliRunner.Result r = refused(f);
        assertThat(r.err()).contains("big.yaml", "bytes", "at most 1 MB");
    }

    @Test
    void textsOverTheirLimitsAreRefusedWithTheLimitNamed() throws Exception {
        CliRunner.Result title = refused(whatIf("long-title.yaml", "title: \"" + "t".repeat(100_000) + "\"\n"));
        assertThat(title.err()).contains("title", "at most " + ScenarioLoader.MAX_TITLE + " characters");
        // a valid name of 300 characters would name a folder the file system refuses
        CliRunner.Result name = refused(whatIf("long-name.yaml", "name: " + "a".repeat(300) + "\n"));
        assertThat(name.err()).contains("name", "at most " + ScenarioLoader.MAX_NAME + " characters");
        CliRunner.Result note = refused(whatIf("long-note.yaml",
                "events:\n  - {day: 3, type: sk_lethal_aid, note: \"" + "n".repeat(5000) + "\", assumption: a}\n"));
        assertThat(note.err()).contains("events[0].note", "at most " + ScenarioLoader.MAX_NOTE);
        CliRunner.Result quote = refused(whatIf("long-quote.yaml",
                "actors:\n  russia:\n    resolve: {value: 0.5, assumption: \"" + "q".repeat(5000) + "\"}\n"));
        assertThat(quote.err()).contains("actors.russia.resolve.assumption", "at most " + ScenarioLoader.MAX_QUOTE);
    }

    @Test
    void everyMistakeOfAFileComesInOneMessage() throws Exception {
        Path f = whatIf("three.yaml", """
                title: [not, a, text]
                actors:
                  russia:
                    resolve: 1.5
                    resolv: 0.5
                events:
                  - {day: 30, type: moon_landing}
                """);
        CliRunner.Result r = refused(f);
        assertThat(r.err()).startsWith("brink: 4 mistakes in ").contains("three.yaml")
                .contains("title: value", "actors.russia.resolve: value 1.5", "actors.russia.resolv", "events[0].type");
    }

    /**
     * The YAML parser stops at the first .nan; the reader takes each refused number out and reads
     * on, so the refused numbers and every other mistake come together, each refused number once,
     * in the file's order, at the line and column it has in the file (the stand-in null keeps the
     * columns), an anchored one too.
     */
    @Test
    void refusedValuesDoNotHideTheFilesOtherMistakes() throws Exception {
        Path f = whatIf("nans.yaml", """
                actors:
                  russia:
                    resolve: .nan   # a comment after it
                    reactivity: 7
                    risk_aversion: {dist: uniform, min: -.inf, max: 1}
                  china:
                    restraint: !!float abc
                  narnia: {resolve: 0.5}
                front:
                  kursk_russian_control: &k .inf
                events:
                  - {day: .inf, type: sk_lethal_aid, assumption: test}
                  - {day: 30, type: moon_landing}
                """);
        CliRunner.Result r = refused(f);
        assertThat(r.err()).startsWith("brink: 8 mistakes in ").contains(
                "actors.russia.resolve: value '.nan'", "line 4, column 18",
                "actors.russia.risk_aversion.min: value '-.inf'", "line 6, column 46",
                "actors.china.restraint: value 'abc'",
                "front.kursk_russian_control: value '.inf'",
                "events[0].day: value '.inf'", "line 13, column 15",
                "actors.russia.reactivity: value 7",
                "unknown key 'narnia'",
                "events[1].type");
        assertThat(r.err().split("actors.russia.resolve", -1)).as("each refused number once").hasSize(2);
        assertThat(r.err().indexOf("actors.china.restraint")).as("refused numbers in the file's order, the !!float too")
                .isBetween(r.err().indexOf("risk_aversion.min"), r.err().indexOf("front.kursk_russian_control"));
        assertThat(r.err()).doesNotContain("value null");
    }

    @Test
    void aFileOfManyMistakesListsTheFirstTwentyAndCountsTheRest() throws Exception {
        StringBuilder body = new StringBuilder("actors:\n  russia:\n");
        for (int i = 0; i < 25; i++) body.append("    wrong_").append(i).append(": 1\n");
        CliRunner.Result r = refused(whatIf("many.yaml", body.toString()));
        assertThat(r.err()).contains("25 mistakes", "wrong_0", "wrong_19", "... and 5 more").doesNotContain("wrong_20:");
    }

    @Test
    void aliasBombsAndDeepNestingAreRefusedAsYaml() throws Exception {
        StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            bomb.append("]\n");
        }
        CliRunner.Result aliases = refused(whatIf("bomb.yaml", bomb.toString()));
        assertThat(aliases.err()).contains("bomb.yaml");
        CliRunner.Result deep = refused(whatIf("deep.yaml", "actors: " + "[".repeat(5000) + "]".repeat(5000) + "\n"));
        assertThat(deep.err()).contains("deep.yaml");
    }

    @Test
    void sweepFilesHaveTheirLimitsToo() throws Exception {
        CliRunner.copyBaseline(dir);
        String factors = "factors:\n  - {path: actors.russia.resolve, min: 0.1, max: 0.9}\n"
                + "outcomes:\n  - {kind: median, metric: russian_casualties}\n";
        Path nan = Files.writeString(dir.resolve("nan-sweep.yaml"), "scenario: baseline.yaml\nreplications: 2\ndesign: {type: lhs, points: 4}\n"
                + "factors:\n  - {path: actors.russia.resolve, min: .nan, max: 0.9}\noutcomes:\n  - {kind: median, metric: russian_casualties}\n");
        assertThat(sweep(nan).err()).contains("factors[0].min", "finite number");
        Path big = Files.writeString(dir.resolve("big-sweep.yaml"), "scenario: baseline.yaml\nreplications: 2\n"
                + "design: {type: sobol, base_samples: 1000000}\n" + factors);
        assertThat(sweep(big).err()).contains("design", "at most " + String.format("%,d", SweepLoader.MAX_POINTS) + " points");
        Path longName = Files.writeString(dir.resolve("long-sweep.yaml"), "name: " + "s".repeat(300)
                + "\nscenario: baseline.yaml\nreplications: 2\ndesign: {type: lhs, points: 4}\n" + factors);
        assertThat(sweep(longName).err()).contains("name", "at most 64 characters");
    }

    @Test
    void theManifestReaderKeepsTheLoadersLimits() {
        assertThat(RunManifest.MAX_NAME).isEqualTo(ScenarioLoader.MAX_NAME);
        assertThat(RunManifest.MAX_TITLE).isEqualTo(ScenarioLoader.MAX_TITLE);
        assertThat(RunManifest.MAX_DESCRIPTION).isEqualTo(ScenarioLoader.MAX_DESCRIPTION);
    }

    @Test
    void whatValidatesAtTheLimitsRunsAndDrawsItsReport() throws Exception {
        // the longest title, description and name allowed still give a complete folder (charts wrap the title)
        String name = "n" + "a".repeat(ScenarioLoader.MAX_NAME - 1);
        Path f = whatIf("limits.yaml", "name: " + name + "\ntitle: \"" + "Long title ".repeat(18) + "\"\n"
                + "description: \"" + "A long description. ".repeat(99) + "\"\n");
        Path out = dir.resolve("limits-out");
        CliRunner.Result r = CliRunner.run("run", f.toString(), "--runs", "4", "--days", "10", "--out", out.toString(), "--quiet");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(out.resolve("report.html")).exists();
        assertThat(out.resolve("charts/escalation_level.png")).exists();
    }

    private CliRunner.Result sweep(Path f) {
        CliRunner.Result r = CliRunner.run("sweep", f.toString(), "--out", dir.resolve("sweep-out").toString(), "--quiet");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(BrinkCli.BAD_INPUT);
        assertThat(dir.resolve("sweep-out")).doesNotExist();
        ScenarioValidationCliTest.assertNoStackTrace(r);
        return r;
    }

    /** Validates the file: exit 2, one message from brink, no stack trace, nothing written beside it. */
    private CliRunner.Result refused(Path f) {
        List<String> before = CliRunner.snapshot(dir);
        CliRunner.Result r = CliRunner.run("validate", f.toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(BrinkCli.BAD_INPUT);
        assertThat(r.err()).startsWith("brink: ");
        ScenarioValidationCliTest.assertNoStackTrace(r);
        assertThat(CliRunner.snapshot(dir)).isEqualTo(before);
        return r;
    }
}
