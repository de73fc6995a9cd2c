package brink.scenario;

import brink.model.ParameterDef;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one parameter node: a bare number, {@code {value: x}}, or {@code {dist: kind, ...}}, each
 * with optional provenance ({@code source} + {@code quote}, or {@code assumption}). Checks types,
 * the distribution's own constraints (min <= max, sd >= 0, ...) and that its values stay inside
 * the parameter's allowed range.
 */
final class DistributionParser {
    static final Set<String> PROVENANCE_KEYS = Set.of("source", "quote", "assumption");
    /** The date a stock's figure is given at (allowed on stocks only, see {@link ParameterDef#stockRate()}). */
    static final String AS_OF_KEY = "as_of";
    /** Internal annotation: the file that set the node (added by the loader, never written by users). */
    static final String FILE_KEY = "_file";

    private static final Map<String, List<String>> DIST_KEYS = Map.of(
            "uniform", List.of("min", "max"),
            "triangular", List.of("min", "mode", "max"),
            "normal", List.of("mean", "sd"),
            "truncated_normal", List.of("mean", "sd", "min", "max"),
            "lognormal", List.of("median", "sigma"),
            "beta", List.of("alpha", "beta"),
            "choice", List.of("values"));
    private static final Map<String, List<String>> DIST_OPTIONAL = Map.of(
            "beta", List.of("min", "max"),
            "choice", List.of("weights"));

    private DistributionParser() {}

    static boolean isParameterNode(JsonNode n) {
        return !n.isObject() || n.has("value") || n.has("dist") || n.has(FILE_KEY);
    }

    static ParameterDistribution parse(JsonNode node, ParameterDef def, String file, String path) throws ScenarioException {
        ParameterDistribution d = parseShape(node, def, file, path);
        if (d.lower() < def.min() || d.upper() > def.max()) {
            String reach = d.isFixed() ? "" : " (its values reach " + num(d.lower()) + " to " + num(d.upper()) + ")";
            throw new ScenarioException(file, path, d.describe() + reach, "allowed: " + def.allowedText() + " " + unit(def));
        }
        if (def.isInteger() && d.isFixed() && d.mean() != Math.rint(d.mean())) {
            throw new ScenarioException(file, path, d.describe(), "allowed: " + def.allowedText());
        }
        return d;
    }

    static Provenance provenance(JsonNode node, String file, String path, boolean required) throws ScenarioException {
        if (!node.isObject()) {
            if (required) throw missingProvenance(file, path);
            return null;
        }
        JsonNode source = node.get("source"), quote = node.get("quote"), assumption = node.get("assumption");
        for (String k : PROVENANCE_KEYS) {
            JsonNode v = node.get(k);
            if (v != null && (!v.isTextual() || v.asText().isBlank())) {
                throw new ScenarioException(file, path + "." + k, show(v), "allowed: a non-empty text");
            }
            int max = k.equals("source") ? ScenarioLoader.MAX_SOURCE : ScenarioLoader.MAX_QUOTE;
            if (v != null && v.asText().length() > max) {
                throw new ScenarioException(file, path + "." + k, show(v), "allowed: a text of at most " + max
                        + " characters (this one has " + v.asText().length() + ")");
            }
        }
        if (source != null && quote == null) {
            throw new ScenarioException(file, path + ".quote", null, "missing: a source needs a short exact quote from that article");
        }
        if (quote != null && source == null) {
            throw new ScenarioException(file, path + ".source", null, "missing: a quote needs the seed file name it comes from");
        }
        if (source != null && assumption != null) {
            throw new ScenarioException(file, path, null, "give either source + quote or assumption, not both");
        }
        // the file is recorded with the citation too: it tells a what-if's override from what it inherits
        if (source != null) return Provenance.source(source.asText(), quote.asText()).withSetIn(file);
        if (assumption != null) return Provenance.assumption(assumption.asText()).withSetIn(file);
        if (required) throw missingProvenance(file, path);
        return null;
    }

    private static ScenarioException missingProvenance(String file, String path) {
        return new ScenarioException(file, path, null,
                "missing provenance: a base scenario cites each parameter's source (source + quote) or says 'assumption: why'");
    }

    /** The {@code as_of} date of a stock's figure, or null when the node gives none. */
    static java.time.LocalDate asOf(JsonNode node, ParameterDef def, String file, String path) throws ScenarioException {
        JsonNode v = node.isObject() ? node.get(AS_OF_KEY) : null;
        if (v == null) return null;
        if (def.stockRate() == null) {
            throw new ScenarioException(file, path + "." + AS_OF_KEY, show(v), "not allowed here: only a stock (a cumulative count) has a date");
        }
        try {
            if (!v.isTextual()) throw new java.time.format.DateTimeParseException("", "", 0);
            return java.time.LocalDate.parse(v.asText());
        } catch (java.time.format.DateTimeParseException e) {
            throw new ScenarioException(file, path + "." + AS_OF_KEY, show(v), "allowed: a date as YYYY-MM-DD");
        }
    }

