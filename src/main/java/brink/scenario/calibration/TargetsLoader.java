package brink.scenario.calibration;

import brink.model.Metric;
import brink.model.ParameterDef;
import brink.model.Rung;
import brink.scenario.Distributions;
import brink.scenario.FileKind;
import brink.scenario.ParameterDistribution;
import brink.scenario.ParameterSpec;
import brink.scenario.Provenance;
import brink.scenario.Scenario;
import brink.scenario.ScenarioException;
import brink.scenario.ScenarioLoader;
import brink.scenario.Suggestions;
import brink.scenario.YamlFile;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and validates a calibration targets file ({@link TargetsFile}). Types and keys are
 * checked by Jackson while binding (strictly: no text for a number, no fraction for a whole
 * number, no unknown key); every other rule here. Each field is checked on its own and all the
 * file's mistakes come in one {@link ScenarioException} (file, field path, value, what is allowed).
 */
public final class TargetsLoader {
    public static final int MAX_PARTICLES = 100_000;
    public static final int MAX_POPULATIONS = 100;
    public static final int MAX_REPLICATIONS = 100_000;
    public static final int MAX_ATTEMPTS = 1_000_000;
    public static final int MAX_TARGETS = 200;
    public static final int MAX_PARAMETERS = 50;
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    private static final ObjectMapper BIND = strict();

