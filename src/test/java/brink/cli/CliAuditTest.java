package brink.cli;

import brink.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a user's audit of the command line found: help that gave SIGTERM's exit code as 130, a
 * folder refused without its name, -V printing nothing on a subcommand, wrong --out defaults in
 * the help, help lines broken inside words and URLs, picocli's Java wording for bad values,
 * {@code brink} alone exiting 0, --every beyond the horizon accepted, and "1 scheduled events".
 */
class CliAuditTest {
    @TempDir
    Path tmp;

    /** Every brink subcommand's name (picocli's own "help" aside). */
    private static List<String> commands() {
        return BrinkCli.commandLine().getSubcommands().keySet().stream().filter(n -> !n.equals("help")).toList();
    }

    private static String help(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.add("--help");
        CliRunner.Result r = CliRunner.run(args.toArray(new String[0]));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        return r.out();
    }

    // 1. exit codes

    @Test
    void helpGivesCtrlCAndSigtermTheirOwnExitCodes() {
        for (String[] command : List.of(new String[0], new String[]{"sweep"}, new String[]{"calibrate"})) {
            String h = help(command).replaceAll("\\s+", " ");
            assertThat(h).as(String.join(" ", command)).contains("130 interrupted by Ctrl-C (SIGINT)")
                    .containsPattern("143 stopped by SIGTERM").doesNotContain("Ctrl-C or SIGTERM");
        }
    }

    @Test
    void aCalibrationStoppedBySigtermExits143AndCanBeResumed() throws Exception {
        Path dir = tmp.resolve("fit");
        Path targets = Path.of("scenarios/calibration/articles.yaml").toAbsolutePath();
        try (ChildBrink child = ChildBrink.start(tmp, tmp.resolve("logs"), "calibrate-term", "calibrate", targets.toString(),
                "--out", dir.toString(), "--threads", "1", "--quiet")) {
            child.await("the calibration's folder", () -> Files.exists(dir.resolve("populations.csv")));
            child.signal("TERM");
            assertThat(child.exitCode()).as(child.err()).isEqualTo(143);
            assertThat(child.err()).contains("interrupted; " + dir + " is marked INCOMPLETE", "--resume");
        }
    }

    // 2. a folder given for a file

