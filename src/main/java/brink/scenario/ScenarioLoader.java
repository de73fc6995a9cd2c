package brink.scenario;

import brink.model.EventType;
import brink.model.ParameterCatalog;
import brink.model.ParameterDef;
import brink.model.ParameterKey;
import brink.model.Rung;
import brink.model.TriggerRule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Loads a scenario file: reads YAML safely (a plain tree, no object construction from tags, no
 * duplicate keys), follows {@code extends} (relative to the file, cycles refused), deep-merges the
 * chain (a parameter is replaced whole, events are appended), and validates every field.
 * Every mistake becomes one {@link ScenarioException} naming the file, the field, the value and
 * what is allowed.
 */
public final class ScenarioLoader {
    public static final int MAX_HORIZON_DAYS = 3650;
    /** Limits that keep every valid file cheap to run and to report: named in the messages that enforce them. */
    public static final long MAX_FILE_BYTES = 1L << 20;
    public static final int MAX_EXTENDS_DEPTH = 32;
    /** Longest name (it names the results folder), title, description, and other texts. */
    public static final int MAX_NAME = 64, MAX_TITLE = 200, MAX_DESCRIPTION = 2000, MAX_NOTE = 500,
            MAX_SOURCE = 200, MAX_QUOTE = 1000, MAX_PATH = 1000;
    private static final Set<String> TOP_KEYS = new LinkedHashSet<>(List.of("name", "title", "description", "extends",
            "start_date", "horizon_days", "initial_rungs", "actors", "front", "decision", "triggers", "events"));
    private static final Set<String> TRIGGER_KEYS = new LinkedHashSet<>(List.of("when", "then", "kind", "amount",
            "probability", "within_days", "source", "quote", "assumption"));
    private static final Set<String> EVENT_KEYS = new LinkedHashSet<>(List.of("day", "date", "type", "amount", "note",
            "source", "quote", "assumption"));
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");
    private static final double MAX_AMOUNT = 200_000;


    /** Loads and validates a scenario and its bases. */
    public Scenario load(Path file) throws ScenarioException {
        List<Path> chain = new ArrayList<>();
        List<ObjectNode> trees = new ArrayList<>();
        ObjectNode merged = loadChain(file.toAbsolutePath().normalize(), chain, trees, new ArrayList<>());
        return build(file, chain, merged, trees.get(trees.size() - 1));
    }

    /**
     * Reads a YAML file into a tree (sweep and targets files too); every number it refuses (.nan,
     * .inf, a malformed !!float) and any other reason it cannot be read is a mistake naming the
     * file, the place and what is allowed ({@link YamlFile}).
     */
    public static JsonNode readYaml(Path file) throws ScenarioException {
        return YamlFile.read(file).treeOrThrow();
    }

    /**
     * How a path is shown in messages: relative to the working directory when it is below it, and
     * in full when it is the working directory itself (relative, it would be "", a message naming nothing).
     */
    public static String label(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }

