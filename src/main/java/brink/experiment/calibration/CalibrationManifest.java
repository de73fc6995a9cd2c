package brink.experiment.calibration;

import brink.results.FileRecord;
import brink.scenario.ScenarioLoader;
import brink.scenario.calibration.CalibrationSpec;
import brink.scenario.calibration.FittedParameter;
import brink.scenario.calibration.Target;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * calibration.json: what the calibration is (parameters and priors, targets, ABC settings, seed,
 * the base scenario as resolved), a fingerprint of everything that decides the populations (so
 * --resume refuses a folder of another calibration), its status, the command, and once complete
 * every file's record and the populations' wall times.
 */
public final class CalibrationManifest {
    public static final String FILE = "calibration.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CalibrationManifest() {}

    /**
     * Everything that decides the populations' numbers. The number of populations is left out:
     * population t depends only on population t−1, so a resumed calibration may ask for more.
     */
    static ObjectNode definition(CalibrationSpec spec) {
        ObjectNode d = JSON.createObjectNode();
        d.put("method", "ABC-SMC (Toni et al. 2009; Beaumont et al. 2009)");
        d.put("seed", spec.seed());
        ObjectNode a = d.putObject("abc");
        a.put("particles", spec.abc().particles());
        a.put("replications", spec.abc().replications());
        a.put("quantile", spec.abc().quantile());
        a.put("min_acceptance", spec.abc().minAcceptance());
        a.put("max_attempts", spec.abc().maxAttempts());
        ArrayNode ps = d.putArray("parameters");
        for (FittedParameter p : spec.parameters()) {
            ObjectNode n = ps.addObject();
            n.put("path", p.path());
            n.set("prior", JSON.valueToTree(p.prior().toMap()));
            n.put("prior_from", p.priorFromScenario() ? "scenario" : "targets file");
        }
        ArrayNode ts = d.putArray("targets");
        for (Target t : spec.targets()) {
            ObjectNode n = ts.addObject();
            n.put("id", t.id());
            n.put("statistic", t.statistic().key());
            if (t.rung() != null) n.put("rung", t.rung().key());
            if (t.metric() != null) n.put("metric", t.metric().key());
            n.put("from_day", t.fromDay());
            n.put("to_day", t.toDay());
            n.put("observed_low", t.low());
            n.put("observed_high", t.high());
            n.put("scale", t.scale());
            n.put("source", t.provenance().describe());
        }
        ObjectNode s = d.putObject("base_scenario");
        s.put("name", spec.base().name());
        s.put("file", ScenarioLoader.label(spec.base().file()));
        s.put("simulated_days", spec.lastDay());
        s.set("resolved", spec.base().resolved());
        return d;
    }

    public static String fingerprint(CalibrationSpec spec) {
        return brink.results.Fingerprint.of(definition(spec));
    }

    /** The manifest; {@code files} and {@code seconds} (wall time per population) once complete. */
    public static String render(CalibrationSpec spec, String command, String brinkVersion, String status, String stopReason,
                                List<Double> seconds, Map<String, FileRecord> files) {
        ObjectNode m = JSON.createObjectNode();
        m.put("kind", "calibration");
        m.put("status", status);
        m.put("name", spec.name());
        m.put("title", spec.title());
        m.put("targets_file", spec.fileLabel());
        m.put("command", command);
        m.put("brink_version", brinkVersion);
        m.put("fingerprint", fingerprint(spec));
        m.put("populations_asked", spec.abc().populations());
        if (stopReason != null) m.put("stopped_because", stopReason);
        m.setAll(definition(spec));
        if (seconds != null) {
            ArrayNode w = m.putArray("wall_seconds_per_population");
            for (double s : seconds) w.add(Math.round(s * 10) / 10.0);
        }
        if (files != null) m.set("files", JSON.valueToTree(files));
        try {
            return JSON.writeValueAsString(m) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
