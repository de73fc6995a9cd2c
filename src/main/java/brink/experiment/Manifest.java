package brink.experiment;

import brink.results.RunManifest;
import brink.scenario.ParameterSpec;
import brink.scenario.Provenance;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a run's {@link RunManifest} from what ran: the scenario as resolved after
 * {@code extends}, every parameter with its distribution and provenance, the seed, the runs, the
 * command that reproduces the folder.
 */
public final class Manifest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Manifest() {}

    /**
     * What ran: the inputs of an experiment, and when the command started (the wall time in the
     * manifest runs from there to the folder's completion).
     */
    public record Run(Scenario scenario, long seed, int runs, int threads, String command, String brinkVersion,
                      Instant started, long startNanos) {
        public Run(Scenario scenario, long seed, int runs, int threads, String command, String brinkVersion) {
            this(scenario, seed, runs, threads, command, brinkVersion, Instant.now(), System.nanoTime());
        }

        /** Seconds since the command started. */
        public double elapsedSeconds() { return (System.nanoTime() - startNanos) / 1e9; }
    }

    /** The manifest of a run still being written: status "running", no files yet. */
    public static RunManifest of(Run run) {
        return new RunManifest(RunManifest.KIND, run.brinkVersion(), System.getProperty("java.version"), "running",
                run.command(), scenario(run.scenario()), parameters(run.scenario()), run.seed(), run.runs(), run.threads(),
                MonteCarloRunner.BLOCK, run.started().toString(), Instant.now().toString(), run.elapsedSeconds(), Map.of());
    }

    private static RunManifest.ScenarioInfo scenario(Scenario s) {
        List<String> chain = new ArrayList<>();
        // relative to where the command ran, as messages show paths: no home directory in a report
        for (Path p : s.chain()) chain.add(ScenarioLoader.label(p));
        return new RunManifest.ScenarioInfo(s.name(), s.title(), s.description(),
                s.file() == null ? null : s.file().toString(), chain, s.startDate().toString(), s.horizonDays(), s.resolved());
    }

    private static List<RunManifest.Parameter> parameters(Scenario s) {
        List<RunManifest.Parameter> list = new ArrayList<>();
        for (ParameterSpec p : s.parameters().values()) {
            Provenance pr = p.provenance();
            RunManifest.Provenance prov = pr == null ? new RunManifest.Provenance(null, null, null, null)
                    : new RunManifest.Provenance(pr.sourceFile(), pr.quote(), pr.assumption(), pr.setIn());
            JsonNode dist = JSON.valueToTree(p.distribution().toMap());
            list.add(new RunManifest.Parameter(p.path(), dist, prov, p.def().unit(), p.def().min(), p.def().max()));
        }
        return list;
    }
}
