package brink.cli;

import brink.experiment.sweep.SweepFixtures;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sweep killed with SIGKILL in a child JVM, then resumed, gives byte-identical points.csv to a
 * sweep that ran straight through.
 */
class SweepKillResumeTest {
    @TempDir
    Path tmp;

    private static final String SWEEP = """
            scenario: short.yaml
            seed: 11
            replications: 10
            design: {type: lhs, points: 600}
            factors:
              - {path: actors.north_korea.troops, min: 0, max: 80000}
              - {path: actors.nato.red_line.strike_restrictions_lifted, min: 0.6, max: 2.0}
              - {path: triggers.pact_nk_joins_kursk.probability, min: 0, max: 1}
            outcomes:
              - {kind: probability, rung: nk_combat_in_kursk, within_days: 90}
              - {kind: median, metric: russian_casualties}
            """;

    private int brink(String... args) {
        StringWriter sink = new StringWriter();
        var cl = BrinkCli.commandLine();
        cl.setErr(new PrintWriter(sink, true));
        cl.setOut(new PrintWriter(sink, true));
        int code = cl.execute(args);
        assertThat(code).as(sink.toString()).isEqualTo(0);
        return code;
    }

    private static long lines(Path f) throws Exception {
        if (!Files.exists(f)) return 0;
        return new String(Files.readAllBytes(f)).chars().filter(c -> c == '\n').count();
    }

    @Test
    void sigkilledSweepResumedGivesTheSamePointsCsvAsAStraightRun() throws Exception {
        SweepFixtures.scenarios(tmp, 90);
        Path file = Files.writeString(tmp.resolve("kill.yaml"), SWEEP);
        Path killed = tmp.resolve("killed");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "brink.cli.BrinkCli",
                "sweep", file.toString(), "--out", killed.toString(), "--threads", "2", "--quiet")
                .redirectOutput(tmp.resolve("child.out").toFile())
                .redirectError(tmp.resolve("child.err").toFile())
                .start();
        Path points = killed.resolve("points.csv");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (lines(points) < 40 && child.isAlive() && System.nanoTime() < deadline) Thread.sleep(10);
        assertThat(child.isAlive()).as("the child sweep is still running when killed: " + Files.readString(tmp.resolve("child.err"))).isTrue();
        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no final rewrite
        child.waitFor(30, TimeUnit.SECONDS);
        long rowsAtKill = lines(points) - 1;
        assertThat(rowsAtKill).isBetween(39L, 599L);
        assertThat(killed.resolve("INCOMPLETE")).exists();

        brink("sweep", file.toString(), "--out", killed.toString(), "--resume", "--threads", "2", "--quiet");
        Path straight = tmp.resolve("straight");
        brink("sweep", file.toString(), "--out", straight.toString(), "--threads", "2", "--quiet");

        assertThat(Files.readAllBytes(points)).isEqualTo(Files.readAllBytes(straight.resolve("points.csv")));
        assertThat(lines(points)).isEqualTo(601);
        assertThat(Files.readAllBytes(killed.resolve("sensitivity.csv"))).isEqualTo(Files.readAllBytes(straight.resolve("sensitivity.csv")));
        assertThat(killed.resolve("INCOMPLETE")).doesNotExist();
    }
}
