package brink.cli;

import brink.experiment.sweep.SweepFixtures;
import brink.results.ResultsFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * User faults are user errors: an output location that is under a file, impossible, read-only or
 * full gives exit 2 and one message naming the path and the cause, for run, sweep and compare; a
 * folder that hit a full disk is marked INCOMPLETE and is taken back by --force (run, compare) or
 * continued by --resume (sweep) once there is space. The full and read-only disks are small tmpfs
 * mounts (the test needs root, as CI has; without mount rights those cases are skipped, saying so).
 */
class OutputFaultsTest {
    private static final String BASELINE = Path.of("scenarios/baseline.yaml").toAbsolutePath().toString();
    private static final String SWEEP = """
            scenario: short.yaml
            seed: 9
            replications: 3
            design: {type: lhs, points: 60}
            factors:
              - {path: actors.north_korea.troops, min: 0, max: 80000}
            outcomes:
              - {kind: median, metric: russian_casualties}
            """;

    @TempDir
    static Path tmp;
    static Path a, b, sweepFile;
    private final List<Path> mounts = new ArrayList<>();

    @BeforeAll
    static void inputs() throws Exception {
        a = tmp.resolve("a");
        b = tmp.resolve("b");
        for (Path d : List.of(a, b)) {
            CliRunner.Result r = CliRunner.run("run", BASELINE, "--runs", "20", "--days", "10", "--out", d.toString(), "--quiet");
            assertThat(r.exitCode()).as(r.toString()).isZero();
        }
        Path sweeps = Files.createDirectories(tmp.resolve("sweeps"));
        SweepFixtures.scenarios(sweeps, 30);
        sweepFile = Files.writeString(sweeps.resolve("s.yaml"), SWEEP);
    }

    /** The three commands that write a folder, each into {@code out}. */
    private static List<String[]> writers(Path out, String... extra) {
        List<String[]> w = new ArrayList<>();
        w.add(cat(new String[]{"run", BASELINE, "--runs", "2000", "--days", "60", "--out", out.toString(), "--quiet"}, extra));
        w.add(cat(new String[]{"sweep", sweepFile.toString(), "--out", out.toString(), "--quiet"}, extra));
        w.add(cat(new String[]{"compare", a.toString(), b.toString(), "--out", out.toString()}, extra));
        return w;
    }

    private static String[] cat(String[] a, String[] b) {
        List<String> l = new ArrayList<>(List.of(a));
        l.addAll(List.of(b));
        return l.toArray(new String[0]);
    }

    /** Exit 2, one message naming a path at or below {@code where} and the cause. */
    private static CliRunner.Result refused(String[] args, Path where, String cause) {
        CliRunner.Result r = CliRunner.run(args);
        assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r).isEqualTo(BrinkCli.BAD_INPUT);
        assertThat(r.err()).as(args[0]).startsWith("brink: " + where).contains(cause).hasLineCount(1)
                .doesNotContain("Exception", "internal error");
        return r;
    }

    @Test
    void anOutputUnderAFileIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path file = Files.writeString(tmp.resolve("plain.txt"), "x");
        for (String[] args : writers(file.resolve("out"))) refused(args, file.resolve("out"), "is a file, not a folder");
        assertThat(file).hasContent("x");
    }

    @Test
    void anImpossibleOutputIsRefusedWithTheSystemsReason() {
        Path proc = Path.of("/proc/brink-cannot-be-here/out");
        for (String[] args : writers(proc)) refused(args, proc, "cannot be written");
    }

    @Test
    void aReadOnlyOutputIsRefusedWithTheSystemsReason() throws Exception {
        Path ro = mount("ro", "ro,size=1m");
        for (String[] args : writers(ro.resolve("out"))) refused(args, ro.resolve("out"), "Read-only file system");
    }

    @Test
    void aFullDiskIsAUserErrorTheFolderStaysMarkedAndIsTakenBackWithSpace() throws Exception {
        Path disk = mount("full", "size=256k");
        String[] force = {"--force"}, resume = {"--resume"};
        List<String[]> again;
        List<String[]> first = List.of(writers(disk.resolve("run")).get(0), writers(disk.resolve("sweep")).get(1), writers(disk.resolve("cmp")).get(2));
        // compare's files are small: fill the disk to the last byte first, so every command meets a full disk
        try (OutputStream fill = Files.newOutputStream(disk.resolve("filler"))) {
            byte[] block = new byte[4096];
            try {
                while (true) fill.write(block);
            } catch (java.io.IOException full) {
                // full now
            }
        }
        for (String[] args : first) {
            Path out = Path.of(args[java.util.Arrays.asList(args).indexOf("--out") + 1]);
            CliRunner.Result r = refused(args, out, "No space left on device");
            if (ResultsFolder.isMarkedIncomplete(out)) assertThat(r.err()).contains("is marked INCOMPLETE");
            // recognisably Brink's and incomplete, even with 0 bytes free
            assertThat(!Files.exists(out) || ResultsFolder.isBrinkFolder(out) || isEmpty(out)).as(out.toString()).isTrue();
        }
        Files.delete(disk.resolve("filler"));
        sh("mount", "-o", "remount,size=64m", disk.toString());
        again = List.of(writers(disk.resolve("run"), force).get(0), writers(disk.resolve("sweep"), resume).get(1),
                writers(disk.resolve("cmp"), force).get(2));
        for (String[] args : again) {
            CliRunner.Result r = CliRunner.run(args);
            assertThat(r.exitCode()).as(String.join(" ", args) + "\n" + r).isZero();
        }
        assertThat(disk.resolve("run").resolve(ResultsFolder.MARKER)).doesNotExist();
        assertThat(disk.resolve("sweep").resolve(ResultsFolder.MARKER)).doesNotExist();
    }

    @Test
    void aSweepThatFillsTheDiskMidwayResumesWithTheSamePoints() throws Exception {
        Path straight = tmp.resolve("straight-sweep");
        assertThat(CliRunner.run(writers(straight).get(1)).exitCode()).isZero();
        Path disk = mount("midway", "size=200k");
        Path out = disk.resolve("sweep");
        // sweep.json (the base scenario resolved) and the first points fit, the rest do not
        try (OutputStream fill = Files.newOutputStream(disk.resolve("filler"))) {
            fill.write(new byte[200 * 1024 - 130 * 1024]);
        }
        CliRunner.Result full = CliRunner.run(writers(out).get(1));
        assertThat(full.exitCode()).as(full.toString()).isEqualTo(BrinkCli.BAD_INPUT);
        assertThat(full.err()).contains("No space left on device", "is marked INCOMPLETE", "--resume");
        Files.delete(disk.resolve("filler"));
        sh("mount", "-o", "remount,size=64m", disk.toString());
        CliRunner.Result resumed = CliRunner.run(writers(out, "--resume").get(1));
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(Files.readAllBytes(out.resolve("points.csv"))).isEqualTo(Files.readAllBytes(straight.resolve("points.csv")));
    }

    private static boolean isEmpty(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private Path mount(String name, String options) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("mnt-" + name + "-" + System.nanoTime()));
        int code = sh("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString());
        Assumptions.assumeTrue(code == 0, "mounting a tmpfs needs root and mount rights (CI has them); skipped here");
        mounts.add(dir);
        return dir;
    }

    private static int sh(String... cmd) throws Exception {
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    @AfterEach
    void unmount() throws Exception {
        for (Path m : mounts) sh("umount", "-l", m.toString());
        mounts.clear();
    }
}