    private static ObjectMapper strict() {
        ObjectMapper m = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        m.coercionConfigDefaults().setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        m.coercionConfigFor(Double.class).setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert);
        m.coercionConfigFor(String.class).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return m;
    }

    public CalibrationSpec load(Path file) throws ScenarioException {
        String label = ScenarioLoader.label(file);
        YamlFile yaml = YamlFile.read(file);
        FileKind.TARGETS.require(yaml.tree(), label); // a scenario or sweep file is named as one, not by its first unknown key
        JsonNode root = yaml.treeOrThrow();
        if (!root.isObject()) throw new ScenarioException(label, null, null, "the file must be a mapping (scenario:, parameters:, targets:, ...)");
        TargetsFile f = bind(root, label);
        List<ScenarioException> mistakes = new ArrayList<>();

        String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "").replaceAll("[^A-Za-z0-9_]", "_").toLowerCase();
        String name = f.name() != null ? f.name() : stem.substring(0, Math.min(stem.length(), ScenarioLoader.MAX_NAME));
        if (!ID.matcher(name).matches() || name.length() > ScenarioLoader.MAX_NAME) {
            mistakes.add(new ScenarioException(label, "name", "'" + name + "'", "allowed: lower-case letters, digits and _, at most "
                    + ScenarioLoader.MAX_NAME + " characters (it names the results folder)"));
        }
        String title = text(f.title(), name, label, "title", ScenarioLoader.MAX_TITLE, mistakes);
        String description = text(f.description(), "", label, "description", ScenarioLoader.MAX_DESCRIPTION, mistakes);

        if (f.scenario() == null) {
            throw new ScenarioException(label, "scenario", null, "missing: the base scenario file, relative to this file (e.g. ../baseline.yaml)");
        }
        Path scenarioFile = file.toAbsolutePath().getParent().resolve(f.scenario()).normalize();
        if (!Files.isRegularFile(scenarioFile)) {
            throw new ScenarioException(label, "scenario", "'" + f.scenario() + "'", "no such file (looked for " + ScenarioLoader.label(scenarioFile) + ")");
        }
        Scenario base = new ScenarioLoader().load(scenarioFile);

        AbcSettings abc = abc(f.abc(), label, mistakes);
        List<FittedParameter> parameters = parameters(f.parameters(), base, label, mistakes);
        List<Target> targets = targets(f.targets(), base, label, mistakes);
        if (!mistakes.isEmpty()) throw ScenarioException.of(mistakes);
        long seed = f.seed() == null ? 1 : f.seed();
        return new CalibrationSpec(name, title, description, file, label, base, seed, abc, List.copyOf(parameters), List.copyOf(targets));
    }

    // ---------------------------------------------------------------- binding

    private static TargetsFile bind(JsonNode root, String label) throws ScenarioException {
        try {
            return BIND.treeToValue(root, TargetsFile.class);
        } catch (UnrecognizedPropertyException e) {
            List<String> known = e.getKnownPropertyIds() == null ? List.of()
                    : e.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
            throw new ScenarioException(label, path(e), null, "unknown key '" + e.getPropertyName() + "'"
                    + Suggestions.didYouMean(e.getPropertyName(), known) + "; allowed here: " + String.join(", ", known));
        } catch (JsonMappingException e) {
            String type = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m && m.getTargetType() != null
                    ? kind(m.getTargetType()) : "another type";
            String at = path(e);
            throw new ScenarioException(label, at, show(valueAt(root, e)), "allowed: " + type);
        } catch (JsonProcessingException e) {
            throw new ScenarioException(label, null, null, "cannot be read: " + e.getOriginalMessage());
        }
    }

    /** The field path of a binding error, as the file writes it (targets[2].scale). */
    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (sb.length() > 0) sb.append('.');
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static JsonNode valueAt(JsonNode root, JsonMappingException e) {
        JsonNode n = root;
        for (JsonMappingException.Reference r : e.getPath()) {
            if (n == null) return null;
            n = r.getFieldName() != null ? n.get(r.getFieldName()) : n.get(r.getIndex());
        }
        return n;
    }

    private static String kind(Class<?> t) {
        if (t == Integer.class || t == int.class || t == Long.class || t == long.class) return "a whole number";
        if (t == Double.class || t == double.class) return "a number";
        if (t == String.class) return "a text";
        if (List.class.isAssignableFrom(t)) return "a list";
        return "a mapping";
    }

    // ---------------------------------------------------------------- abc

    private static AbcSettings abc(TargetsFile.Abc a, String file, List<ScenarioException> mistakes) {
        if (a == null) a = new TargetsFile.Abc(null, null, null, null, null, null);
        int particles = whole(a.particles(), AbcSettings.DEFAULT_PARTICLES, 2, MAX_PARTICLES, file, "abc.particles", mistakes);
        int populations = whole(a.populations(), AbcSettings.DEFAULT_POPULATIONS, 1, MAX_POPULATIONS, file, "abc.populations", mistakes);
        int replications = whole(a.replications(), AbcSettings.DEFAULT_REPLICATIONS, 1, MAX_REPLICATIONS, file, "abc.replications", mistakes);
        int attempts = whole(a.maxAttempts(), AbcSettings.DEFAULT_MAX_ATTEMPTS, 1, MAX_ATTEMPTS, file, "abc.max_attempts", mistakes);
        double quantile = a.quantile() == null ? AbcSettings.DEFAULT_QUANTILE : a.quantile();
        if (!(quantile > 0 && quantile < 1)) {
            mistakes.add(new ScenarioException(file, "abc.quantile", num(quantile), "allowed: a number above 0 and below 1 "
                    + "(the share of a population's distances the next tolerance keeps, e.g. 0.5)"));
        }
        double minAcc = a.minAcceptance() == null ? AbcSettings.DEFAULT_MIN_ACCEPTANCE : a.minAcceptance();
        if (!(minAcc >= 0 && minAcc < 1)) {
            mistakes.add(new ScenarioException(file, "abc.min_acceptance", num(minAcc), "allowed: a number from 0 up to, not including, 1"));
        }
        return new AbcSettings(particles, populations, replications, quantile, minAcc, attempts);
    }

    // ---------------------------------------------------------------- parameters

    private static List<FittedParameter> parameters(List<TargetsFile.Parameter> ps, Scenario base, String file,
                                                    List<ScenarioException> mistakes) {
        List<FittedParameter> out = new ArrayList<>();
        if (ps == null || ps.isEmpty()) {
            mistakes.add(new ScenarioException(file, "parameters", null, "missing: a non-empty list of the parameters to fit, each {path: <parameter>} "
                    + "(prior: the scenario's distribution) or {path: .., prior: {dist: uniform, min: .., max: .., assumption: ..}}"));
            return out;
        }
        if (ps.size() > MAX_PARAMETERS) {
            mistakes.add(new ScenarioException(file, "parameters", ps.size() + " parameters", "allowed: at most " + MAX_PARAMETERS));
            return out;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ps.size(); i++) {
            String at = "parameters[" + i + "]";
            TargetsFile.Parameter p = ps.get(i);
            if (p == null || p.path() == null) {
                mistakes.add(new ScenarioException(file, at + ".path", null, "missing: the parameter to fit, e.g. actors.nato.red_line.strike_restrictions_lifted"));
                continue;
            }
            ParameterDef def = base.catalog().find(p.path()).orElse(null);
            if (def == null) {
                List<String> paths = base.catalog().all().stream().map(ParameterDef::path).toList();
                mistakes.add(new ScenarioException(file, at + ".path", "'" + p.path() + "'", "unknown parameter"
                        + Suggestions.didYouMean(p.path(), paths) + "; see " + paramsCommand(base) + " for the paths"));
                continue;
            }
            if (!seen.add(def.path())) {
                mistakes.add(new ScenarioException(file, at + ".path", "'" + p.path() + "'", "allowed: each parameter once (it is listed twice)"));
                continue;
            }
            if (def.isChoice()) {
                mistakes.add(new ScenarioException(file, at + ".path", "'" + p.path() + "'", "allowed: a numeric parameter (" + def.path()
                        + " is a structural choice, " + def.allowedText() + ")"));
                continue;
            }
            try {
                out.add(prior(p, def, base, file, at));
            } catch (ScenarioException e) {
                mistakes.add(e);
            }
        }
        return out;
    }

    private static FittedParameter prior(TargetsFile.Parameter p, ParameterDef def, Scenario base, String file, String at)
            throws ScenarioException {
        ParameterDistribution d;
        Provenance prov;
        boolean fromScenario = p.prior() == null;
        if (fromScenario) {
            ParameterSpec s = base.parameter(def.key());
            d = s.distribution();
            prov = s.provenance();
            if (!continuous(d)) {
                throw new ScenarioException(file, at + ".prior", null, "missing: " + def.path() + " is " + d.describe()
                        + " in " + base.name() + ", not a continuous distribution; give a prior, e.g. {dist: uniform, min: .., max: .., assumption: ..}");
            }
        } else {
            if (!p.prior().isObject()) {
                throw new ScenarioException(file, at + ".prior", show(p.prior()), "allowed: a distribution such as {dist: uniform, min: .., max: .., assumption: why}");
            }
            d = Distributions.parse(p.prior(), def, file, at + ".prior");
            prov = Distributions.provenance(p.prior(), file, at + ".prior");
            if (!continuous(d)) {
                throw new ScenarioException(file, at + ".prior", d.describe(), "allowed: a continuous distribution (uniform, triangular, "
                        + "normal, truncated_normal, lognormal, beta) with a spread");
            }
        }
        return new FittedParameter(def, d, prov, fromScenario);
    }

    /**
     * The command that lists the base's parameters, as typed where this runs: 'brink params' takes
     * the scenario's file, not its name.
     */
    static String paramsCommand(Scenario base) {
        String f = ScenarioLoader.label(base.file());
        return "'brink params " + (f.matches("[A-Za-z0-9_./=:,+-]+") ? f : "\"" + f + "\"") + "'";
    }

    /** A prior needs a density with a spread: fixed values and choices have none. */
    static boolean continuous(ParameterDistribution d) {
        return !(d instanceof ParameterDistribution.Fixed) && !(d instanceof ParameterDistribution.Choice) && d.upper() > d.lower();
    }

    // ---------------------------------------------------------------- targets

    private static final String STATISTICS = "probability (a rung crossed by to_day), mean (a metric over days from_day..to_day)";

    private static List<Target> targets(List<TargetsFile.Target> ts, Scenario base, String file, List<ScenarioException> mistakes) {
        List<Target> out = new ArrayList<>();
        if (ts == null || ts.isEmpty()) {
            mistakes.add(new ScenarioException(file, "targets", null, "missing: a non-empty list of targets, each {id, statistic: "
                    + "probability|mean, ..., observed, scale, source + quote or assumption}"));
            return out;
        }
        if (ts.size() > MAX_TARGETS) {
            mistakes.add(new ScenarioException(file, "targets", ts.size() + " targets", "allowed: at most " + MAX_TARGETS));
            return out;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < ts.size(); i++) {
            String at = "targets[" + i + "]";
            TargetsFile.Target t = ts.get(i);
            if (t == null) {
                mistakes.add(new ScenarioException(file, at, null, "allowed: a target {id, statistic, ...}"));
                continue;
            }
            int before = mistakes.size();
            if (t.id() == null || !ID.matcher(t.id()).matches() || t.id().length() > ScenarioLoader.MAX_NAME) {
                mistakes.add(new ScenarioException(file, at + ".id", t.id() == null ? null : "'" + t.id() + "'",
                        (t.id() == null ? "missing: " : "allowed: ") + "an id of lower-case letters, digits and _ (it names the target's column)"));
            } else if (!ids.add(t.id())) {
                mistakes.add(new ScenarioException(file, at + ".id", "'" + t.id() + "'", "allowed: each id once (it is used twice)"));
            }
            Target.Statistic stat = t.statistic() == null ? null : Target.Statistic.fromKey(t.statistic());
            if (stat == null) {
                mistakes.add(new ScenarioException(file, at + ".statistic", t.statistic() == null ? null : "'" + t.statistic() + "'",
                        (t.statistic() == null ? "missing: " : "unknown statistic" + Suggestions.didYouMean(t.statistic(),
                                Arrays.stream(Target.Statistic.values()).map(Target.Statistic::key).toList()) + "; allowed: ") + STATISTICS));
                continue;
            }
            Rung rung = null;
            Metric metric = null;
            int horizon = base.horizonDays();
            int from = 0;
            int mistakesBeforeDays = mistakes.size();
            Integer toDay = day(t.toDay(), t.toDate(), "to", base, file, at, mistakes);
            Integer fromDay = day(t.fromDay(), t.fromDate(), "from", base, file, at, mistakes);
            if (mistakes.size() > mistakesBeforeDays) continue;
            if (stat == Target.Statistic.PROBABILITY) {
                if (t.metric() != null) mistakes.add(new ScenarioException(file, at + ".metric", "'" + t.metric() + "'", "not used by statistic probability, which takes a rung"));
                if (fromDay != null) mistakes.add(new ScenarioException(file, at + (t.fromDay() != null ? ".from_day" : ".from_date"),
                        t.fromDay() != null ? String.valueOf(t.fromDay()) : "'" + t.fromDate() + "'", "not used by statistic probability (it counts from day 0)"));
                rung = t.rung() == null ? null : Rung.fromKey(t.rung());
                if (rung == null) {
                    mistakes.add(new ScenarioException(file, at + ".rung", t.rung() == null ? null : "'" + t.rung() + "'",
                            t.rung() == null ? "missing: " + Arrays.stream(Rung.values()).map(Rung::key).collect(Collectors.joining(", "))
                                    : ScenarioLoader.unknownRung(t.rung())));
                }
            } else {
                if (t.rung() != null) mistakes.add(new ScenarioException(file, at + ".rung", "'" + t.rung() + "'", "not used by statistic mean, which takes a metric"));
                metric = t.metric() == null ? null : Metric.fromKey(t.metric());
                if (metric == null) {
                    List<String> metrics = Arrays.stream(Metric.values()).map(Metric::key).toList();
                    mistakes.add(new ScenarioException(file, at + ".metric", t.metric() == null ? null : "'" + t.metric() + "'",
                            t.metric() == null ? "missing: " + String.join(", ", metrics) : Suggestions.unknown("metric", t.metric(), metrics)));
                }
            }
            if (toDay == null || toDay < 0 || toDay > horizon) {
                mistakes.add(new ScenarioException(file, at + ".to_day", toDay == null ? null : String.valueOf(toDay),
                        (toDay == null ? "missing: " : "allowed: ") + "a day from 0 to the scenario's horizon " + horizon
                                + (toDay == null ? " (or to_date: YYYY-MM-DD, day 0 being " + base.startDate() + ")" : "")));
                continue;
            }
            int to = toDay;
            if (stat == Target.Statistic.MEAN) {
                from = fromDay == null ? to : fromDay;
                if (from < 0 || from > to) {
                    mistakes.add(new ScenarioException(file, at + ".from_day", String.valueOf(from), "allowed: a day from 0 to to_day " + to));
                }
            }
            double[] range = observed(t.observed(), stat, file, at + ".observed", mistakes);
            double scale = t.scale() == null ? Double.NaN : t.scale();
            if (!(scale > 0) || !Double.isFinite(scale)) {
                mistakes.add(new ScenarioException(file, at + ".scale", t.scale() == null ? null : num(scale),
                        (t.scale() == null ? "missing: " : "allowed: ") + "a number above 0: how far outside the observed range counts as one unit of distance"));
            }
            Provenance prov = provenance(t, file, at, mistakes);
            String interpretation = t.interpretation() == null ? "" : t.interpretation();
            if (interpretation.length() > ScenarioLoader.MAX_QUOTE) {
                mistakes.add(new ScenarioException(file, at + ".interpretation", null, "allowed: a text of at most " + ScenarioLoader.MAX_QUOTE + " characters"));
            }
            if (mistakes.size() == before && range != null) {
                out.add(new Target(t.id(), stat, rung, metric, from, to, range[0], range[1], scale, prov, interpretation));
            }
        }
        return out;
    }

    /**
     * A target's day, given as a day ({@code to_day}) or a date ({@code to_date}, counted from the
     * scenario's start date); null when neither is given or on a mistake (recorded).
     */
    private static Integer day(Integer day, String date, String which, Scenario base, String file, String at,
                               List<ScenarioException> mistakes) {
        if (day != null && date != null) {
            mistakes.add(new ScenarioException(file, at + "." + which + "_date", "'" + date + "'", "give either " + which + "_day or "
                    + which + "_date, not both"));
            return null;
        }
        if (date == null) return day;
        java.time.LocalDate d;
        try {
            d = java.time.LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            mistakes.add(new ScenarioException(file, at + "." + which + "_date", "'" + date + "'", "allowed: a date as YYYY-MM-DD"));
            return null;
        }
        long n = java.time.temporal.ChronoUnit.DAYS.between(base.startDate(), d);
        if (n < 0 || n > base.horizonDays()) {
            mistakes.add(new ScenarioException(file, at + "." + which + "_date", "'" + date + "'", "allowed: a date from "
                    + base.startDate() + " (day 0) to " + base.dateOf(base.horizonDays()) + " (the horizon); the model does not run before day 0"));
            return null;
        }
        return (int) n;
    }

    private static double[] observed(JsonNode n, Target.Statistic stat, String file, String at, List<ScenarioException> mistakes) {
        String allowed = "a number or {min: .., max: ..}" + (stat == Target.Statistic.PROBABILITY ? " of probabilities from 0 to 1" : "");
        if (n == null) {
            mistakes.add(new ScenarioException(file, at, null, "missing: the observed value, " + allowed));
            return null;
        }
        double low, high;
        if (n.isNumber()) {
            low = high = n.asDouble();
        } else if (n.isObject() && n.size() == 2 && n.has("min") && n.has("max") && n.get("min").isNumber() && n.get("max").isNumber()) {
            low = n.get("min").asDouble();
            high = n.get("max").asDouble();
        } else {
            mistakes.add(new ScenarioException(file, at, show(n), "allowed: " + allowed));
            return null;
        }
        if (!Double.isFinite(low) || !Double.isFinite(high) || low > high) {
            mistakes.add(new ScenarioException(file, at, show(n), "allowed: finite numbers with min <= max"));
            return null;
        }
        if (stat == Target.Statistic.PROBABILITY && (low < 0 || high > 1)) {
            mistakes.add(new ScenarioException(file, at, show(n), "allowed: probabilities from 0 to 1"));
            return null;
        }
        return new double[]{low, high};
    }

    private static Provenance provenance(TargetsFile.Target t, String file, String at, List<ScenarioException> mistakes) {
        ObjectNode n = BIND.createObjectNode();
        if (t.source() != null) n.put("source", t.source());
        if (t.quote() != null) n.put("quote", t.quote());
        if (t.assumption() != null) n.put("assumption", t.assumption());
        try {
            return Distributions.provenance(n, file, at);
        } catch (ScenarioException e) {
            mistakes.add(new ScenarioException(file, e.field(), e.value(), e.field() != null && e.field().equals(at)
                    ? "missing: each target cites its article (source + a short exact quote) or says 'assumption: interpretation of ...'"
                    : e.allowed()));
            return null;
        }
    }

    // ---------------------------------------------------------------- readers

    private static int whole(Integer v, int dflt, int min, int max, String file, String path, List<ScenarioException> mistakes) {
        if (v == null) return dflt;
        if (v < min || v > max) {
            mistakes.add(new ScenarioException(file, path, String.valueOf(v), "allowed: a whole number from " + min + " to " + max));
            return dflt;
        }
        return v;
    }

    private static String text(String v, String dflt, String file, String field, int max, List<ScenarioException> mistakes) {
        if (v == null) return dflt;
        if (v.length() > max) {
            mistakes.add(new ScenarioException(file, field, null, "allowed: a text of at most " + max + " characters (this one has " + v.length() + ")"));
        }
        return v;
    }

    static String show(JsonNode v) { return Distributions.show(v); }

    static String num(double v) { return Distributions.num(v); }
}
