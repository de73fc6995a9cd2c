package brink.cli;

import brink.experiment.Story;
import brink.model.Rung;
import brink.results.StoryHeader;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any run of a results folder can be told again: {@code brink trace DIR --replication R} (or the
 * scenario with the folder's seed) gives the run in row R of runs.csv, the same numbers; and
 * events.log tells the runs worth telling, which the report links to.
 */
class ReplayTest {
    private static final int RUNS = 300;
    @TempDir
    static Path tmp;
    static Path dir;
    static List<String> rows;
    static String[] header;

    @BeforeAll
    static void run() throws Exception {
        dir = tmp.resolve("base");
        CliRunner.Result r = CliRunner.run("run", "scenarios/baseline.yaml", "--runs", String.valueOf(RUNS), "--days", "200",
                "--seed", "5", "--out", dir.toString(), "--quiet");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        rows = Files.readAllLines(dir.resolve("runs.csv"));
        header = rows.get(0).split(",", -1);
    }

    private static String cell(long replication, String column) {
        String[] c = rows.get((int) replication + 1).split(",", -1);
        return c[Arrays.asList(header).indexOf(column)];
    }

    @Test
    void aReplayedRunGivesItsRowOfRunsCsvByteForByte() throws Exception {
        Scenario s = new ScenarioLoader().load(Path.of("scenarios/baseline.yaml")).withHorizon(200);
        for (long r : new long[]{0, 1, 37, 158, RUNS - 1}) {
            assertThat(Story.tell(s, 5, r).runsCsvRow()).as("replication %d", r).isEqualTo(rows.get((int) r + 1) + "\n");
        }
    }

    @Test
    void traceOfTheFolderTellsThatRowsRunsAndDays() {
        Pattern rungLine = Pattern.compile("^  (\\d+) +([a-z_]+) +(?:day (\\d+) \\(|-$)");
        for (long r : new long[]{3, 77, 211}) {
            CliRunner.Result t = CliRunner.run("trace", dir.toString(), "--replication", String.valueOf(r));
            assertThat(t.exitCode()).as(t.toString()).isZero();
            assertThat(t.out()).contains("seed 5 (point 0, replication " + r + "), 200 days");
            int checked = 0;
            for (String l : t.out().lines().toList()) {
                Matcher m = rungLine.matcher(l);
                if (!m.find() || Rung.fromKey(m.group(2)) == null) continue;
                String day = m.group(3) == null ? "" : m.group(3);
                assertThat(day).as("replication %d, %s", r, m.group(2)).isEqualTo(cell(r, "first_day_" + m.group(2)));
                checked++;
            }
            assertThat(checked).as(t.out()).isEqualTo(Rung.COUNT);
            long casualties = Math.round(Double.parseDouble(cell(r, "final_russian_casualties")));
            assertThat(t.out()).contains(String.format("%,d", casualties));
            // the scenario with the folder's seed tells the same run
            CliRunner.Result same = CliRunner.run("trace", "scenarios/baseline.yaml", "--seed", "5", "--days", "200",
                    "--replication", String.valueOf(r));
            assertThat(same.out()).isEqualTo(t.out());
        }
    }

    @Test
    void eventsLogTellsTheHighestRungsReachedAndATypicalRun() throws Exception {
        List<StoryHeader.Story> stories = StoryHeader.read(dir.resolve("events.log"));
        assertThat(stories).isNotEmpty();
        int highest = rows.stream().skip(1).mapToInt(l -> Integer.parseInt(cell(rows.indexOf(l) - 1, "max_rung"))).max().orElseThrow();
        assertThat(stories.get(0).header().rung()).isEqualTo(highest);
        int previous = Integer.MAX_VALUE;
        for (StoryHeader.Story st : stories) {
            StoryHeader h = st.header();
            assertThat(st.lines()).allSatisfy(l -> assertThat(l).startsWith("run " + h.replication() + " day "));
            assertThat(h.why(ScenarioLoader.label(dir))).contains("./brink trace " + ScenarioLoader.label(dir) + " --replication " + h.replication());
            if (h.isTypical()) continue;
            assertThat(h.rung()).isLessThan(previous);
            previous = h.rung();
            assertThat(cell(h.replication(), "max_rung")).isEqualTo(String.valueOf(h.rung()));
            // the first such run: no earlier row has this highest rung
            for (long r = 0; r < h.replication(); r++) assertThat(cell(r, "max_rung")).isNotEqualTo(String.valueOf(h.rung()));
        }
        // one typical run at most (none when it is already one of the tail's stories)
        assertThat(stories.stream().filter(s -> s.header().isTypical()).count()).isLessThanOrEqualTo(1);
        // the report links each tail rung to its story
        String html = Files.readString(dir.resolve("report.html"));
        for (StoryHeader.Story st : stories) {
            assertThat(html).contains("id=\"story-run-" + st.header().replication() + "\"");
            if (!st.header().isTypical()) assertThat(html).contains("<a href=\"#story-run-" + st.header().replication() + "\">");
        }
    }

    @Test
    void aReplicationBeyondTheFolderIsABadInput() {
        CliRunner.Result t = CliRunner.run("trace", dir.toString(), "--replication", String.valueOf(RUNS));
        assertThat(t.exitCode()).isEqualTo(2);
        assertThat(t.err()).contains("--replication " + RUNS, "runs 0 to " + (RUNS - 1)).doesNotContain("Exception");
    }
}