    private static final String VALUE_OR_DIST = "give exactly one of 'value: <number>' or 'dist: <kind>'";

    private static ParameterDistribution parseShape(JsonNode node, ParameterDef def, String file, String path)
            throws ScenarioException {
        if (node.isNumber()) {
            if (!Double.isFinite(node.asDouble())) throw new ScenarioException(file, path, show(node), "allowed: a finite number");
            return new ParameterDistribution.Fixed(node.asDouble());
        }
        if (node.isTextual() && def.isChoice()) return new ParameterDistribution.Fixed(level(node, def, file, path));
        if (!node.isObject()) {
            throw new ScenarioException(file, path, show(node), "allowed: a number or a distribution such as {dist: uniform, min: .., max: ..}");
        }
        boolean hasValue = node.has("value"), hasDist = node.has("dist");
        if (!hasValue && !hasDist) { // a mistyped 'value' or 'dist' is named as such
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                String hint = Suggestions.didYouMean(k, List.of("value", "dist"));
                if (!hint.isEmpty()) {
                    throw new ScenarioException(file, path + "." + k, null, "unknown key '" + k + "'" + hint + "; " + VALUE_OR_DIST);
                }
            }
        }
        if (hasValue == hasDist) {
            throw new ScenarioException(file, path, null, VALUE_OR_DIST);
        }
        if (hasValue) {
            checkKeys(node, Set.of("value", AS_OF_KEY), file, path, "value, source, quote, assumption");
            if (def.isChoice() && node.get("value").isTextual()) return new ParameterDistribution.Fixed(level(node.get("value"), def, file, path + ".value"));
            return new ParameterDistribution.Fixed(number(node, "value", file, path));
        }
        JsonNode distNode = node.get("dist");
        String kind = distNode.isTextual() ? distNode.asText() : null;
        if (kind == null || !DIST_KEYS.containsKey(kind)) {
            throw new ScenarioException(file, path + ".dist", show(distNode),
                    "allowed: uniform, triangular, normal, truncated_normal, lognormal, beta, choice");
        }
        List<String> required = DIST_KEYS.get(kind);
        List<String> optional = DIST_OPTIONAL.getOrDefault(kind, List.of());
        Set<String> allowed = new java.util.HashSet<>(required);
        allowed.addAll(optional);
        allowed.add("dist");
        allowed.add(AS_OF_KEY);
        checkKeys(node, allowed, file, path, String.join(", ", required) + (optional.isEmpty() ? "" : " (optional " + String.join(", ", optional) + ")"));
        for (String k : required) {
            if (!node.has(k)) throw new ScenarioException(file, path + "." + k, null, "missing: " + kind + " needs " + String.join(", ", required));
        }
        switch (kind) {
            case "uniform": {
                double min = number(node, "min", file, path), max = number(node, "max", file, path);
                minMax(min, max, file, path);
                return new ParameterDistribution.Uniform(min, max);
            }
            case "triangular": {
                double min = number(node, "min", file, path), mode = number(node, "mode", file, path), max = number(node, "max", file, path);
                minMax(min, max, file, path);
                if (mode < min || mode > max) throw new ScenarioException(file, path + ".mode", num(mode), "allowed: between min " + num(min) + " and max " + num(max));
                return new ParameterDistribution.Triangular(min, mode, max);
            }
            case "normal": {
                double mean = number(node, "mean", file, path), sd = number(node, "sd", file, path);
                nonNegative(sd, "sd", file, path);
                return new ParameterDistribution.Normal(mean, sd);
            }
            case "truncated_normal": {
                double mean = number(node, "mean", file, path), sd = number(node, "sd", file, path);
                double min = number(node, "min", file, path), max = number(node, "max", file, path);
                nonNegative(sd, "sd", file, path);
                minMax(min, max, file, path);
                return new ParameterDistribution.TruncatedNormal(mean, sd, min, max);
            }
            case "lognormal": {
                double median = number(node, "median", file, path), sigma = number(node, "sigma", file, path);
                if (median <= 0) throw new ScenarioException(file, path + ".median", num(median), "allowed: a number greater than 0");
                nonNegative(sigma, "sigma", file, path);
                return new ParameterDistribution.LogNormal(median, sigma);
            }
            case "beta": {
                double a = number(node, "alpha", file, path), b = number(node, "beta", file, path);
                if (a <= 0) throw new ScenarioException(file, path + ".alpha", num(a), "allowed: a number greater than 0");
                if (b <= 0) throw new ScenarioException(file, path + ".beta", num(b), "allowed: a number greater than 0");
                double min = node.has("min") ? number(node, "min", file, path) : 0;
                double max = node.has("max") ? number(node, "max", file, path) : 1;
                minMax(min, max, file, path);
                return new ParameterDistribution.Beta(a, b, min, max);
            }
            default: { // choice
                double[] values = def.isChoice() ? levels(node.get("values"), def, file, path + ".values")
                        : numbers(node.get("values"), file, path + ".values");
                double[] weights = null;
                if (node.has("weights")) {
                    weights = numbers(node.get("weights"), file, path + ".weights");
                    if (weights.length != values.length) {
                        throw new ScenarioException(file, path + ".weights", weights.length + " weights", "allowed: one weight per value (" + values.length + ")");
                    }
                    double sum = 0;
                    for (double w : weights) {
                        if (w < 0) throw new ScenarioException(file, path + ".weights", num(w), "allowed: weights of 0 or more");
                        sum += w;
                    }
                    if (sum <= 0) throw new ScenarioException(file, path + ".weights", "all zero", "allowed: at least one positive weight");
                }
                return new ParameterDistribution.Choice(values, weights);
            }
        }
    }

    private static void checkKeys(JsonNode node, Set<String> allowed, String file, String path, String allowedText)
            throws ScenarioException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (allowed.contains(k) || PROVENANCE_KEYS.contains(k) || FILE_KEY.equals(k)) continue;
            // sorted: the sets have no fixed order, and a message is the same run after run
            List<String> known = java.util.stream.Stream.concat(allowed.stream(), PROVENANCE_KEYS.stream()).sorted().toList();
            throw new ScenarioException(file, path + "." + k, null, "unknown key '" + k + "'" + Suggestions.didYouMean(k, known)
                    + "; allowed here: " + allowedText + ", source, quote, assumption");
        }
    }

    private static double number(JsonNode node, String key, String file, String path) throws ScenarioException {
        JsonNode v = node.get(key);
        if (v == null || !v.isNumber() || !Double.isFinite(v.asDouble())) {
            throw new ScenarioException(file, path + "." + key, v == null ? null : show(v), "allowed: a finite number");
        }
        return v.asDouble();
    }

    private static double[] numbers(JsonNode arr, String file, String path) throws ScenarioException {
        if (arr == null || !arr.isArray() || arr.isEmpty()) {
            throw new ScenarioException(file, path, arr == null ? null : show(arr), "allowed: a non-empty list of numbers");
        }
        double[] out = new double[arr.size()];
        for (int i = 0; i < out.length; i++) {
            if (!arr.get(i).isNumber() || !Double.isFinite(arr.get(i).asDouble())) {
                throw new ScenarioException(file, path + "[" + i + "]", show(arr.get(i)), "allowed: a finite number");
            }
            out[i] = arr.get(i).asDouble();
        }
        return out;
    }

    /** A structural choice's level by name (e.g. attrition_law: linear). */
    private static double level(JsonNode v, ParameterDef def, String file, String path) throws ScenarioException {
        int i = v.isTextual() ? def.levelIndex(v.asText()) : -1;
        if (i < 0) throw new ScenarioException(file, path, show(v), "allowed: " + def.allowedText());
        return i;
    }

    private static double[] levels(JsonNode arr, ParameterDef def, String file, String path) throws ScenarioException {
        if (arr == null || !arr.isArray() || arr.isEmpty()) {
            throw new ScenarioException(file, path, arr == null ? null : show(arr), "allowed: a non-empty list of " + def.allowedText());
        }
        double[] out = new double[arr.size()];
        for (int i = 0; i < out.length; i++) out[i] = level(arr.get(i), def, file, path + "[" + i + "]");
        return out;
    }

    private static void minMax(double min, double max, String file, String path) throws ScenarioException {
        if (min > max) throw new ScenarioException(file, path, "min " + num(min) + " > max " + num(max), "allowed: min <= max");
    }

    private static void nonNegative(double v, String key, String file, String path) throws ScenarioException {
        if (v < 0) throw new ScenarioException(file, path + "." + key, num(v), "allowed: a number of 0 or more");
    }

    private static String unit(ParameterDef def) { return "(" + def.unit() + ")"; }

    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.valueOf((long) v);
        return String.valueOf(v);
    }

    static String show(JsonNode v) {
        if (v == null) return null;
        if (v.isTextual()) return "'" + v.asText() + "'";
        return v.toString();
    }
}
