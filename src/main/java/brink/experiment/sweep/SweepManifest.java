package brink.experiment.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import brink.results.FileRecord;
import brink.scenario.sweep.Outcome;
import brink.scenario.sweep.SweepSpec;
import brink.scenario.sweep.DesignOptions;
import brink.scenario.sweep.Factor;

import java.util.Map;

/**
 * sweep.json: what the sweep is (design, factors, seed, replications, outcomes, the base scenario
 * as resolved) and a fingerprint of everything that decides the numbers, so --resume refuses a
 * folder written by a different sweep.
 */
public final class SweepManifest {
    public static final String FILE = "sweep.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SweepManifest() {}

    /** Everything that decides the points and their numbers. */
    static ObjectNode definition(SweepSpec spec, long points) {
        ObjectNode d = JSON.createObjectNode();
        d.put("design", spec.design().key());
        ObjectNode o = d.putObject("design_options");
        DesignOptions op = spec.options();
        switch (spec.design()) {
            case GRID -> o.put("points_per_factor", op.pointsPerFactor());
            case LHS -> o.put("points", op.points());
            case SOBOL -> o.put("base_samples", op.baseSamples());
            case MORRIS -> { o.put("trajectories", op.trajectories()); o.put("levels", op.levels()); o.put("delta", op.morrisDelta()); }
        }
        d.put("points", points);
        d.put("replications", spec.replications());
        d.put("seed", spec.seed());
        d.put("common_random_numbers", spec.commonRandomNumbers());
        ArrayNode fs = d.putArray("factors");
        for (Factor f : spec.factors()) {
            ObjectNode n = fs.addObject();
            n.put("path", f.path());
            n.put("unit", f.def().unit());
            n.put("min", f.min());
            n.put("max", f.max());
            if (f.hasLevels()) {
                ArrayNode l = n.putArray("levels");
                for (double v : f.levels()) l.add(v);
            }
            n.put("base", spec.base().parameter(f.key()).distribution().describe());
        }
        ArrayNode os = d.putArray("outcomes");
        for (Outcome out : spec.outcomes()) {
            ObjectNode n = os.addObject();
            n.put("id", out.id());
            n.put("kind", out.kind().key());
            if (out.rung() != null) n.put("rung", out.rung().key());
            if (out.kind() == Outcome.Kind.PROBABILITY) n.put("within_days", out.withinDays());
            if (out.metric() != null) n.put("metric", out.metric().key());
            if (!Double.isNaN(out.threshold())) n.put("threshold", out.threshold());
            n.put("title", out.title());
        }
        ObjectNode s = d.putObject("base_scenario");
        s.put("name", spec.base().name());
        s.put("file", brink.scenario.ScenarioLoader.label(spec.base().file()));
        s.put("horizon_days", spec.base().horizonDays());
        s.set("resolved", spec.base().resolved());
        return d;
    }

    public static String fingerprint(SweepSpec spec, long points) {
        return brink.results.Fingerprint.of(definition(spec, points));
    }

    /**
     * sweep.json: what the sweep is, its status ("running" or "complete"), the engine that computed it
     * ("local threads", "spark local[2]", ...) and, once complete, every file's record.
     */
    public static String render(SweepSpec spec, long points, String brinkVersion, String engine, String status,
                                Map<String, FileRecord> files) {
        ObjectNode m = JSON.createObjectNode();
        m.put("kind", "sweep");
        m.put("status", status);
        m.put("name", spec.name());
        m.put("title", spec.title());
        m.put("description", spec.description());
        m.put("sweep_file", spec.fileLabel());
        m.put("brink_version", brinkVersion);
        m.put("engine", engine);
        m.put("fingerprint", fingerprint(spec, points));
        m.setAll(definition(spec, points));
        ObjectNode notes = m.putObject("methods");
        notes.put("seeds", spec.commonRandomNumbers()
                ? "common random numbers: replication r of point i is seeded with Seeds.key(seed, group(i), r), the group being "
                  + "0 (grid, lhs), the base row (sobol) or the trajectory (morris); any point can be recomputed alone"
                : "replication r of point i is seeded with Seeds.key(seed, i, r): any point can be recomputed alone");
        notes.put("factors", "each factor replaces the base parameter's distribution by a fixed value at each point");
        notes.put("probability_interval", "Wilson score 95%");
        notes.put("median_interval", "distribution-free order-statistic 95% interval (exact binomial ranks; the sample range below 6 replications)");
        notes.put("mean_interval", "Student t 95%");
        notes.put("median_day", "runs that never cross the rung count as horizon + 1");
        notes.put("sensitivity", switch (spec.design()) {
            case SOBOL -> "S1 (Saltelli 2010) and ST (Jansen 1999), 95% bootstrap percentile intervals over the base rows ("
                    + SensitivityAnalysis.BOOTSTRAP_RESAMPLES + " resamples)";
            case MORRIS -> "Morris (1991) elementary effects in units of each factor's range: mu*, mu, sigma";
            case GRID, LHS -> "partial rank correlation coefficients with Fisher-z 95% intervals";
        });
        if (files != null) m.set("files", JSON.valueToTree(files));
        try {
            return JSON.writeValueAsString(m) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
