package brink.cli;

import brink.report.RunResults;
import brink.results.ResultsFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Folders you can trust, with real processes: a second writer is refused while the first writes;
 * a run killed (SIGKILL) at any moment leaves a folder that is empty or marked INCOMPLETE and
 * that --force takes back; Ctrl-C and SIGTERM leave it marked, with no .part file, and say so.
 */
class FolderFaultsTest {
    private static final String BASELINE = Path.of("scenarios/baseline.yaml").toAbsolutePath().toString();

    @TempDir
    Path tmp;

    private ChildBrink longRun(Path dir, String name) throws Exception {
        return ChildBrink.start(tmp, tmp.resolve("logs"), name, "run", BASELINE, "--runs", "2000000", "--threads", "1",
                "--out", dir.toString(), "--quiet");
    }

    @Test
    void aSecondWriterIsRefusedWhileTheFirstWritesAndTheFolderIsNotMixed() throws Exception {
        Path dir = tmp.resolve("shared");
        try (ChildBrink first = longRun(dir, "first")) {
            first.await("the first run to lock its folder", () -> lockHolds(dir, first.process.pid()));
            String marker = Files.readString(dir.resolve(ResultsFolder.MARKER)), lock = Files.readString(dir.resolve(ResultsFolder.LOCK));
            for (String[] args : List.of(
                    new String[]{"run", BASELINE, "--runs", "5", "--days", "5", "--out", dir.toString(), "--force", "--quiet"},
                    new String[]{"sweep", "scenarios/sweeps/lhs-8-factors.yaml", "--out", dir.toString(), "--resume", "--quiet"})) {
                CliRunner.Result second = CliRunner.run(args);
                assertThat(second.exitCode()).as(second.toString()).isEqualTo(BrinkCli.BAD_INPUT);
                assertThat(second.err()).contains(dir.toString(), "another Brink command is writing this folder",
                        "pid " + first.process.pid()).hasLineCount(1);
            }
            assertThat(Files.readString(dir.resolve(ResultsFolder.MARKER))).as("the refused writers left the marker alone").isEqualTo(marker);
            assertThat(Files.readString(dir.resolve(ResultsFolder.LOCK))).isEqualTo(lock);
            first.kill();
        }
        // the lock died with its process: the folder is marked incomplete and --force takes it back
        assertThat(dir.resolve(ResultsFolder.MARKER)).exists();
        CliRunner.Result again = CliRunner.run("run", BASELINE, "--runs", "5", "--days", "5", "--out", dir.toString(), "--force", "--quiet");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(RunResults.openComplete(dir).runs()).isEqualTo(5); // every file as its manifest recorded it
    }

    @Test
    void twoForcedRunsStartedTogetherNeverLeaveAMixedFolder() throws Exception {
        Path dir = tmp.resolve("race");
        CliRunner.Result first = CliRunner.run("run", BASELINE, "--runs", "5", "--days", "5", "--out", dir.toString(), "--quiet");
        assertThat(first.exitCode()).isZero();
        for (int trial = 0; trial < 2; trial++) {
            try (ChildBrink a = ChildBrink.start(tmp, tmp.resolve("logs"), "a" + trial, "run", BASELINE, "--runs", "40",
                    "--days", "10", "--seed", "1", "--out", dir.toString(), "--force", "--quiet");
                 ChildBrink b = ChildBrink.start(tmp, tmp.resolve("logs"), "b" + trial, "run", BASELINE, "--runs", "40",
                         "--days", "10", "--seed", "2", "--out", dir.toString(), "--force", "--quiet")) {
                int ca = a.exitCode(), cb = b.exitCode();
                // each either wrote the whole folder or was refused; a refused one says so
                assertThat(List.of(ca, cb)).as(a.err() + b.err()).allMatch(c -> c == 0 || c == BrinkCli.BAD_INPUT).contains(0);
                if (ca == 2) assertThat(a.err()).contains("another Brink command is writing");
                if (cb == 2) assertThat(b.err()).contains("another Brink command is writing");
            }
            // whichever wrote last, the folder is whole: complete, and every file is the one its manifest records
            assertThat(dir.resolve(ResultsFolder.MARKER)).doesNotExist();
            assertThat(RunResults.openComplete(dir).runs()).isEqualTo(40);
        }
    }

