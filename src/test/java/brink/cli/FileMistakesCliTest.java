package brink.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static brink.cli.ScenarioValidationCliTest.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sweep, targets and scenario files with several mistakes, end to end through the CLI: every
 * mistake in one message (file: field path: value: what is allowed), in the order of the file's
 * fields, a "did you mean" for a name one letter off, and a file of another Brink kind named as
 * such. Exit code 2, no stack trace, nothing written. The broken files live in
 * src/test/resources/bad-sweeps/, bad-targets/ and bad-scenarios/.
 */
class FileMistakesCliTest {
    @TempDir
    Path dir;

    @Test
    void aSweepFileReportsEveryMistakeAtOnceInTheOrderOfItsFields() throws IOException {
        Path f = copy("bad-sweeps/four-mistakes.yaml");
        for (String command : List.of("sweep", "validate")) {
            CliRunner.Result r = refused(command, f);
            String err = r.err();
            assertThat(err).as(r.toString()).startsWith("brink: 4 mistakes in ").contains(
                    "four-mistakes.yaml: replications: value 0: allowed: a whole number from 1 to",
                    "four-mistakes.yaml: design.type: value 'lhss': unknown design (did you mean 'lhs'?); allowed: grid, lhs, sobol, morris",
                    "four-mistakes.yaml: factors[0].path: value 'actors.north_korea.trops': unknown parameter; did you mean actors.north_korea.troops",
                    "four-mistakes.yaml: factors[1].max: value 1.5: allowed for triggers.us_lifts_if_nk_in_ukraine.probability: a number from 0 to 1");
            assertThat(err.lines().count()).as("a heading and one line per mistake").isEqualTo(5);
            assertThat(List.of(err.indexOf("replications:"), err.indexOf("design.type"), err.indexOf("factors[0].path"),
                    err.indexOf("factors[1].max"))).as("the sweep's fields in order, as a scenario's").isSorted();
        }
    }

    @Test
    void aValueTheYamlReaderRefusesComesWithTheSweepsOtherMistakesOnce() throws IOException {
        CliRunner.Result r = refused("sweep", copy("bad-sweeps/refused-number-and-more.yaml"));
        assertThat(r.err()).startsWith("brink: 4 mistakes in ").contains("seed: value '.nan'", "design.trajectories: value 1",
                "design.levels: value 3: allowed: an even number", "outcomes[0].colour: unknown key 'colour'");
        assertThat(r.err().split("seed:", -1)).as("the refused seed once, not again as a missing number").hasSize(2);
        assertThat(r.err().indexOf("seed:")).as("refused values first, as in a scenario").isLessThan(r.err().indexOf("design."));
    }

    @Test
    void misspelledNamesInASweepGetADidYouMean() throws IOException {
        CliRunner.Result r = refused("sweep", copy("bad-sweeps/misspelled-names.yaml"));
        assertThat(r.err()).startsWith("brink: 3 mistakes in ").contains(
                "outcomes[0].rung: value 'nk_troops_in_rusia': unknown rung (did you mean 'nk_troops_in_russia'?); allowed: conventional_war,",
                "outcomes[1].metric: value 'russian_casualtie': unknown metric (did you mean 'russian_casualties'?); allowed:",
                "outcomes[2].kind: value 'mediann': unknown outcome kind (did you mean 'median'?); allowed: probability, median, median_day, mean");
    }

    @Test
    void misspelledEventTypesAndRungsInAScenarioGetADidYouMean() throws IOException {
        CliRunner.Result r = refused("validate", copy("bad-scenarios/misspelled-event-and-rung.yaml"));
        assertThat(r.err()).startsWith("brink: 4 mistakes in ").contains(
                "initial_rungs[1]: value 'nk_troops_in_rusia': unknown rung (did you mean 'nk_troops_in_russia'?); allowed:",
                "triggers.typo_rule.when.rung: value 'nk_troops_in_rusia': unknown rung (did you mean 'nk_troops_in_russia'?)",
                "triggers.typo_rule.then: value 'sk_lethal_aidd': unknown event type (did you mean 'sk_lethal_aid'?); allowed:",
                "events[0].type: value 'sk_lethal_aidd': unknown event type (did you mean 'sk_lethal_aid'?); allowed:");
    }

    @Test
    void aRulesWrongWhenDoesNotHideItsProbability() throws IOException {
        CliRunner.Result r = refused("validate", copy("bad-scenarios/trigger-when-and-probability.yaml"));
        assertThat(r.err()).startsWith("brink: 2 mistakes in ").contains(
                "triggers.late_rule.when.condition: value 'kursk_held_by_russia_forever': unknown condition",
                "triggers.late_rule.probability: value 1.5: allowed: a number from 0 to 1");
    }

