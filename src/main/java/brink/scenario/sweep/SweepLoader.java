package brink.scenario.sweep;

import brink.model.Metric;
import brink.model.ParameterCatalog;
import brink.model.ParameterDef;
import brink.model.Rung;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.scenario.ScenarioLoader;
import brink.scenario.Suggestions;
import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and validates a sweep file. Every mistake is one {@link ScenarioException} naming the
 * file, the field path, the value and what is allowed; nothing is run or written before the whole
 * file has passed.
 */
public final class SweepLoader {
    /** Largest design the runner accepts (points.csv rows). */
    /** Largest design (points.csv rows, and the points a sweep holds in memory). */
    public static final long MAX_POINTS = 1_000_000L;
    public static final int MAX_REPLICATIONS = 1_000_000;
    public static final int MAX_FACTORS = 200;

    private static final Set<String> TOP_KEYS = new LinkedHashSet<>(List.of("name", "title", "description",
            "scenario", "seed", "replications", "common_random_numbers", "design", "factors", "outcomes"));
    private static final Set<String> FACTOR_KEYS = new LinkedHashSet<>(List.of("path", "min", "max", "levels"));
    private static final Set<String> OUTCOME_KEYS = new LinkedHashSet<>(List.of("kind", "rung", "within_days", "metric", "threshold"));
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    public SweepSpec load(Path file) throws ScenarioException {
        String label = ScenarioLoader.label(file);
        JsonNode root = ScenarioLoader.readYaml(file);
        if (!root.isObject()) throw new ScenarioException(label, null, null, "the file must be a mapping (scenario:, factors:, design:, ...)");
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!TOP_KEYS.contains(k)) throw ScenarioException.unknownKey(label, k, TOP_KEYS);
        }
        String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "").replaceAll("[^A-Za-z0-9_]", "_").toLowerCase();
        String name = text(root, "name", label, stem.length() > ScenarioLoader.MAX_NAME ? stem.substring(0, ScenarioLoader.MAX_NAME) : stem);
        if (!ID.matcher(name).matches() || name.length() > ScenarioLoader.MAX_NAME) {
            throw new ScenarioException(label, "name", show(root.get("name")), "allowed: lower-case letters, digits and _, at most "
                    + ScenarioLoader.MAX_NAME + " characters (it names the results folder)");
        }
        String title = limited(text(root, "title", label, name), label, "title", ScenarioLoader.MAX_TITLE);
        String description = limited(text(root, "description", label, ""), label, "description", ScenarioLoader.MAX_DESCRIPTION);

        if (!root.has("scenario")) throw new ScenarioException(label, "scenario", null, "missing: the base scenario file, relative to this sweep file (e.g. ../baseline.yaml)");
        String scen = text(root, "scenario", label, null);
        Path scenarioFile = file.toAbsolutePath().getParent().resolve(scen).normalize();
        if (!Files.isRegularFile(scenarioFile)) {
            throw new ScenarioException(label, "scenario", "'" + scen + "'", "no such file (looked for " + ScenarioLoader.label(scenarioFile) + ")");
        }
        Scenario base = new ScenarioLoader().load(scenarioFile);

        long seed = 1;
        if (root.has("seed")) {
            JsonNode s = root.get("seed");
            if (!s.isIntegralNumber() || !s.canConvertToLong()) throw new ScenarioException(label, "seed", show(s), "allowed: a whole number");
            seed = s.asLong();
        }
        if (!root.has("replications")) throw new ScenarioException(label, "replications", null, "missing: replications per point, a whole number from 1 to " + MAX_REPLICATIONS);
        int replications = wholeNumber(root.get("replications"), label, "replications", 1, MAX_REPLICATIONS);

        boolean crn = false;
        if (root.has("common_random_numbers")) {
            JsonNode c = root.get("common_random_numbers");
            if (!c.isBoolean()) throw new ScenarioException(label, "common_random_numbers", show(c), "allowed: true or false");
            crn = c.asBoolean();
        }
        List<Factor> factors = factors(root.get("factors"), base.catalog(), label);
        Design design = design(root.get("design"), label);
        DesignOptions options = designOptions(root.get("design"), design, factors, label);
        List<Outcome> outcomes = outcomes(root.get("outcomes"), base, label);

        long points = design.pointCount(options, factors);
        if (points > MAX_POINTS) {
            throw new ScenarioException(label, "design", String.format(java.util.Locale.ROOT, "%,d points", points),
                    String.format(java.util.Locale.ROOT, "allowed: at most %,d points", MAX_POINTS));
        }
        return new SweepSpec(name, title, description, file, label, base, List.copyOf(factors), design, options,
                replications, seed, crn, List.copyOf(outcomes));
    }

    // ---------------------------------------------------------------- factors

    private static List<Factor> factors(JsonNode n, ParameterCatalog catalog, String file) throws ScenarioException {
        if (n == null) throw new ScenarioException(file, "factors", null, "missing: a list of factors, each {path: <parameter>, min: .., max: ..} or {path: .., levels: [..]}");
        if (!n.isArray() || n.isEmpty()) throw new ScenarioException(file, "factors", show(n), "allowed: a non-empty list of factors");
        if (n.size() > MAX_FACTORS) throw new ScenarioException(file, "factors", n.size() + " factors", "allowed: at most " + MAX_FACTORS);
        List<Factor> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n.size(); i++) {
            String at = "factors[" + i + "]";
            JsonNode f = n.get(i);
            if (!f.isObject()) throw new ScenarioException(file, at, show(f), "allowed: {path: <parameter>, min: .., max: ..} or {path: .., levels: [..]}");
            for (Iterator<String> it = f.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!FACTOR_KEYS.contains(k)) throw ScenarioException.unknownKey(file, at + "." + k, FACTOR_KEYS);
            }
            if (!f.has("path")) throw new ScenarioException(file, at + ".path", null, "missing: the parameter to vary, e.g. actors.north_korea.troops");
            JsonNode p = f.get("path");
            ParameterDef def = p.isTextual() ? catalog.find(p.asText()).orElse(null) : null;
            if (def == null) {
                throw new ScenarioException(file, at + ".path", show(p), "unknown parameter; did you mean "
                        + String.join(", ", closest(p.asText(), catalog, 3)) + "?");
            }
            if (!seen.add(def.path())) throw new ScenarioException(file, at + ".path", show(p), "allowed: each parameter once (it is already a factor)");
            boolean range = f.has("min") || f.has("max");
            if (range == f.has("levels")) {
                throw new ScenarioException(file, at, null, "give either min and max (a range) or levels (a list); " + def.path() + " is " + def.allowedText());
            }
            if (range) {
                double min = parameterValue(f.get("min"), def, file, at + ".min");
                double max = parameterValue(f.get("max"), def, file, at + ".max");
                if (!(max > min)) throw new ScenarioException(file, at + ".max", num(max), "allowed: a number above min " + num(min));
                out.add(new Factor(def, min, max, null));
            } else {
                JsonNode lv = f.get("levels");
                if (!lv.isArray() || lv.size() < 2) throw new ScenarioException(file, at + ".levels", show(lv), "allowed: a list of at least 2 values, each " + def.allowedText());
                double[] levels = new double[lv.size()];
                Set<Double> distinct = new HashSet<>();
                for (int j = 0; j < levels.length; j++) {
                    levels[j] = parameterValue(lv.get(j), def, file, at + ".levels[" + j + "]");
                    if (!distinct.add(levels[j])) throw new ScenarioException(file, at + ".levels[" + j + "]", num(levels[j]), "allowed: distinct values (this one is repeated)");
                }
                double min = Arrays.stream(levels).min().getAsDouble();
                double max = Arrays.stream(levels).max().getAsDouble();
                out.add(new Factor(def, min, max, levels));
            }
        }
        return out;
    }

    private static double parameterValue(JsonNode v, ParameterDef def, String file, String path) throws ScenarioException {
        if (v == null) throw new ScenarioException(file, path, null, "missing: " + def.path() + " is " + def.allowedText() + " (" + def.unit() + ")");
        if (!v.isNumber() || !Double.isFinite(v.asDouble()) || !def.allows(v.asDouble())) {
            throw new ScenarioException(file, path, show(v), "allowed for " + def.path() + ": " + def.allowedText() + " (" + def.unit() + ")");
        }
        return v.asDouble();
    }

    /** The catalog paths closest to a mistyped one (edit distance, ties in catalog order). */
    static List<String> closest(String path, ParameterCatalog catalog, int n) {
        return Suggestions.closest(path, catalog.all().stream().map(ParameterDef::path).toList(), n);
    }

    // ---------------------------------------------------------------- design

    private static final String DESIGN_HELP = "allowed: {type: grid, points_per_factor: n}, {type: lhs, points: n}, "
            + "{type: sobol, base_samples: N}, {type: morris, trajectories: r, levels: p}";

    private static Design design(JsonNode n, String file) throws ScenarioException {
        if (n == null) throw new ScenarioException(file, "design", null, "missing: " + DESIGN_HELP);
        JsonNode type = n.isObject() ? n.get("type") : n;
        if (type == null) throw new ScenarioException(file, "design.type", null, "missing: one of " + Design.allowed());
        Design d = type.isTextual() ? Design.fromKey(type.asText()) : null;
        if (d == null) throw new ScenarioException(file, n.isObject() ? "design.type" : "design", show(type), "unknown design; allowed: " + Design.allowed());
        return d;
    }

    private static DesignOptions designOptions(JsonNode n, Design d, List<Factor> factors, String file) throws ScenarioException {
        Set<String> keys = switch (d) {
            case GRID -> Set.of("type", "points_per_factor");
            case LHS -> Set.of("type", "points");
            case SOBOL -> Set.of("type", "base_samples");
            case MORRIS -> Set.of("type", "trajectories", "levels");
        };
        if (n.isObject()) {
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!keys.contains(k)) throw new ScenarioException(file, "design." + k, null, "not an option of design " + d.key() + "; allowed: " + String.join(", ", new java.util.TreeSet<>(keys)));
            }
        }
        JsonNode o = n.isObject() ? n : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        switch (d) {
            case GRID -> {
                boolean allLevels = factors.stream().allMatch(Factor::hasLevels);
                if (!o.has("points_per_factor") && !allLevels) {
                    throw new ScenarioException(file, "design.points_per_factor", null,
                            "missing: grid needs points_per_factor (values per factor with a range), or levels on every factor");
                }
                int ppf = o.has("points_per_factor") ? wholeNumber(o.get("points_per_factor"), file, "design.points_per_factor", 2, 10_000) : 0;
                return new DesignOptions(ppf, 0, 0, 0, 0);
            }
            case LHS -> {
                if (!o.has("points")) throw new ScenarioException(file, "design.points", null, "missing: lhs needs points, a whole number from 2 to " + MAX_POINTS);
                return new DesignOptions(0, wholeNumber(o.get("points"), file, "design.points", 2, (int) MAX_POINTS), 0, 0, 0);
            }
            case SOBOL -> {
                if (!o.has("base_samples")) throw new ScenarioException(file, "design.base_samples", null, "missing: sobol needs base_samples N (the sweep runs N x (factors + 2) points), a whole number from 2 to 1000000");
                return new DesignOptions(0, 0, wholeNumber(o.get("base_samples"), file, "design.base_samples", 2, 1_000_000), 0, 0);
            }
            case MORRIS -> {
                if (!o.has("trajectories")) throw new ScenarioException(file, "design.trajectories", null, "missing: morris needs trajectories r (the sweep runs r x (factors + 1) points), a whole number from 2 to 100000");
                if (!o.has("levels")) throw new ScenarioException(file, "design.levels", null, "missing: morris needs levels p, an even whole number from 2 to 100 (4 is usual)");
                int r = wholeNumber(o.get("trajectories"), file, "design.trajectories", 2, 100_000);
                int p = wholeNumber(o.get("levels"), file, "design.levels", 2, 100);
                if (p % 2 != 0) throw new ScenarioException(file, "design.levels", String.valueOf(p), "allowed: an even number of levels (Morris's step p/(2(p-1)) then keeps every move on the grid)");
                return new DesignOptions(0, 0, 0, r, p);
            }
            default -> throw new IllegalStateException();
        }
    }

    // ---------------------------------------------------------------- outcomes

    private static List<Outcome> outcomes(JsonNode n, Scenario base, String file) throws ScenarioException {
        String help = "each {kind: probability, rung: <rung>, within_days: d}, {kind: median, metric: <metric>}, "
                + "{kind: median_day, rung: <rung>} or {kind: mean, metric: <metric>}";
        if (n == null) throw new ScenarioException(file, "outcomes", null, "missing: a list of outcomes, " + help);
        if (!n.isArray() || n.isEmpty()) throw new ScenarioException(file, "outcomes", show(n), "allowed: a non-empty list of outcomes, " + help);
        List<Outcome> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < n.size(); i++) {
            String at = "outcomes[" + i + "]";
            JsonNode o = n.get(i);
            if (!o.isObject()) throw new ScenarioException(file, at, show(o), "allowed: " + help);
            for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!OUTCOME_KEYS.contains(k)) throw ScenarioException.unknownKey(file, at + "." + k, OUTCOME_KEYS);
            }
            JsonNode kn = o.get("kind");
            Outcome.Kind kind = kn != null && kn.isTextual() ? Outcome.Kind.fromKey(kn.asText()) : null;
            if (kind == null) throw new ScenarioException(file, at + ".kind", show(kn), "unknown outcome kind; allowed: " + Outcome.Kind.allowed());
            boolean needsRung = kind == Outcome.Kind.PROBABILITY || kind == Outcome.Kind.MEDIAN_DAY;
            Rung rung = null;
            Metric metric = null;
            int within = base.horizonDays();
            if (needsRung) {
                if (o.has("metric")) throw new ScenarioException(file, at + ".metric", show(o.get("metric")), "not used by kind " + kind.key() + ", which takes a rung");
                JsonNode r = o.get("rung");
                rung = r != null && r.isTextual() ? Rung.fromKey(r.asText()) : null;
                if (rung == null) throw new ScenarioException(file, at + ".rung", show(r), "unknown rung; allowed: " + Arrays.stream(Rung.values()).map(Rung::key).collect(Collectors.joining(", ")));
                if (o.has("within_days")) {
                    if (kind != Outcome.Kind.PROBABILITY) throw new ScenarioException(file, at + ".within_days", show(o.get("within_days")), "only for kind probability");
                    within = wholeNumber(o.get("within_days"), file, at + ".within_days", 1, base.horizonDays());
                }
            } else {
                if (o.has("rung") || o.has("within_days")) throw new ScenarioException(file, at + (o.has("rung") ? ".rung" : ".within_days"), null, "not used by kind " + kind.key() + ", which takes a metric");
                JsonNode m = o.get("metric");
                metric = m != null && m.isTextual() ? Metric.fromKey(m.asText()) : null;
                if (metric == null) throw new ScenarioException(file, at + ".metric", show(m), "unknown metric; allowed: " + Arrays.stream(Metric.values()).map(Metric::key).collect(Collectors.joining(", ")));
            }
            double threshold = Double.NaN;
            if (o.has("threshold")) {
                JsonNode t = o.get("threshold");
                if (!t.isNumber()) throw new ScenarioException(file, at + ".threshold", show(t), "allowed: a number (the level of the tipping contour on heatmaps)");
                threshold = t.asDouble();
                if (kind == Outcome.Kind.PROBABILITY && (threshold < 0 || threshold > 1)) {
                    throw new ScenarioException(file, at + ".threshold", show(t), "allowed: a probability from 0 to 1");
                }
            }
            Outcome outcome = new Outcome(kind, rung, within, metric, threshold);
            if (!ids.add(outcome.id())) throw new ScenarioException(file, at, outcome.id(), "allowed: each outcome once (it is listed twice)");
            out.add(outcome);
        }
        return out;
    }

    // ---------------------------------------------------------------- readers

    private static String limited(String text, String file, String field, int max) throws ScenarioException {
        if (text.length() > max) {
            throw new ScenarioException(file, field, "'" + text + "'", "allowed: a text of at most " + max + " characters (this one has " + text.length() + ")");
        }
        return text;
    }

    private static String text(JsonNode root, String key, String file, String dflt) throws ScenarioException {
        JsonNode v = root.get(key);
        if (v == null) return dflt;
        if (!v.isTextual()) throw new ScenarioException(file, key, show(v), "allowed: a text");
        return v.asText();
    }

    private static int wholeNumber(JsonNode v, String file, String path, int min, int max) throws ScenarioException {
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < min || v.asLong() > max) {
            throw new ScenarioException(file, path, show(v), "allowed: a whole number from " + min + " to " + max);
        }
        return v.asInt();
    }

    static String show(JsonNode v) {
        if (v == null) return null;
        if (v.isTextual()) return "'" + v.asText() + "'";
        return v.toString();
    }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.valueOf((long) v);
        return String.valueOf(v);
    }
}