    /**
     * Loads a file and its bases; {@code chain} and {@code trees} receive each file and its own
     * validated tree, base first, so the leaf's own fields need no second read.
     */
    private ObjectNode loadChain(Path file, List<Path> chain, List<ObjectNode> trees, List<Path> visiting)
            throws ScenarioException {
        String label = label(file);
        if (visiting.size() >= MAX_EXTENDS_DEPTH) {
            throw new ScenarioException(label(visiting.get(visiting.size() - 1)), "extends", null,
                    "the extends chain is deeper than " + MAX_EXTENDS_DEPTH + " files; allowed: at most " + MAX_EXTENDS_DEPTH);
        }
        if (visiting.contains(file)) {
            String cycle = visiting.stream().map(ScenarioLoader::label).collect(Collectors.joining(" -> ")) + " -> " + label;
            throw new ScenarioException(label(visiting.get(visiting.size() - 1)), "extends", "'" + file.getFileName() + "'",
                    "cyclic extends: " + cycle);
        }
        YamlFile yaml = YamlFile.read(file);
        JsonNode tree = yaml.tree();
        if (!tree.isObject() && !yaml.refusedValues().isEmpty()) throw ScenarioException.of(yaml.refusedValues());
        if (!tree.isObject()) throw new ScenarioException(label, null, null, "the file must be a mapping of keys (name:, actors:, ...)");
        FileKind.SCENARIO.require(tree, label); // a sweep or targets file is named as one, not as a list of unknown keys
        ObjectNode root = (ObjectNode) tree;
        JsonNode ext = root.get("extends");
        validateFile(root, label, ext == null, yaml);
        visiting.add(file);
        ObjectNode result;
        if (ext == null) {
            result = root;
        } else {
            Path base = file.getParent().resolve(ext.asText()).normalize();
            if (!Files.isRegularFile(base)) {
                throw new ScenarioException(label, "extends", "'" + ext.asText() + "'", "no such file (looked for " + label(base) + ")");
            }
            ObjectNode baseTree = loadChain(base, chain, trees, visiting);
            result = merge(baseTree, root, "");
            result.remove("extends");
        }
        visiting.remove(visiting.size() - 1);
        chain.add(file);
        trees.add(root);
        return result;
    }

    // ---------------------------------------------------------------- per-file validation