    @Test
    void aRunKilledAtAnyMomentIsEmptyOrMarkedIncompleteAndForceTakesItBack() throws Exception {
        // from the first entry of the folder to the last chart: the moments a kill can land on
        List<String> moments = List.of("", ResultsFolder.MARKER, "runs.csv.part", "daily.csv", "charts");
        for (String moment : moments) {
            Path dir = tmp.resolve("killed-" + (moment.isEmpty() ? "folder" : moment));
            try (ChildBrink child = ChildBrink.start(tmp, tmp.resolve("logs"), "kill-" + moment.hashCode(), "run", BASELINE,
                    "--runs", "600", "--days", "60", "--threads", "2", "--out", dir.toString(), "--quiet")) {
                child.await(moment + " to appear", () -> Files.exists(moment.isEmpty() ? dir : dir.resolve(moment)));
                child.kill();
            }
            String[] left = names(dir);
            assertThat(left.length == 0 || List.of(left).contains(ResultsFolder.MARKER))
                    .as("killed at %s the folder holds %s", moment, List.of(left)).isTrue();
            CliRunner.Result redo = CliRunner.run("run", BASELINE, "--runs", "30", "--days", "10", "--out", dir.toString(), "--force", "--quiet");
            assertThat(redo.exitCode()).as(moment + ": " + redo).isZero();
        }
    }

    @Test
    void ctrlCAndSigtermLeaveTheFolderMarkedWithNoPartFilesAndSaySo() throws Exception {
        for (String signal : List.of("INT", "TERM", "INT")) {
            Path dir = tmp.resolve("signalled-" + signal + System.nanoTime());
            try (ChildBrink child = longRun(dir, "sig-" + signal)) {
                child.await("runs.csv.part", () -> Files.exists(dir.resolve("runs.csv.part")));
                child.signal(signal);
                int code = child.exitCode();
                assertThat(code).as(child.err()).isEqualTo(signal.equals("INT") ? 130 : 143);
                assertThat(child.err()).contains("brink: interrupted; " + dir + " is marked INCOMPLETE", "--force");
            }
            assertThat(names(dir)).as("no .part file is left").noneMatch(n -> n.endsWith(".part"));
            assertThat(Files.readString(dir.resolve(ResultsFolder.MARKER))).startsWith("STOPPED: interrupted");
        }
    }

    @Test
    void aSweepInterruptedByCtrlCSaysSoAndResumes() throws Exception {
        Path dir = tmp.resolve("sweep-int");
        Path sweep = Path.of("scenarios/sweeps/lhs-8-factors.yaml").toAbsolutePath();
        try (ChildBrink child = ChildBrink.start(tmp, tmp.resolve("logs"), "sweep-int", "sweep", sweep.toString(),
                "--out", dir.toString(), "--threads", "2", "--quiet")) {
            child.await("the first points", () -> lines(dir.resolve("points.csv")) > 2);
            child.signal("INT");
            assertThat(child.exitCode()).isEqualTo(130);
            assertThat(child.err()).contains("interrupted; " + dir + " is marked INCOMPLETE", "--resume");
        }
        assertThat(dir.resolve(ResultsFolder.MARKER)).exists();
    }

    static boolean lockHolds(Path dir, long pid) {
        try {
            // the lock holds the PID and the marker its text: the folder is taken
            return Files.readString(dir.resolve(ResultsFolder.MARKER)).contains("--force")
                    && Files.readString(dir.resolve(ResultsFolder.LOCK)).startsWith("pid " + pid + "\n");
        } catch (Exception e) {
            return false;
        }
    }

    static long lines(Path f) {
        try {
            return Files.exists(f) ? Files.readString(f).chars().filter(c -> c == '\n').count() : 0;
        } catch (Exception e) {
            return 0;
        }
    }

    static String[] names(Path dir) throws Exception {
        if (!Files.exists(dir)) return new String[0];
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir)).map(p -> dir.relativize(p).toString()).toArray(String[]::new);
        }
    }
}
