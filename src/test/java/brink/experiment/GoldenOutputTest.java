package brink.experiment;

import brink.cli.CliRunner;
import brink.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden outputs: a tiny fixed-seed Monte Carlo and the trace the classroom lesson quotes must
 * come out byte for byte as checked in under {@code src/test/resources/golden/}. Anything that
 * changes a draw, the order of the draws, an update rule or the statistics shows up here, so a
 * speed-up that claims to leave the results alone is held to it.
 *
 * <p>When a change to the results is intended, regenerate the files with
 * {@code ./test.sh -Dtest=GoldenOutputTest -Dbrink.golden.update=true}, look at the difference
 * ({@code git diff src/test/resources/golden}), re-check docs/classroom.md's stories against
 * the new trace, and commit the files with the change that explains them.
 */
class GoldenOutputTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("brink.golden.update");

    @Test
    void aTinyFixedSeedMonteCarloGivesTheCheckedInFiles(@TempDir Path tmp) throws Exception {
        var scenario = new ScenarioLoader().load(Path.of("scenarios/baseline.yaml")).withHorizon(40);
        var run = new Manifest.Run(scenario, 11, 150, 2, "golden", "test");
        Path dir = tmp.resolve("out");
        new MonteCarloExperiment(run, null).execute(dir, false, null);
        for (String name : new String[]{"runs.csv", "daily.csv", "rungs.csv", "events.log"}) {
            compare("baseline-40d-150runs-seed11-" + name, Files.readString(dir.resolve(name)));
        }
    }

    @Test
    void theClassroomTraceIsTheCheckedInStory() throws Exception {
        // docs/classroom.md tells the baseline's seed 8 over its first months
        CliRunner.Result r = CliRunner.run("trace", "scenarios/baseline.yaml", "--seed", "8", "--days", "120");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        compare("trace-baseline-seed8-120d.txt", r.out());
    }

    private static void compare(String file, String actual) throws Exception {
        Path golden = GOLDEN.resolve(file);
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual);
        }
        assertThat(golden).as("golden file %s (see this class's comment to regenerate)", golden).exists();
        assertThat(actual).as("%s differs from its golden file", file).isEqualTo(Files.readString(golden));
    }
}
