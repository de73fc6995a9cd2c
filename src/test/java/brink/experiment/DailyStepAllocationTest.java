package brink.experiment;

import brink.model.EscalationLadder;
import brink.model.RunRecord;
import brink.model.Rung;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hot loop allocates nothing per step: a Monte Carlo's memory and garbage do not grow with its
 * days. Counted with the JVM's per-thread allocation counter over whole ten-year replications of
 * every shipped scenario (so the rare paths run too: rungs crossed, scheduled events, ceasefires,
 * the war's end, nuclear use), each run a second time after a first pass has loaded and
 * initialised every class its path uses. A replication's start allocates (its generators: a few
 * kilobytes a run); its days must not. The count is exact and does not depend on the JIT: the
 * interpreter's path allocates nothing either.
 */
class DailyStepAllocationTest {
    private static final int RUNS = 25;
    private static final int TEN_YEARS = 3650;

    /** Every scenario file in scenarios/ (a what-if added later is checked too). */
    static Stream<String> shippedScenarios() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void tenYearsOfDailyStepsAllocateNoBytes(String name) throws Exception {
        Scenario scenario = new ScenarioLoader().load(Path.of("scenarios", name)).withHorizon(TEN_YEARS);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        Replication replication = new Replication(scenario);
        // a first pass loads and initialises every class these runs' paths use (a rare path, the
        // first nuclear use say, may load one on day 1,600 of some run); the second pass runs the
        // very same replications, so any byte it allocates is allocated per step
        for (int i = 0; i < RUNS; i++) replication.runDirect(7, 0, i);

        long stepBytes = 0, steps = 0;
        int crossings = 0, truces = 0;
        for (int i = 0; i < RUNS; i++) {
            replication.start(7, 0, i);
            long before = threads.getThreadAllocatedBytes(thread);
            while (replication.model().day() < TEN_YEARS) {
                replication.model().stepDayDirectly();
                steps++;
            }
            stepBytes += threads.getThreadAllocatedBytes(thread) - before;
            replication.model().finish();
            RunRecord record = replication.record();
            for (Rung r : Rung.values()) if (r.level() >= 2 && record.firstCrossedDay(r) != EscalationLadder.NEVER) crossings++;
            if (record.firstCeasefireDay() != EscalationLadder.NEVER || record.warEndDay() != EscalationLadder.NEVER) truces++;
        }

        assertThat(steps).isEqualTo((long) RUNS * TEN_YEARS);
        assertThat(crossings).as("the measured runs crossed rungs (the event paths ran)").isPositive();
        assertThat(stepBytes).as("bytes allocated by %,d daily steps of %s (%d of the runs had a ceasefire or an end of the war)",
                steps, name, truces).isZero();
    }
}