    @Test
    void aFolderGivenForAFileIsNamedEvenWhenItIsTheWorkingFolder() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("somefolder"));
        for (String command : List.of("validate", "run")) {
            CliRunner.Result r = CliRunner.run(command, folder.toString());
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(BrinkCli.BAD_INPUT);
            assertThat(r.err()).as(command).contains("brink: " + folder + ": is a folder, not a YAML file");
            // the working folder itself, relative to which it would be named "": named in full
            CliRunner.Result here = CliRunner.run(command, ".");
            assertThat(here.exitCode()).as(here.toString()).isEqualTo(BrinkCli.BAD_INPUT);
            assertThat(here.err()).as(command).contains("brink: " + Path.of("").toAbsolutePath() + ": is a folder, not a YAML file")
                    .doesNotContain("brink: : ");
        }
        assertThat(ScenarioLoader.label(Path.of(""))).isEqualTo(Path.of("").toAbsolutePath().toString());
        assertThat(ScenarioLoader.label(Path.of("scenarios/baseline.yaml"))).isEqualTo(Path.of("scenarios", "baseline.yaml").toString());
    }

    // 3. -V everywhere

    @Test
    void everySubcommandPrintsTheVersionWithDashV() {
        CliRunner.Result root = CliRunner.run("--version");
        assertThat(root.exitCode()).isZero();
        assertThat(root.out()).startsWith("brink ").contains("Java ");
        for (String command : commands()) {
            for (String flag : List.of("-V", "--version")) {
                CliRunner.Result r = CliRunner.run(command, flag);
                assertThat(r.exitCode()).as(command + " " + flag).isZero();
                assertThat(r.out()).as(command + " " + flag).isEqualTo(root.out());
            }
        }
    }

    // 4. --out defaults

    @Test
    void eachCommandsHelpGivesTheOutputFolderItReallyWrites() {
        assertThat(help("compare").replaceAll("\\s+", " ")).contains("--out=DIR output folder (default: results/compare-<A>-vs-<B>/");
        assertThat(help("calibrate").replaceAll("\\s+", " ")).contains("--out=DIR output folder (default: results/calibration-<name>/");
        for (String command : List.of("run", "sweep")) {
            assertThat(help(command).replaceAll("\\s+", " ")).as(command).contains("--out=DIR output folder (default: results/<name>/");
        }
        // the --out whose help was rewritten still sets the command's folder
        CommandLine cl = BrinkCli.commandLine();
        CompareCommand compare = (CompareCommand) cl.parseArgs("compare", "a", "b", "--out", "x", "--force")
                .subcommand().commandSpec().userObject();
        assertThat(compare.output.out).isEqualTo(Path.of("x"));
        assertThat(compare.output.force).isTrue();
        CalibrateCommand calibrate = (CalibrateCommand) BrinkCli.commandLine().parseArgs("calibrate", "t.yaml", "--out", "y")
                .subcommand().commandSpec().userObject();
        assertThat(calibrate.output.out).isEqualTo(Path.of("y"));
    }

    // 5. help layout

    @Test
    void helpIsWrappedAtSpacesOnlyAndFitsItsWidth() {
        for (String command : commands()) {
            String source = sourceText(BrinkCli.commandLine().getSubcommands().get(command).getCommandSpec());
            List<String> lines = help(command).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                assertThat(line.length()).as(command + ": " + line).isLessThanOrEqualTo(80);
                if (i + 1 == lines.size()) continue;
                String next = lines.get(i + 1).trim();
                if (line.isBlank() || next.isEmpty()) continue;
                // picocli broke inside a word, after a dot or a colon: "points." / "csv", "spark:" / "//127.0.0.1:7077"
                String[] words = line.trim().split(" ");
                String last = words[words.length - 1], first = next.split(" ")[0];
                assertThat(source.contains(last + first) && !source.contains(last + " " + first))
                        .as(command + ": '" + line + "' / '" + next + "' splits " + last + first).isFalse();
            }
        }
    }

    /** All the texts a command's help is made of, each run of white space as one space. */
    private static String sourceText(CommandLine.Model.CommandSpec spec) {
        CommandLine.Model.UsageMessageSpec u = spec.usageMessage();
        List<String> texts = new ArrayList<>();
        texts.addAll(List.of(u.header()));
        texts.addAll(List.of(u.description()));
        texts.addAll(List.of(u.footer()));
        texts.addAll(u.exitCodeList().values());
        for (CommandLine.Model.ArgSpec a : spec.args()) texts.addAll(List.of(a.description()));
        return String.join(" ", texts).replaceAll("\\s+", " ");
    }

    @Test
    void descriptionsAreFilledLinesNotLinesWrappedTwice() {
        // a line followed by a lower-case word that would have fitted on it was wrapped twice
        // ("...again, from its" / "manifest and tables...")
        for (String command : commands()) {
            CommandLine sub = BrinkCli.commandLine().getSubcommands().get(command);
            HelpLayout help = new HelpLayout(sub.getCommandSpec(), sub.getColorScheme());
            for (String text : List.of(help.header(), help.description(), help.footer())) {
                List<String> lines = text.lines().toList();
                for (int i = 0; i + 1 < lines.size(); i++) {
                    String line = lines.get(i), next = lines.get(i + 1);
                    if (next.isEmpty() || next.startsWith(" ") || !Character.isLowerCase(next.charAt(0))) continue;
                    String word = next.split(" ")[0];
                    assertThat(line.length() + 1 + word.length()).as(command + ": '" + line + "' / '" + next + "'").isGreaterThan(80);
                }
            }
        }
    }

    @Test
    void examplesAreShownAsWrittenAndEveryCommandHasItsSummary() {
        for (String command : commands()) {
            CommandLine sub = BrinkCli.commandLine().getSubcommands().get(command);
            assertThat(sub.getCommandSpec().usageMessage().header()).as(command + " has a one-line summary").isNotEmpty();
            String h = help(command);
            for (String footer : sub.getCommandSpec().usageMessage().footer()) {
                if (footer.startsWith("  ")) assertThat(h).as(command).contains(footer);
            }
        }
        String root = help();
        assertThat(root).contains("  compare    Compare what-ifs with a reference", "  gui        Open the classroom GUI:");
        assertThat(help("sweep")).contains("--engine spark \\\n      --master spark://127.0.0.1:7077".replace("\n", System.lineSeparator()));
        assertThat(help("report").replaceAll("\\s+", " ")).contains("again, from its manifest and tables. The folder is checked first");
    }

    // 6. bad values in picocli's words

    @Test
    void aBadOptionValueSaysWhatIsAllowedInOneLine() {
        Map<List<String>, String> cases = Map.of(
                List.of("run", "scenarios/baseline.yaml", "--seed", "abc"),
                "brink: --seed: 'abc' is not a whole number (a seed is any integer from -9223372036854775808 to 9223372036854775807)",
                List.of("trace", "scenarios/baseline.yaml", "--seed", "99999999999999999999"),
                "brink: --seed: '99999999999999999999' is above 9223372036854775807 (a seed is any integer from -9223372036854775808 to 9223372036854775807)",
                List.of("run", "scenarios/baseline.yaml", "--runs", "abc"),
                "brink: --runs: 'abc' is not a whole number; --runs N: replications, 1 to "
                        + String.format(java.util.Locale.ROOT, "%,d", RunCommand.MAX_RUNS) + " (default 1000)",
                List.of("sweep", "x.yaml", "--threads", "1.5"),
                "brink: --threads: '1.5' is not a whole number; --threads T: worker threads, 1 or more (default: all cores)",
                List.of("run", "scenarios/baseline.yaml", "--engine", "foo"),
                "brink: --engine: value 'foo': allowed: local or spark",
                List.of("compare", "results/x"),
                "brink: compare needs at least 2 results folders made by 'brink run' (the first is the reference), got 1",
                List.of("compare"),
                "brink: compare needs at least 2 results folders made by 'brink run' (the first is the reference), got none");
        cases.forEach((args, message) -> {
            CliRunner.Result r = CliRunner.run(args.toArray(new String[0]));
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(BrinkCli.BAD_INPUT);
            assertThat(r.err().lines().toList()).as(r.toString())
                    .containsExactly(message, "Try 'brink " + args.get(0) + " --help' for more information.");
            assertThat(r.out()).isEmpty();
        });
    }

    // 7. brink alone

    @Test
    void brinkWithNoCommandPrintsTheUsageOnStderrAndExits2() {
        CliRunner.Result r = CliRunner.run();
        assertThat(r.exitCode()).isEqualTo(BrinkCli.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("Usage: brink").contains("Commands:", "run ");
        assertThat(help()).startsWith("Usage: brink"); // --help itself is still on stdout, exit 0
    }

    // 8. --every and the horizon

    @Test
    void everyBeyondTheHorizonIsRefusedAndTheHorizonItselfIsAllowed() {
        Path out = tmp.resolve("every");
        CliRunner.Result r = CliRunner.run("run", "scenarios/baseline.yaml", "--record", "escalation_level", "--every", "400",
                "--out", out.toString(), "--quiet");
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(BrinkCli.BAD_INPUT);
        assertThat(r.err()).startsWith("brink: --every: value 400: allowed: at most the horizon, 365 days");
        assertThat(out).doesNotExist();
        CliRunner.Result days = CliRunner.run("run", "scenarios/baseline.yaml", "--days", "10", "--record", "escalation_level",
                "--every", "11", "--out", out.toString(), "--quiet");
        assertThat(days.err()).as(days.toString()).startsWith("brink: --every: value 11: allowed: at most the horizon, 10 days");
        CliRunner.Result edge = CliRunner.run("run", "scenarios/baseline.yaml", "--days", "10", "--runs", "3", "--record", "escalation_level",
                "--every", "10", "--out", out.toString(), "--quiet");
        assertThat(edge.exitCode()).as(edge.toString()).isZero();
        assertThat(out.resolve("series.parquet")).exists();
    }

    // 9. plurals

    @Test
    void countsOfOneAreSingular() throws Exception {
        CliRunner.copyBaseline(tmp);
        Path one = Files.writeString(tmp.resolve("one-event.yaml"),
                "extends: baseline.yaml\nname: one_event\nevents:\n  - {day: 3, type: sk_lethal_aid, assumption: test}\n");
        CliRunner.Result params = CliRunner.run("params", one.toString());
        assertThat(params.exitCode()).as(params.toString()).isZero();
        assertThat(params.out().replaceAll("\\s+", " ")).contains(", 1 scheduled event ").doesNotContain("1 scheduled events");
        assertThat(CliRunner.run("params").out().replaceAll("\\s+", " ")).contains("horizon 365 days", "0 scheduled events");

        CliRunner.Result run = CliRunner.run("run", one.toString(), "--runs", "1", "--days", "1", "--threads", "1",
                "--out", tmp.resolve("one").toString(), "--quiet");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("one_event: 1 run of 1 day, seed 1, 1 thread,", "within 1 day (");
        assertThat(TextWrap.count(1_000, "run")).isEqualTo("1,000 runs");
    }
}
