package brink.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * --engine spark where the Spark engine is not there (brink-core alone, as here: no brink-spark on the
 * class path, no target/brink-spark.jar in the install): one message saying how to get it, exit 2,
 * nothing written. The engine itself is tested in the brink-spark module.
 */
class EngineMissingTest {
    @TempDir Path tmp;
    private String home;

    @BeforeEach
    void anInstallWithoutTheEngine() throws Exception {
        home = System.getProperty("brink.home");
        System.setProperty("brink.home", Files.createDirectories(tmp.resolve("install")).toString());
    }

    @AfterEach
    void restore() {
        if (home == null) System.clearProperty("brink.home");
        else System.setProperty("brink.home", home);
    }

    @Test
    void aSweepOrARunOnSparkWithoutTheEngineIsOneMessageAndExit2() throws Exception {
        Path baseline = CliRunner.copyBaseline(tmp);
        Path sweep = Files.writeString(tmp.resolve("s.yaml"), """
                scenario: baseline.yaml
                replications: 2
                design: {type: lhs, points: 2}
                factors:
                  - {path: actors.north_korea.troops, min: 0, max: 60000}
                outcomes:
                  - {kind: mean, metric: nk_defected}
                """);
        CliRunner.Result s = CliRunner.run("sweep", sweep.toString(), "--engine", "spark", "--out", tmp.resolve("s").toString());
        assertThat(s.exitCode()).as(s.toString()).isEqualTo(BrinkCli.BAD_INPUT);
        assertThat(s.err()).startsWith("brink: --engine spark: the Spark engine is not built (")
                .contains("brink-spark.jar is missing").contains("mvn -B -ntp -DskipTests package").doesNotContain("Exception");
        assertThat(s.err().lines()).hasSize(1);
        assertThat(tmp.resolve("s")).doesNotExist();

        CliRunner.Result r = CliRunner.run("run", baseline.toString(), "--runs", "5", "--engine", "spark", "--out", tmp.resolve("r").toString());
        assertThat(r.exitCode()).as(r.toString()).isEqualTo(BrinkCli.BAD_INPUT);
        assertThat(r.err()).contains("the Spark engine is not built");
        assertThat(tmp.resolve("r")).doesNotExist();
    }

    @Test
    void masterWithoutASparkEngineIsRefused() throws Exception {
        CliRunner.Result r = CliRunner.run("run", CliRunner.copyBaseline(tmp).toString(), "--runs", "5", "--master", "local[2]",
                "--out", tmp.resolve("r").toString());
        assertThat(r.exitCode()).isEqualTo(BrinkCli.BAD_INPUT);
        assertThat(r.err()).contains("--master: only with --engine spark");
    }
}
