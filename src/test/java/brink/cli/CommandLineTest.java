package brink.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rough edges of the command line (issue 12): suggestions for unknown commands and options,
 * one default seed, strings from files escaped on the terminal, a correct wall time, and brink
 * working from any folder (defaults from the Brink folder, the manifest's command reproducing
 * the folder from elsewhere).
 */
class CommandLineTest {
    @TempDir
    Path tmp;

    @Test
    void unknownCommandsAndOptionsGetADidYouMean() {
        CliRunner.Result command = CliRunner.run("rnu", "scenarios/baseline.yaml");
        assertThat(command.exitCode()).isEqualTo(BrinkCli.BAD_INPUT);
        assertThat(command.err()).contains("Did you mean brink run?").doesNotContain("Exception");
        CliRunner.Result option = CliRunner.run("run", "scenarios/baseline.yaml", "--run", "5");
        assertThat(option.exitCode()).isEqualTo(BrinkCli.BAD_INPUT);
        assertThat(option.err()).contains("Unknown option", "'--run'", "Did you mean --runs" /* or --runs-parquet: picocli suggests both */);
    }

    @Test
    void runTraceAndGuiStartFromTheSameSeed() {
        for (String cmd : List.of("run", "trace", "gui")) {
            CommandLine cl = BrinkCli.commandLine();
            CommandLine.ParseResult p = cl.parseArgs(cmd, "scenarios/baseline.yaml");
            Object command = p.subcommand().commandSpec().userObject();
            Options.Seed seed = command instanceof RunCommand r ? r.seed
                    : command instanceof TraceCommand t ? t.seed : ((GuiCommand) command).seed;
            assertThat(seed.value()).as(cmd).isEqualTo(Options.Seed.DEFAULT).isEqualTo(1L);
        }
    }

    @Test
    void escapeSequencesFromAFileNeverReachTheTerminal() throws Exception {
        CliRunner.copyBaseline(tmp);
        String esc = "\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202e";
        Path f = Files.writeString(tmp.resolve("esc.yaml"), "extends: baseline.yaml\ntitle: \"Title " + esc.replace("\u001b", "\\e")
                .replace("\u0007", "\\a").replace("\u009b", "\\x9b").replace("\u202e", "\\u202e") + "\"\n");
        for (String[] args : List.of(new String[]{"params", f.toString()}, new String[]{"trace", f.toString(), "--days", "3"})) {
            CliRunner.Result r = CliRunner.run(args);
            assertThat(r.exitCode()).as(r.toString()).isZero();
            assertThat(r.out()).as(args[0]).contains("Title \\x1B]0;pwned\\x07\\x1B[2J\\x9B31m\\u202E");
            assertNoControl(r.out());
        }
        // in a message about a bad value too
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), "extends: baseline.yaml\nactors:\n  russia:\n    resolve: \"\\e[31mred\"\n");
        CliRunner.Result r = CliRunner.run("validate", bad.toString());
        assertThat(r.exitCode()).isEqualTo(BrinkCli.BAD_INPUT);
        assertThat(r.err()).contains("\\x1B[31mred");
        assertNoControl(r.err());
    }

    private static void assertNoControl(String s) {
        assertThat(s.chars().filter(c -> c != '\n' && c != '\t' && TerminalText.isUnsafe(c)).count()).isZero();
    }

    @Test
    void wallTimeRunsFromTheCommandsStartToTheFolderBeingComplete() throws Exception {
        Path dir = tmp.resolve("wall");
        Instant before = Instant.now();
        CliRunner.Result r = CliRunner.run("run", "scenarios/baseline.yaml", "--runs", "30", "--days", "20", "--out", dir.toString(), "--quiet");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        JsonNode m = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
        Instant started = Instant.parse(m.get("started").asText()), finished = Instant.parse(m.get("finished").asText());
        assertThat(started).isAfterOrEqualTo(before);
        // finished after the report was written (the wall time covers charts and report)
        assertThat(finished.toEpochMilli()).isGreaterThanOrEqualTo(Files.getLastModifiedTime(dir.resolve("report.html")).toMillis());
        assertThat(m.get("wall_seconds").asDouble()).isEqualTo(Duration.between(started, finished).toNanos() / 1e9);
    }

    @Test
    void brinkWorksFromAnyFolderAndItsManifestCommandReproducesTheFolderFromElsewhere() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        // the defaults and a relative path are the Brink folder's
        try (ChildBrink params = ChildBrink.start(elsewhere, tmp.resolve("logs"), "params", "params")) {
            assertThat(params.exitCode()).as(params.err()).isZero();
            assertThat(params.out()).contains("baseline (", "parameters");
        }
        try (ChildBrink run = ChildBrink.start(elsewhere, tmp.resolve("logs"), "run", "run", "scenarios/what-if-sk-lethal-aid-early.yaml",
                "--runs", "12", "--days", "15", "--quiet")) {
            assertThat(run.exitCode()).as(run.err()).isZero();
        }
        Path made = elsewhere.resolve("results/what_if_sk_lethal_aid_early");
        assertThat(made.resolve("manifest.json")).exists();

        // the recorded command, run verbatim from a third folder, makes the same files again
        String command = new ObjectMapper().readTree(made.resolve("manifest.json").toFile()).get("command").asText();
        List<String> words = new ArrayList<>(Arrays.asList(command.split(" ")));
        assertThat(Path.of(words.get(0))).isAbsolute().endsWith(Path.of("brink"));
        Path kept = DamagedResultsTest.copy(made, tmp.resolve("kept"));
        try (var walk = Files.walk(made)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
        Path third = Files.createDirectories(tmp.resolve("third"));
        try (ChildBrink again = ChildBrink.start(third, tmp.resolve("logs"), "again", words.subList(1, words.size()).toArray(new String[0]))) {
            assertThat(again.exitCode()).as(again.err()).isZero();
        }
        for (String f : List.of("runs.csv", "daily.csv", "rungs.csv", "events.log")) {
            assertThat(Files.readAllBytes(made.resolve(f))).as(f).isEqualTo(Files.readAllBytes(kept.resolve(f)));
        }
    }
}
