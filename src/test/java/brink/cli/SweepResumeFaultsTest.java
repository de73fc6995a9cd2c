package brink.cli;

import brink.experiment.sweep.SweepFixtures;
import brink.results.ResultsFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sweep stopped at any moment resumes: killed before sweep.json existed, left by an older Brink
 * with only INCOMPLETE.part, or with a row of points.csv damaged (a number changed but well
 * formed: its checksum no longer matches, so the point is computed again rather than kept).
 * Each ends with the points.csv of a sweep that ran straight through.
 */
class SweepResumeFaultsTest {
    private static final String SWEEP = """
            scenario: short.yaml
            seed: 5
            replications: 4
            design: {type: lhs, points: 40}
            factors:
              - {path: actors.north_korea.troops, min: 0, max: 80000}
              - {path: triggers.pact_nk_joins_kursk.probability, min: 0, max: 1}
            outcomes:
              - {kind: probability, rung: nk_combat_in_kursk, within_days: 30}
              - {kind: median, metric: russian_casualties}
            """;

    @TempDir
    Path tmp;
    Path file;
    byte[] straight;

    @BeforeEach
    void straightRun() throws Exception {
        SweepFixtures.scenarios(tmp, 40);
        file = Files.writeString(tmp.resolve("resume.yaml"), SWEEP);
        Path dir = tmp.resolve("straight");
        assertThat(sweep(dir).exitCode()).isZero();
        straight = Files.readAllBytes(dir.resolve("points.csv"));
    }

    private CliRunner.Result sweep(Path dir, String... extra) {
        List<String> args = new ArrayList<>(List.of("sweep", file.toString(), "--out", dir.toString(), "--threads", "2", "--quiet"));
        args.addAll(List.of(extra));
        CliRunner.Result r = CliRunner.run(args.toArray(new String[0]));
        assertThat(r.exitCode()).as(r.toString()).isZero();
        return r;
    }

    @Test
    void aSweepKilledBeforeItsFirstPointResumes() throws Exception {
        Path dir = tmp.resolve("early");
        try (ChildBrink child = ChildBrink.start(tmp, tmp.resolve("logs"), "early", "sweep", file.toString(),
                "--out", dir.toString(), "--threads", "2", "--quiet")) {
            child.await("the marker", () -> Files.exists(dir.resolve(ResultsFolder.MARKER)));
            child.kill();
        }
        sweep(dir, "--resume");
        assertThat(Files.readAllBytes(dir.resolve("points.csv"))).isEqualTo(straight);
        assertThat(dir.resolve(ResultsFolder.MARKER)).doesNotExist();
    }

    @Test
    void aFolderHoldingOnlyAMarkerOrAnOldPartMarkerResumesFromScratch() throws Exception {
        for (String left : List.of(ResultsFolder.MARKER, ResultsFolder.MARKER + ".part", ResultsFolder.LOCK)) {
            Path dir = Files.createDirectories(tmp.resolve("only-" + left));
            Files.writeString(dir.resolve(left), "");
            sweep(dir, "--resume");
            assertThat(Files.readAllBytes(dir.resolve("points.csv"))).as(left).isEqualTo(straight);
            Path forced = Files.createDirectories(tmp.resolve("forced-" + left));
            Files.writeString(forced.resolve(left), "");
            sweep(forced, "--force");
            assertThat(Files.readAllBytes(forced.resolve("points.csv"))).as(left).isEqualTo(straight);
        }
    }

    @Test
    void aDamagedRowOfPointsCsvIsComputedAgainNotKept() throws Exception {
        Path dir = tmp.resolve("damaged");
        sweep(dir);
        List<String> lines = new ArrayList<>(Files.readAllLines(dir.resolve("points.csv")));
        String row = lines.get(7);
        // the same size and still numbers, so only the row's checksum can tell
        int at = row.indexOf(',', row.indexOf(',', row.indexOf(',') + 1) + 1) + 1;
        char c = row.charAt(at);
        assertThat(Character.isDigit(c)).as(row).isTrue();
        lines.set(7, row.substring(0, at) + (char) ('0' + (c - '0' + 1) % 10) + row.substring(at + 1));
        lines.remove(20); // and a point lost
        Files.write(dir.resolve("points.csv"), lines);
        Files.writeString(dir.resolve(ResultsFolder.MARKER), "interrupted\n");

        CliRunner.Result r = sweep(dir, "--resume");
        assertThat(r.err()).contains("1 row(s) of", "points.csv", "computed again");
        assertThat(r.out()).contains("40 points done (2 computed now, 38 kept from before)");
        assertThat(Files.readAllBytes(dir.resolve("points.csv"))).isEqualTo(straight);
    }
}