    /**
     * Checks one file on its own and annotates its parameter and event nodes with the file name.
     * Each field is checked independently and every mistake is reported together, the values the
     * YAML reader refused first (which are not checked again).
     */
    private void validateFile(ObjectNode root, String file, boolean isBase, YamlFile yaml) throws ScenarioException {
        Mistakes mistakes = new Mistakes(yaml);
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!TOP_KEYS.contains(k)) mistakes.add(ScenarioException.unknownKey(file, k, TOP_KEYS));
        }
        int[] limits = {MAX_NAME, MAX_TITLE, MAX_DESCRIPTION, MAX_PATH, 10};
        List<String> texts = List.of("name", "title", "description", "extends", "start_date");
        for (int i = 0; i < texts.size(); i++) {
            String k = texts.get(i);
            int max = limits[i];
            mistakes.check(() -> text(root.get(k), file, k, max));
        }
        mistakes.check(() -> {
            if (root.has("name") && root.get("name").isTextual() && !ID.matcher(root.get("name").asText()).matches()) {
                throw new ScenarioException(file, "name", DistributionParser.show(root.get("name")), "allowed: lower-case letters, digits and _, starting with a letter (it names the results folder)");
            }
        });
        mistakes.check(() -> { if (root.has("start_date")) parseDate(root.get("start_date"), file, "start_date"); });
        mistakes.check(() -> { if (root.has("horizon_days")) horizon(root.get("horizon_days"), file); });
        mistakes.check(() -> { if (root.has("initial_rungs")) initialRungs(root.get("initial_rungs"), file); });

        List<String> triggerIds = new ArrayList<>();
        JsonNode triggers = root.get("triggers");
        if (triggers != null) {
            if (!triggers.isObject()) mistakes.add(new ScenarioException(file, "triggers", DistributionParser.show(triggers), "allowed: a mapping of trigger id to rule"));
            else triggers.fieldNames().forEachRemaining(triggerIds::add);
        }
        ParameterCatalog catalog = ParameterCatalog.forTriggers(triggerIds);
        for (String section : List.of(ParameterKey.ACTORS, ParameterKey.FRONT, ParameterKey.DECISION)) {
            JsonNode n = root.get(section);
            if (n != null) walkParameters(root, List.of(section), n, catalog, file, isBase, mistakes);
        }
        for (String id : triggerIds) mistakes.check(() -> validateTrigger((ObjectNode) triggers, id, catalog, file, isBase, mistakes));
        JsonNode events = root.get("events");
        if (events != null) {
            if (!events.isArray()) {
                mistakes.add(new ScenarioException(file, "events", DistributionParser.show(events), "allowed: a list of events"));
            } else {
                for (int i = 0; i < events.size(); i++) {
                    int at = i;
                    mistakes.check(() -> validateEvent(events.get(at), file, "events[" + at + "]", isBase, mistakes));
                }
            }
        }
        mistakes.throwIfAny();
    }

    /** A text field: a string of at most {@code max} characters. */
    private static void text(JsonNode v, String file, String path, int max) throws ScenarioException {
        if (v == null) return;
        if (!v.isTextual()) throw new ScenarioException(file, path, DistributionParser.show(v), "allowed: a text");
        if (v.asText().length() > max) {
            throw new ScenarioException(file, path, DistributionParser.show(v), "allowed: a text of at most " + max
                    + " characters (this one has " + v.asText().length() + ")");
        }
    }

    /** Walks a section of nested maps down to the parameter nodes the catalog knows; each child's mistakes are collected. */
    private void walkParameters(ObjectNode parent, List<String> at, JsonNode node, ParameterCatalog catalog, String file,
                                boolean isBase, Mistakes mistakes) {
        String key = at.get(at.size() - 1);
        String path = String.join(".", at); // the field's place in the file, for messages
        Optional<ParameterDef> def = catalog.find(at);
        if (def.isPresent()) {
            mistakes.check(() -> {
                DistributionParser.parse(node, def.get(), file, path);
                DistributionParser.asOf(node, def.get(), file, path);
                DistributionParser.provenance(node, file, path, isBase);
                parent.set(key, annotate(node, file));
            });
            return;
        }
        if (!node.isObject()) {
            mistakes.add(new ScenarioException(file, path, DistributionParser.show(node), "allowed: a mapping of " + String.join(", ", catalog.childNames(at))));
            return;
        }
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        for (String child : names) {
            List<String> childAt = new ArrayList<>(at);
            childAt.add(child);
            if (catalog.find(childAt).isEmpty() && catalog.childNames(childAt).isEmpty()) {
                mistakes.add(ScenarioException.unknownKey(file, path + "." + child, catalog.childNames(at)));
                continue;
            }
            walkParameters((ObjectNode) node, childAt, node.get(child), catalog, file, isBase, mistakes);
        }
    }

    private static JsonNode annotate(JsonNode node, String file) {
        ObjectNode o;
        if (node.isObject()) {
            o = (ObjectNode) node;
        } else {
            o = JsonNodeFactory.instance.objectNode();
            o.set("value", node);
        }
        o.put(DistributionParser.FILE_KEY, file);
        return o;
    }

    private void validateTrigger(ObjectNode triggers, String id, ParameterCatalog catalog, String file, boolean isBase,
                                 Mistakes mistakes) throws ScenarioException {
        String path = "triggers." + id;
        if (!ID.matcher(id).matches() || id.length() > MAX_NAME) {
            throw new ScenarioException(file, path, "'" + id + "'", "allowed: a trigger id of lower-case letters, digits and _, at most " + MAX_NAME + " characters");
        }
        JsonNode t = triggers.get(id);
        if (!t.isObject()) throw new ScenarioException(file, path, DistributionParser.show(t), "allowed: a rule with when, then, probability, within_days");
        // each field on its own: a wrong 'when' does not hide a probability out of range
        for (Iterator<String> it = t.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!TRIGGER_KEYS.contains(k)) mistakes.add(ScenarioException.unknownKey(file, path + "." + k, TRIGGER_KEYS));
        }
        if (t.has("when")) mistakes.check(() -> parseWhen(t.get("when"), file, path + ".when"));
        if (t.has("then")) mistakes.check(() -> eventType(t.get("then"), file, path + ".then"));
        if (t.has("kind")) mistakes.check(() -> ruleKind(t.get("kind"), file, path + ".kind"));
        if (t.has("amount")) mistakes.check(() -> amount(t.get("amount"), file, path + ".amount"));
        for (ParameterKey.TriggerField f : ParameterKey.TriggerField.values()) {
            ParameterKey k = ParameterKey.trigger(id, f);
            if (t.has(f.key())) walkParameters((ObjectNode) t, k.segments(), t.get(f.key()), catalog, file, isBase, mistakes);
        }
        if (isBase) mistakes.check(() -> DistributionParser.provenance(t, file, path, true));
        ((ObjectNode) t).put(DistributionParser.FILE_KEY, file);
    }

    /** One event; each of its fields is checked on its own, its mistakes recorded in {@code mistakes}. */
    private void validateEvent(JsonNode e, String file, String path, boolean isBase, Mistakes mistakes) throws ScenarioException {
        if (!e.isObject()) throw new ScenarioException(file, path, DistributionParser.show(e), "allowed: an event with day (or date) and type");
        for (Iterator<String> it = e.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!EVENT_KEYS.contains(k)) mistakes.add(ScenarioException.unknownKey(file, path + "." + k, EVENT_KEYS));
        }
        if (e.has("day") == e.has("date")) {
            mistakes.add(new ScenarioException(file, path, null, "give exactly one of 'day: <number>' or 'date: YYYY-MM-DD'"));
        } else if (e.has("day")) {
            JsonNode d = e.get("day");
            if (!d.canConvertToInt() || !d.isIntegralNumber() || d.asInt() < 1 || d.asInt() > MAX_HORIZON_DAYS) {
                mistakes.add(new ScenarioException(file, path + ".day", DistributionParser.show(d), "allowed: a whole number from 1 to " + MAX_HORIZON_DAYS));
            }
        } else {
            mistakes.check(() -> parseDate(e.get("date"), file, path + ".date"));
        }
        EventType type = null;
        if (!e.has("type")) mistakes.add(new ScenarioException(file, path + ".type", null, "missing: allowed " + eventTypes()));
        else type = mistakes.value(() -> eventType(e.get("type"), file, path + ".type"));
        if (type != null && type.needsAmount() && !e.has("amount")) {
            mistakes.add(new ScenarioException(file, path + ".amount", null, "missing: " + type.key() + " needs an amount (troops)"));
        }
        if (e.has("amount")) mistakes.check(() -> amount(e.get("amount"), file, path + ".amount"));
        mistakes.check(() -> text(e.get("note"), file, path + ".note", MAX_NOTE));
        mistakes.check(() -> DistributionParser.provenance(e, file, path, false));
        ((ObjectNode) e).put(DistributionParser.FILE_KEY, file);
    }

    // ---------------------------------------------------------------- merge

    /** Deep merge: maps merge key by key; a parameter node, a trigger's 'when', and lists are replaced; events append. */
    private static ObjectNode merge(ObjectNode base, ObjectNode over, String path) {
        ObjectNode out = base.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = over.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String key = f.getKey();
            JsonNode v = f.getValue();
            JsonNode existing = out.get(key);
            if (path.isEmpty() && key.equals("events") && existing != null && existing.isArray() && v.isArray()) {
                ArrayNode all = ((ArrayNode) existing).deepCopy();
                all.addAll((ArrayNode) v);
                out.set(key, all);
            } else if (existing != null && existing.isObject() && v.isObject() && !key.equals("when")
                    && (path.equals("triggers") || !DistributionParser.isParameterNode(v))) {
                // a trigger carries the file annotation too, but an override of one trigger merges into it
                out.set(key, merge((ObjectNode) existing, (ObjectNode) v, path.isEmpty() ? key : path + "." + key));
            } else {
                out.set(key, v.deepCopy());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- build the resolved scenario

    private Scenario build(Path file, List<Path> chain, ObjectNode root, ObjectNode own) throws ScenarioException {
        String rootFile = label(chain.get(0));
        String label = label(file);
        // name, title and description belong to the file itself (own), never inherited from its base
        String fileName = file.getFileName().toString();
        String name = own.has("name") ? own.get("name").asText() : nameFromFile(fileName);
        String title = own.has("title") ? own.get("title").asText() : name;
        String description = own.has("description") ? own.get("description").asText() : "";
        if (!root.has("start_date")) throw new ScenarioException(rootFile, "start_date", null, "missing: the date of day 0, YYYY-MM-DD");
        LocalDate start = parseDate(root.get("start_date"), rootFile, "start_date");
        int horizon = root.has("horizon_days") ? horizon(root.get("horizon_days"), label) : 365;
        List<Rung> initial = root.has("initial_rungs") ? initialRungs(root.get("initial_rungs"), label) : List.of();

        Mistakes mistakes = new Mistakes();
        // triggers
        List<TriggerSpec> triggers = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        JsonNode tnode = root.get("triggers");
        if (tnode != null) {
            for (Iterator<String> it = tnode.fieldNames(); it.hasNext(); ) {
                String id = it.next();
                mistakes.check(() -> {
                    JsonNode t = tnode.get(id);
                    String tf = t.path(DistributionParser.FILE_KEY).asText(label);
                    List<ScenarioException> missing = new ArrayList<>();
                    if (!t.has("when")) missing.add(new ScenarioException(tf, "triggers." + id + ".when", null, "missing: an unknown trigger needs when: {rung: ..} or {condition: ..} (is the id spelled as in the base?)"));
                    if (!t.has("then")) missing.add(new ScenarioException(tf, "triggers." + id + ".then", null, "missing: the event the rule leads to; allowed " + eventTypes()));
                    if (!missing.isEmpty()) throw ScenarioException.of(missing);
                    Object[] when = parseWhen(t.get("when"), tf, "triggers." + id + ".when");
                    EventType action = eventType(t.get("then"), tf, "triggers." + id + ".then");
                    double amount = t.has("amount") ? amount(t.get("amount"), tf, "triggers." + id + ".amount") : 0;
                    if (action.needsAmount() && !t.has("amount")) throw new ScenarioException(tf, "triggers." + id + ".amount", null, "missing: " + action.key() + " needs an amount (troops)");
                    TriggerRule.Kind kind = t.has("kind") ? ruleKind(t.get("kind"), tf, "triggers." + id + ".kind") : TriggerRule.Kind.RESPONSE;
                    Provenance prov = DistributionParser.provenance(t, tf, "triggers." + id, false);
                    triggers.add(new TriggerSpec(id, kind, (TriggerRule.Condition) when[0], (Rung) when[1], action, amount,
                            prov == null ? Provenance.setIn(tf) : prov));
                    ids.add(id);
                });
            }
        }
        ParameterCatalog catalog = ParameterCatalog.forTriggers(ids);

        // parameters, in catalog order
        Map<ParameterKey, ParameterSpec> params = new LinkedHashMap<>();
        for (ParameterDef def : catalog.all()) {
            mistakes.check(() -> {
                JsonNode n = at(root, def.key().segments());
                if (n == null) throw missingParameter(root, rootFile, def);
                String nf = n.path(DistributionParser.FILE_KEY).asText(label);
                ParameterDistribution dist = DistributionParser.parse(n, def, nf, def.path());
                Provenance prov = DistributionParser.provenance(n, nf, def.path(), false);
                LocalDate asOf = DistributionParser.asOf(n, def, nf, def.path());
                if (asOf != null && Math.abs(ChronoUnit.DAYS.between(asOf, start)) > MAX_HORIZON_DAYS) {
                    throw new ScenarioException(nf, def.path() + ".as_of", "'" + asOf + "'",
                            "allowed: a date within " + MAX_HORIZON_DAYS + " days of start_date " + start);
                }
                params.put(def.key(), new ParameterSpec(def, dist, prov == null ? Provenance.setIn(nf) : prov, asOf));
            });
        }

        // events, sorted by day (stable: file order within a day)
        List<EventSpec> events = new ArrayList<>();
        JsonNode enode = root.get("events");
        if (enode != null) {
            for (int i = 0; i < enode.size(); i++) {
                int index = i;
                mistakes.check(() -> {
                    JsonNode e = enode.get(index);
                    String ef = e.path(DistributionParser.FILE_KEY).asText(label);
                    String path = "events[" + index + "]";
                    int day;
                    if (e.has("day")) {
                        day = e.get("day").asInt();
                    } else {
                        LocalDate date = parseDate(e.get("date"), ef, path + ".date");
                        long d = ChronoUnit.DAYS.between(start, date);
                        if (d < 1 || d > horizon) {
                            throw new ScenarioException(ef, path + ".date", "'" + e.get("date").asText() + "'",
                                    "allowed: a date after start_date " + start + " and within the horizon (by " + start.plusDays(horizon) + ")");
                        }
                        day = (int) d;
                    }
                    if (day > horizon) throw new ScenarioException(ef, path + ".day", String.valueOf(day), "allowed: a day from 1 to the horizon " + horizon);
                    EventType type = eventType(e.get("type"), ef, path + ".type");
                    double amount = e.has("amount") ? e.get("amount").asDouble() : 0;
                    String note = e.has("note") ? e.get("note").asText() : "";
                    Provenance prov = DistributionParser.provenance(e, ef, path, false);
                    events.add(new EventSpec(day, type, amount, note, prov == null ? Provenance.setIn(ef) : prov));
                });
            }
        }
        mistakes.throwIfAny();
        events.sort((a, b) -> Integer.compare(a.day(), b.day()));

        ObjectNode clean = root.deepCopy();
        stripAnnotations(clean);
        return new Scenario(name, title, description, file, Collections.unmodifiableList(chain), start, horizon,
                Collections.unmodifiableList(initial), catalog, Collections.unmodifiableMap(params),
                Collections.unmodifiableList(triggers), Collections.unmodifiableList(events), clean);
    }

    /**
     * A parameter nobody set: a trigger's belongs to the file that defines the trigger (a what-if
     * adding a rule without its probability), any other to the base scenario.
     */
    private static ScenarioException missingParameter(ObjectNode root, String rootFile, ParameterDef def) {
        String file = rootFile;
        String what = "missing: the base scenario must set every parameter (";
        if (def.key() instanceof ParameterKey.Trigger trigger) {
            JsonNode t = root.path("triggers").path(trigger.rule());
            file = t.path(DistributionParser.FILE_KEY).asText(rootFile);
            what = "missing: every rule needs it (";
        }
        return new ScenarioException(file, def.path(), null, what + def.description() + "; " + def.allowedText() + ")");
    }

    /** A file's name as a scenario name: its stem in lower case, _ for anything else, at most {@link #MAX_NAME} characters. */
    public static String nameFromFile(String fileName) {
        String n = fileName.replaceFirst("\\.ya?ml$", "").replaceAll("[^A-Za-z0-9_]", "_").toLowerCase(java.util.Locale.ROOT);
        return n.length() > MAX_NAME ? n.substring(0, MAX_NAME) : n;
    }

    private static JsonNode at(JsonNode root, List<String> path) {
        JsonNode n = root;
        for (String part : path) {
            n = n.get(part);
            if (n == null) return null;
        }
        return n;
    }

    private static void stripAnnotations(JsonNode n) {
        if (n.isObject()) {
            ((ObjectNode) n).remove(DistributionParser.FILE_KEY);
            n.elements().forEachRemaining(ScenarioLoader::stripAnnotations);
        } else if (n.isArray()) {
            n.elements().forEachRemaining(ScenarioLoader::stripAnnotations);
        }
    }

    // ---------------------------------------------------------------- field readers

    private static LocalDate parseDate(JsonNode n, String file, String path) throws ScenarioException {
        try {
            if (!n.isTextual()) throw new DateTimeParseException("", "", 0);
            return LocalDate.parse(n.asText());
        } catch (DateTimeParseException e) {
            throw new ScenarioException(file, path, DistributionParser.show(n), "allowed: a date as YYYY-MM-DD");
        }
    }

    private static int horizon(JsonNode n, String file) throws ScenarioException {
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.asLong() < 1 || n.asLong() > MAX_HORIZON_DAYS) {
            throw new ScenarioException(file, "horizon_days", DistributionParser.show(n), "allowed: a whole number of days from 1 to " + MAX_HORIZON_DAYS);
        }
        return n.asInt();
    }

    private static List<Rung> initialRungs(JsonNode n, String file) throws ScenarioException {
        if (!n.isArray()) throw new ScenarioException(file, "initial_rungs", DistributionParser.show(n), "allowed: a list of rung names");
        List<Rung> out = new ArrayList<>();
        for (int i = 0; i < n.size(); i++) out.add(rung(n.get(i), file, "initial_rungs[" + i + "]"));
        return out;
    }

    static Rung rung(JsonNode n, String file, String path) throws ScenarioException {
        Rung r = n.isTextual() ? Rung.fromKey(n.asText()) : null;
        if (r == null) throw new ScenarioException(file, path, DistributionParser.show(n), unknownRung(n.isTextual() ? n.asText() : null));
        return r;
    }

    /** "unknown rung (did you mean 'x'?); allowed: ..." for a name that is no rung ({@code typed} null when not a text); sweeps and targets too. */
    public static String unknownRung(String typed) {
        return Suggestions.unknown("rung", typed, Arrays.stream(Rung.values()).map(Rung::key).toList());
    }

    private static TriggerRule.Kind ruleKind(JsonNode n, String file, String path) throws ScenarioException {
        TriggerRule.Kind k = n.isTextual() ? TriggerRule.Kind.fromKey(n.asText()) : null;
        if (k == null) {
            throw new ScenarioException(file, path, DistributionParser.show(n), Suggestions.unknown("rule kind",
                    n.isTextual() ? n.asText() : null, Arrays.stream(TriggerRule.Kind.values()).map(TriggerRule.Kind::key).toList()));
        }
        return k;
    }

    static EventType eventType(JsonNode n, String file, String path) throws ScenarioException {
        EventType t = n != null && n.isTextual() ? EventType.fromKey(n.asText()) : null;
        if (t == null) {
            throw new ScenarioException(file, path, DistributionParser.show(n), Suggestions.unknown("event type",
                    n != null && n.isTextual() ? n.asText() : null, Arrays.stream(EventType.values()).map(EventType::key).toList()));
        }
        return t;
    }

    private static String eventTypes() {
        return Arrays.stream(EventType.values()).map(EventType::key).collect(Collectors.joining(", "));
    }

    private static double amount(JsonNode n, String file, String path) throws ScenarioException {
        if (!n.isNumber() || !Double.isFinite(n.asDouble()) || n.asDouble() <= 0 || n.asDouble() > MAX_AMOUNT) {
            throw new ScenarioException(file, path, DistributionParser.show(n), "allowed: a number of troops from 1 to " + (long) MAX_AMOUNT);
        }
        return n.asDouble();
    }

    /** Returns {condition, rung-or-null}. */
    private static Object[] parseWhen(JsonNode n, String file, String path) throws ScenarioException {
        String allowed = "allowed: {rung: <rung name>} or {condition: "
                + Arrays.stream(TriggerRule.Condition.values()).filter(c -> c != TriggerRule.Condition.RUNG_CROSSED)
                .map(TriggerRule.Condition::key).collect(Collectors.joining(" | ")) + "}";
        if (!n.isObject() || n.size() != 1) throw new ScenarioException(file, path, DistributionParser.show(n), allowed);
        if (n.has("rung")) return new Object[]{TriggerRule.Condition.RUNG_CROSSED, rung(n.get("rung"), file, path + ".rung")};
        if (n.has("condition")) {
            JsonNode c = n.get("condition");
            TriggerRule.Condition cond = c.isTextual() ? TriggerRule.Condition.fromKey(c.asText()) : null;
            if (cond == null || cond == TriggerRule.Condition.RUNG_CROSSED) {
                List<String> conditions = Arrays.stream(TriggerRule.Condition.values()).filter(x -> x != TriggerRule.Condition.RUNG_CROSSED)
                        .map(TriggerRule.Condition::key).toList();
                throw new ScenarioException(file, path + ".condition", DistributionParser.show(c),
                        (c.isTextual() ? "unknown condition" + Suggestions.didYouMean(c.asText(), conditions) + "; " : "") + allowed);
            }
            return new Object[]{cond, null};
        }
        throw new ScenarioException(file, path, DistributionParser.show(n), allowed);
    }
}
