package brink.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A calibration killed with SIGKILL in a child JVM after its first populations, then resumed,
 * ends with byte-identical populations, posterior and fitted scenario to a calibration that ran
 * straight through.
 */
class CalibrateKillResumeTest {
    @TempDir
    Path tmp;

    private static final String TARGETS = """
            scenario: baseline.yaml
            seed: 17
            abc: {particles: 40, populations: 5, replications: 12, quantile: 0.4}
            parameters:
              - path: actors.nato.red_line.strike_restrictions_lifted
                prior: {dist: uniform, min: 0.6, max: 1.6, assumption: "test prior"}
              - path: actors.north_korea.red_line.nk_combat_in_kursk
                prior: {dist: uniform, min: 0.6, max: 1.6, assumption: "test prior"}
            targets:
              - {id: lifted, statistic: probability, rung: strike_restrictions_lifted, to_day: 60, observed: 0.3, scale: 0.1, assumption: "test"}
              - {id: combat, statistic: probability, rung: nk_combat_in_kursk, to_day: 30, observed: 0.8, scale: 0.1, assumption: "test"}
            """;

    @Test
    void sigkilledCalibrationResumedGivesTheSamePosteriorAsAStraightRun() throws Exception {
        CliRunner.copyBaseline(tmp);
        Path file = Files.writeString(tmp.resolve("kill.yaml"), TARGETS);
        Path killed = tmp.resolve("killed");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "brink.cli.BrinkCli",
                "calibrate", file.toString(), "--out", killed.toString(), "--threads", "2", "--quiet")
                .redirectOutput(tmp.resolve("child.out").toFile())
                .redirectError(tmp.resolve("child.err").toFile())
                .start();
        Path checkpoint = killed.resolve("populations/population-1.csv");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!Files.exists(checkpoint) && child.isAlive() && System.nanoTime() < deadline) Thread.sleep(5);
        assertThat(child.isAlive()).as("the child calibration is still running when killed: " + Files.readString(tmp.resolve("child.err"))).isTrue();
        child.destroyForcibly(); // SIGKILL: no shutdown hooks
        child.waitFor(30, TimeUnit.SECONDS);
        assertThat(killed.resolve("INCOMPLETE")).exists();
        assertThat(killed.resolve("posterior.csv")).doesNotExist();

        CliRunner.Result resumed = CliRunner.run("calibrate", file.toString(), "--out", killed.toString(), "--resume", "--threads", "1");
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.err()).contains("kept from before");
        Path straight = tmp.resolve("straight");
        CliRunner.Result direct = CliRunner.run("calibrate", file.toString(), "--out", straight.toString(), "--threads", "2", "--quiet");
        assertThat(direct.exitCode()).as(direct.toString()).isZero();

        for (String f : List.of("posterior.csv", "populations.csv", "parameters.csv", "targets.csv", "fitted.yaml")) {
            assertThat(Files.readAllBytes(killed.resolve(f))).as(f).isEqualTo(Files.readAllBytes(straight.resolve(f)));
        }
        try (var s = Files.list(straight.resolve("populations"))) {
            for (Path p : s.toList()) {
                assertThat(Files.readAllBytes(killed.resolve("populations").resolve(p.getFileName()))).as(p.toString())
                        .isEqualTo(Files.readAllBytes(p));
            }
        }
        assertThat(killed.resolve("INCOMPLETE")).doesNotExist();
    }
}
