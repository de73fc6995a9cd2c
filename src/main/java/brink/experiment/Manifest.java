package brink.experiment;

import brink.scenario.ParameterSpec;
import brink.scenario.Provenance;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * manifest.json: everything needed to know what a results folder is and to reproduce it (the
 * command, the scenario as resolved after {@code extends}, every parameter with its distribution
 * and provenance, the seed, the number of runs) plus when and how fast it ran.
 */
public final class Manifest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Manifest() {}

    /** What ran: the inputs of an experiment. */
    public record Run(Scenario scenario, long seed, int runs, int threads, String command, String brinkVersion) {}

    public static String json(Run run, Instant started, Instant finished) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("brink_version", run.brinkVersion());
        m.put("java_version", System.getProperty("java.version"));
        m.put("status", "complete");
        m.put("command", run.command());
        m.put("scenario", scenario(run.scenario()));
        m.put("parameters", parameters(run.scenario()));
        m.put("seed", run.seed());
        m.put("runs", run.runs());
        m.put("threads", run.threads());
        m.put("block_size", MonteCarloRunner.BLOCK);
        m.put("started", started.toString());
        m.put("finished", finished.toString());
        m.put("wall_seconds", (finished.toEpochMilli() - started.toEpochMilli()) / 1000.0);
        try {
            return JSON.writeValueAsString(m) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("manifest cannot be written as JSON", e);
        }
    }

    private static Map<String, Object> scenario(Scenario s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("title", s.title());
        m.put("description", s.description());
        m.put("file", s.file() == null ? null : s.file().toString());
        List<String> chain = new ArrayList<>();
        // relative to where the command ran, as messages show paths: no home directory in a report
        for (Path p : s.chain()) chain.add(ScenarioLoader.label(p));
        m.put("chain", chain);
        m.put("start_date", s.startDate().toString());
        m.put("horizon_days", s.horizonDays());
        m.put("resolved", s.resolved());
        return m;
    }

    private static List<Map<String, Object>> parameters(Scenario s) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (ParameterSpec p : s.parameters().values()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", p.path());
            m.put("distribution", p.distribution().toMap());
            Provenance pr = p.provenance();
            Map<String, Object> prov = new LinkedHashMap<>();
            prov.put("source", pr == null ? null : pr.sourceFile());
            prov.put("quote", pr == null ? null : pr.quote());
            prov.put("assumption", pr == null ? null : pr.assumption());
            prov.put("set_in", pr == null ? null : pr.setIn());
            m.put("provenance", prov);
            m.put("unit", p.def().unit());
            m.put("min", p.def().min());
            m.put("max", p.def().max());
            list.add(m);
        }
        return list;
    }
}
