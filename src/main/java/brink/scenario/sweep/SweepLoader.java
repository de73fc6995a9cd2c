package brink.scenario.sweep;

import brink.model.Metric;
import brink.model.ParameterCatalog;
import brink.model.ParameterDef;
import brink.model.Rung;
import brink.scenario.FileKind;
import brink.scenario.Mistakes;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.scenario.ScenarioLoader;
import brink.scenario.Suggestions;
import brink.scenario.YamlFile;
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

/**
 * Reads and validates a sweep file. Each field is checked on its own and all the file's mistakes
 * come in one {@link ScenarioException}, each naming the file, the field path, the value and what
 * is allowed; nothing is run or written before the whole file has passed.
 */
public final class SweepLoader {
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
        YamlFile yaml = YamlFile.read(file);
        JsonNode root = yaml.tree();
        if (!root.isObject()) {
            yaml.treeOrThrow();
            throw new ScenarioException(label, null, null, "the file must be a mapping (scenario:, factors:, design:, ...)");
        }
        FileKind.SWEEP.require(root, label); // a scenario or targets file is named as one, not as a list of unknown keys
        // every field on its own, in the order of TOP_KEYS after the unknown keys, as a scenario's
        // are; the values the YAML reader refused come first and are not reported again
        Mistakes mistakes = new Mistakes(yaml);
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!TOP_KEYS.contains(k)) mistakes.add(ScenarioException.unknownKey(label, k, TOP_KEYS));
        }
        String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "").replaceAll("[^A-Za-z0-9_]", "_").toLowerCase();
        String fromFile = stem.length() > ScenarioLoader.MAX_NAME ? stem.substring(0, ScenarioLoader.MAX_NAME) : stem;
        String name = or(mistakes.value(() -> name(root, label, fromFile)), fromFile);
        String title = or(mistakes.value(() -> limited(text(root, "title", label, name), label, "title", ScenarioLoader.MAX_TITLE)), name);
        String description = or(mistakes.value(() -> limited(text(root, "description", label, ""), label, "description",
                ScenarioLoader.MAX_DESCRIPTION)), "");
        Scenario base = mistakes.value(() -> base(root, file, label));
        Long seed = mistakes.value(() -> seed(root.get("seed"), label));
        Integer replications = mistakes.value(() -> {
            if (!root.has("replications")) throw new ScenarioException(label, "replications", null, "missing: replications per point, a whole number from 1 to " + MAX_REPLICATIONS);
            return wholeNumber(root.get("replications"), label, "replications", 1, MAX_REPLICATIONS);
        });
        Boolean crn = mistakes.value(() -> commonRandomNumbers(root.get("common_random_numbers"), label));
        Design design = mistakes.value(() -> design(root.get("design"), label));
        DesignOptions options = design == null ? null : mistakes.value(() -> designOptions(root.get("design"), design, root.get("factors"), label));
        // factors are parameters of the base scenario, and an outcome's days are bounded by its horizon:
        // without a base that loads there is nothing to check them against
        List<Factor> factors = base == null ? null : mistakes.value(() -> factors(root.get("factors"), base.catalog(), label));
        List<Outcome> outcomes = base == null ? null : mistakes.value(() -> outcomes(root.get("outcomes"), base, label));
        if (design != null && options != null && factors != null) {
            long points = design.pointCount(options, factors);
            if (points > MAX_POINTS) {
                mistakes.add(new ScenarioException(label, "design", String.format(java.util.Locale.ROOT, "%,d points", points),
                        String.format(java.util.Locale.ROOT, "allowed: at most %,d points", MAX_POINTS)));
            }
        }
        mistakes.throwIfAny();
        return new SweepSpec(name, title, description, file, label, base, List.copyOf(factors), design, options,
                replications, seed, crn, List.copyOf(outcomes));
    }

    private static String name(JsonNode root, String label, String fromFile) throws ScenarioException {
        String name = text(root, "name", label, fromFile);
        if (!ID.matcher(name).matches() || name.length() > ScenarioLoader.MAX_NAME) {
            throw new ScenarioException(label, "name", show(root.get("name")), "allowed: lower-case letters, digits and _, at most "
                    + ScenarioLoader.MAX_NAME + " characters (it names the results folder)");
        }
        return name;
    }

    /** The base scenario, loaded and checked (its own mistakes are the sweep's too). */
    private static Scenario base(JsonNode root, Path file, String label) throws ScenarioException {
        if (!root.has("scenario")) throw new ScenarioException(label, "scenario", null, "missing: the base scenario file, relative to this sweep file (e.g. ../baseline.yaml)");
        String scen = text(root, "scenario", label, null);
        Path scenarioFile = file.toAbsolutePath().getParent().resolve(scen).normalize();
        if (!Files.isRegularFile(scenarioFile)) {
            throw new ScenarioException(label, "scenario", "'" + scen + "'", "no such file (looked for " + ScenarioLoader.label(scenarioFile) + ")");
        }
        return new ScenarioLoader().load(scenarioFile);
    }

    private static long seed(JsonNode s, String label) throws ScenarioException {
        if (s == null) return 1;
        if (!s.isIntegralNumber() || !s.canConvertToLong()) throw new ScenarioException(label, "seed", show(s), "allowed: a whole number");
        return s.asLong();
    }

    private static boolean commonRandomNumbers(JsonNode c, String label) throws ScenarioException {
        if (c == null) return false;
        if (!c.isBoolean()) throw new ScenarioException(label, "common_random_numbers", show(c), "allowed: true or false");
        return c.asBoolean();
    }

    private static <T> T or(T value, T dflt) {
        return value != null ? value : dflt;
    }

    // ---------------------------------------------------------------- factors

    /** Every factor, each checked on its own; all their mistakes in one exception. */
    private static List<Factor> factors(JsonNode n, ParameterCatalog catalog, String file) throws ScenarioException {
        if (n == null) throw new ScenarioException(file, "factors", null, "missing: a list of factors, each {path: <parameter>, min: .., max: ..} or {path: .., levels: [..]}");
        if (!n.isArray() || n.isEmpty()) throw new ScenarioException(file, "factors", show(n), "allowed: a non-empty list of factors");
        if (n.size() > MAX_FACTORS) throw new ScenarioException(file, "factors", n.size() + " factors", "allowed: at most " + MAX_FACTORS);
        Mistakes mistakes = new Mistakes();
        List<Factor> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n.size(); i++) {
            String at = "factors[" + i + "]";
            JsonNode f = n.get(i);
            Factor factor = mistakes.value(() -> factor(f, at, catalog, seen, file));
            if (factor != null) out.add(factor);
        }
        mistakes.throwIfAny();
        return out;
    }

    private static Factor factor(JsonNode f, String at, ParameterCatalog catalog, Set<String> seen, String file) throws ScenarioException {
        if (!f.isObject()) throw new ScenarioException(file, at, show(f), "allowed: {path: <parameter>, min: .., max: ..} or {path: .., levels: [..]}");
        Mistakes mistakes = new Mistakes();
        for (Iterator<String> it = f.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!FACTOR_KEYS.contains(k)) mistakes.add(ScenarioException.unknownKey(file, at + "." + k, FACTOR_KEYS));
        }
        ParameterDef def = mistakes.value(() -> factorParameter(f.get("path"), at, catalog, seen, file));
        if (def == null) { // its values cannot be checked without knowing the parameter
            mistakes.throwIfAny();
            return null;
        }
        boolean range = f.has("min") || f.has("max");
        Factor factor = null;
        if (range == f.has("levels")) {
            mistakes.add(new ScenarioException(file, at, null, "give either min and max (a range) or levels (a list); " + def.path() + " is " + def.allowedText()));
        } else if (range) {
            Double min = mistakes.value(() -> parameterValue(f.get("min"), def, file, at + ".min"));
            Double max = mistakes.value(() -> parameterValue(f.get("max"), def, file, at + ".max"));
            if (min != null && max != null && !(max > min)) {
                mistakes.add(new ScenarioException(file, at + ".max", num(max), "allowed: a number above min " + num(min)));
            }
            if (min != null && max != null) factor = new Factor(def, min, max, null);
        } else {
            factor = mistakes.value(() -> levels(f.get("levels"), def, file, at));
        }
        mistakes.throwIfAny();
        return factor;
    }

    /** A factor's parameter: a path of the base's catalog, not already a factor. */
    private static ParameterDef factorParameter(JsonNode p, String at, ParameterCatalog catalog, Set<String> seen, String file) throws ScenarioException {
        if (p == null) throw new ScenarioException(file, at + ".path", null, "missing: the parameter to vary, e.g. actors.north_korea.troops");
        ParameterDef def = p.isTextual() ? catalog.find(p.asText()).orElse(null) : null;
        if (def == null) {
            throw new ScenarioException(file, at + ".path", show(p), "unknown parameter; did you mean "
                    + String.join(", ", closest(p.asText(), catalog, 3)) + "?");
        }
        if (!seen.add(def.path())) throw new ScenarioException(file, at + ".path", show(p), "allowed: each parameter once (it is already a factor)");
        return def;
    }

    private static Factor levels(JsonNode lv, ParameterDef def, String file, String at) throws ScenarioException {
        if (!lv.isArray() || lv.size() < 2) throw new ScenarioException(file, at + ".levels", show(lv), "allowed: a list of at least 2 values, each " + def.allowedText());
        Mistakes mistakes = new Mistakes();
        double[] levels = new double[lv.size()];
        Set<Double> distinct = new HashSet<>();
        for (int j = 0; j < levels.length; j++) {
            String path = at + ".levels[" + j + "]";
            JsonNode v = lv.get(j);
            Double level = mistakes.value(() -> parameterValue(v, def, file, path));
            if (level == null) continue;
            levels[j] = level;
            if (!distinct.add(level)) mistakes.add(new ScenarioException(file, path, num(level), "allowed: distinct values (this one is repeated)"));
        }
        mistakes.throwIfAny();
        double min = Arrays.stream(levels).min().getAsDouble();
        double max = Arrays.stream(levels).max().getAsDouble();
        return new Factor(def, min, max, levels);
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
        if (d == null) {
            throw new ScenarioException(file, n.isObject() ? "design.type" : "design", show(type), Suggestions.unknown("design",
                    type.isTextual() ? type.asText() : null, Arrays.stream(Design.values()).map(Design::key).toList()));
        }
        return d;
    }

    /**
     * The design's options, each checked on its own. A grid needs points_per_factor unless every
     * factor has levels: told from the factors as written, so that it is checked even when a factor is wrong.
     */
    private static DesignOptions designOptions(JsonNode n, Design d, JsonNode factors, String file) throws ScenarioException {
        Set<String> keys = switch (d) {
            case GRID -> Set.of("type", "points_per_factor");
            case LHS -> Set.of("type", "points");
            case SOBOL -> Set.of("type", "base_samples");
            case MORRIS -> Set.of("type", "trajectories", "levels");
        };
        Mistakes mistakes = new Mistakes();
        if (n.isObject()) {
            java.util.TreeSet<String> sorted = new java.util.TreeSet<>(keys);
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!keys.contains(k)) mistakes.add(new ScenarioException(file, "design." + k, null, "not an option of design " + d.key()
                        + Suggestions.didYouMean(k, sorted) + "; allowed: " + String.join(", ", sorted)));
            }
        }
        JsonNode o = n.isObject() ? n : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        DesignOptions options = switch (d) {
            case GRID -> {
                boolean allLevels = factors != null && factors.isArray() && !factors.isEmpty()
                        && java.util.stream.StreamSupport.stream(factors.spliterator(), false).allMatch(f -> f.has("levels"));
                if (!o.has("points_per_factor") && !allLevels) {
                    mistakes.add(new ScenarioException(file, "design.points_per_factor", null,
                            "missing: grid needs points_per_factor (values per factor with a range), or levels on every factor"));
                }
                Integer ppf = o.has("points_per_factor") ? mistakes.value(() -> wholeNumber(o.get("points_per_factor"), file, "design.points_per_factor", 2, 10_000)) : Integer.valueOf(0);
                yield ppf == null ? null : new DesignOptions(ppf, 0, 0, 0, 0);
            }
            case LHS -> {
                Integer points = mistakes.value(() -> {
                    if (!o.has("points")) throw new ScenarioException(file, "design.points", null, "missing: lhs needs points, a whole number from 2 to " + MAX_POINTS);
                    return wholeNumber(o.get("points"), file, "design.points", 2, (int) MAX_POINTS);
                });
                yield points == null ? null : new DesignOptions(0, points, 0, 0, 0);
            }
            case SOBOL -> {
                Integer n0 = mistakes.value(() -> {
                    if (!o.has("base_samples")) throw new ScenarioException(file, "design.base_samples", null, "missing: sobol needs base_samples N (the sweep runs N x (factors + 2) points), a whole number from 2 to 1000000");
                    return wholeNumber(o.get("base_samples"), file, "design.base_samples", 2, 1_000_000);
                });
                yield n0 == null ? null : new DesignOptions(0, 0, n0, 0, 0);
            }
            case MORRIS -> {
                Integer r = mistakes.value(() -> {
                    if (!o.has("trajectories")) throw new ScenarioException(file, "design.trajectories", null, "missing: morris needs trajectories r (the sweep runs r x (factors + 1) points), a whole number from 2 to 100000");
                    return wholeNumber(o.get("trajectories"), file, "design.trajectories", 2, 100_000);
                });
                Integer p = mistakes.value(() -> {
                    if (!o.has("levels")) throw new ScenarioException(file, "design.levels", null, "missing: morris needs levels p, an even whole number from 2 to 100 (4 is usual)");
                    int levels = wholeNumber(o.get("levels"), file, "design.levels", 2, 100);
                    if (levels % 2 != 0) throw new ScenarioException(file, "design.levels", String.valueOf(levels), "allowed: an even number of levels (Morris's step p/(2(p-1)) then keeps every move on the grid)");
                    return levels;
                });
                yield r == null || p == null ? null : new DesignOptions(0, 0, 0, r, p);
            }
        };
        mistakes.throwIfAny();
        return options;
    }

    // ---------------------------------------------------------------- outcomes

    private static final String OUTCOME_HELP = "each {kind: probability, rung: <rung>, within_days: d}, {kind: median, metric: <metric>}, "
            + "{kind: median_day, rung: <rung>} or {kind: mean, metric: <metric>}";

    /** Every outcome, each checked on its own; all their mistakes in one exception. */
    private static List<Outcome> outcomes(JsonNode n, Scenario base, String file) throws ScenarioException {
        if (n == null) throw new ScenarioException(file, "outcomes", null, "missing: a list of outcomes, " + OUTCOME_HELP);
        if (!n.isArray() || n.isEmpty()) throw new ScenarioException(file, "outcomes", show(n), "allowed: a non-empty list of outcomes, " + OUTCOME_HELP);
        Mistakes mistakes = new Mistakes();
        List<Outcome> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < n.size(); i++) {
            String at = "outcomes[" + i + "]";
            JsonNode o = n.get(i);
            Outcome outcome = mistakes.value(() -> outcome(o, at, base, file));
            if (outcome == null) continue;
            if (!ids.add(outcome.id())) mistakes.add(new ScenarioException(file, at, outcome.id(), "allowed: each outcome once (it is listed twice)"));
            out.add(outcome);
        }
        mistakes.throwIfAny();
        return out;
    }

    private static Outcome outcome(JsonNode o, String at, Scenario base, String file) throws ScenarioException {
        if (!o.isObject()) throw new ScenarioException(file, at, show(o), "allowed: " + OUTCOME_HELP);
        Mistakes mistakes = new Mistakes();
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!OUTCOME_KEYS.contains(k)) mistakes.add(ScenarioException.unknownKey(file, at + "." + k, OUTCOME_KEYS));
        }
        JsonNode kn = o.get("kind");
        Outcome.Kind kind = kn != null && kn.isTextual() ? Outcome.Kind.fromKey(kn.asText()) : null;
        if (kind == null) { // what else it needs depends on the kind
            mistakes.add(new ScenarioException(file, at + ".kind", show(kn), Suggestions.unknown("outcome kind",
                    kn != null && kn.isTextual() ? kn.asText() : null, Arrays.stream(Outcome.Kind.values()).map(Outcome.Kind::key).toList())));
            mistakes.throwIfAny();
        }
        boolean needsRung = kind == Outcome.Kind.PROBABILITY || kind == Outcome.Kind.MEDIAN_DAY;
        Rung rung = null;
        Metric metric = null;
        Integer within = base.horizonDays();
        if (needsRung) {
            if (o.has("metric")) mistakes.add(new ScenarioException(file, at + ".metric", show(o.get("metric")), "not used by kind " + kind.key() + ", which takes a rung"));
            JsonNode r = o.get("rung");
            rung = r != null && r.isTextual() ? Rung.fromKey(r.asText()) : null;
            if (rung == null) mistakes.add(new ScenarioException(file, at + ".rung", show(r), ScenarioLoader.unknownRung(r != null && r.isTextual() ? r.asText() : null)));
            if (o.has("within_days")) {
                if (kind != Outcome.Kind.PROBABILITY) {
                    mistakes.add(new ScenarioException(file, at + ".within_days", show(o.get("within_days")), "only for kind probability"));
                } else {
                    within = mistakes.value(() -> wholeNumber(o.get("within_days"), file, at + ".within_days", 1, base.horizonDays()));
                }
            }
        } else {
            for (String unused : List.of("rung", "within_days")) {
                if (o.has(unused)) mistakes.add(new ScenarioException(file, at + "." + unused, null, "not used by kind " + kind.key() + ", which takes a metric"));
            }
            JsonNode m = o.get("metric");
            metric = m != null && m.isTextual() ? Metric.fromKey(m.asText()) : null;
            if (metric == null) {
                mistakes.add(new ScenarioException(file, at + ".metric", show(m), Suggestions.unknown("metric",
                        m != null && m.isTextual() ? m.asText() : null, Arrays.stream(Metric.values()).map(Metric::key).toList())));
            }
        }
        double threshold = Double.NaN;
        if (o.has("threshold")) {
            JsonNode t = o.get("threshold");
            if (!t.isNumber()) {
                mistakes.add(new ScenarioException(file, at + ".threshold", show(t), "allowed: a number (the level of the tipping contour on heatmaps)"));
            } else {
                threshold = t.asDouble();
                if (kind == Outcome.Kind.PROBABILITY && (threshold < 0 || threshold > 1)) {
                    mistakes.add(new ScenarioException(file, at + ".threshold", show(t), "allowed: a probability from 0 to 1"));
                }
            }
        }
        mistakes.throwIfAny();
        return new Outcome(kind, rung, within, metric, threshold);
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