    @Test
    void misspelledNamesInATargetsFileGetADidYouMeanAndAParamsCommandThatWorks() throws IOException {
        Path f = copy("bad-targets/misspelled-names.yaml");
        CliRunner.Result r = refused("calibrate", f);
        assertThat(r.err()).startsWith("brink: 3 mistakes in ").contains(
                "parameters[0].path: value 'actors.nato.red_line.strike_restrictions_lifte': unknown parameter"
                        + " (did you mean 'actors.nato.red_line.strike_restrictions_lifted'?)",
                "targets[0].rung: value 'nk_troops_in_rusia': unknown rung (did you mean 'nk_troops_in_russia'?)",
                "targets[1].metric: value 'russian_daily_casualtie': unknown metric (did you mean 'russian_daily_casualties'?)");
        // the advice names the scenario's file (params takes a file, not a scenario's name), and it runs
        Matcher advice = Pattern.compile("see 'brink params ([^']+)' for the paths").matcher(r.err());
        assertThat(advice.find()).as(r.toString()).isTrue();
        assertThat(Path.of(advice.group(1)).toAbsolutePath().normalize()).isEqualTo(dir.resolve("baseline.yaml").toAbsolutePath().normalize());
        CliRunner.Result params = CliRunner.run("params", advice.group(1));
        assertThat(params.exitCode()).as(params.toString()).isZero();
        assertThat(params.out()).contains("actors.nato", "strike_restrictions_lifted");
    }

    @Test
    void aFileOfAnotherKindIsNamedForWhatItIsAndHowToRunIt() throws IOException {
        Path scenario = CliRunner.copyBaseline(dir);
        Path sweep = copy("bad-sweeps/four-mistakes.yaml");
        Path targets = copy("bad-targets/misspelled-names.yaml");
        record Case(String command, Path file, String is, String isNot, String run) {}
        for (Case c : List.of(
                new Case("sweep", scenario, "a scenario file", "not a sweep file", "brink run"),
                new Case("calibrate", scenario, "a scenario file", "not a calibration targets file", "brink run"),
                new Case("run", sweep, "a sweep file", "not a scenario file", "brink sweep"),
                new Case("params", sweep, "a sweep file", "not a scenario file", "brink sweep"),
                new Case("calibrate", sweep, "a sweep file", "not a calibration targets file", "brink sweep"),
                new Case("run", targets, "a calibration targets file", "not a scenario file", "brink calibrate"),
                new Case("sweep", targets, "a calibration targets file", "not a sweep file", "brink calibrate"))) {
            CliRunner.Result r = refused(c.command(), c.file());
            String label = brink.scenario.ScenarioLoader.label(c.file());
            assertThat(r.err()).as(c + "\n" + r).startsWith("brink: " + label + ": " + c.is() + " (it has ")
                    .contains(c.isNot(), "run it with '" + c.run() + " " + label + "'")
                    .doesNotContain("unknown key");
            assertThat(r.err().lines().count()).as(r.toString()).isEqualTo(1);
        }
    }

    @Test
    void aScenarioWithAStrayKeyOfAnotherKindIsStillAScenarioWithAnUnknownKey() throws IOException {
        CliRunner.copyBaseline(dir);
        Path f = Files.writeString(dir.resolve("stray.yaml"), "extends: baseline.yaml\nreplications: 3\n");
        CliRunner.Result r = refused("run", f);
        assertThat(r.err()).contains("stray.yaml: replications: unknown key 'replications'").doesNotContain("a sweep file");
    }

    /** Runs a command that must refuse the file: exit 2, no stack trace, nothing written in the folder. */
    private CliRunner.Result refused(String command, Path file) {
        List<String> before = CliRunner.snapshot(dir);
        CliRunner.Result r = command.equals("validate") || command.equals("params")
                ? CliRunner.run(command, file.toString())
                : CliRunner.run(command, file.toString(), "--out", dir.resolve("out").toString(), "--quiet");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(BrinkCli.BAD_INPUT);
        assertThat(r.out()).as(r.toString()).isEmpty();
        assertNoStackTrace(r);
        assertThat(CliRunner.snapshot(dir)).isEqualTo(before);
        return r;
    }

    /** A test resource in the temporary folder, with the baseline next to it (the bad files name it as their base). */
    private Path copy(String resource) throws IOException {
        if (!Files.exists(dir.resolve("baseline.yaml"))) CliRunner.copyBaseline(dir);
        Path to = dir.resolve(Path.of(resource).getFileName());
        try (InputStream in = getClass().getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            Files.copy(in, to);
        }
        return to;
    }
}
