package brink.scenario;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The three kinds of Brink file, told apart by their top-level keys, so that a file given to a
 * command of another kind ({@code brink sweep scenarios/baseline.yaml}) is named for what it is, in
 * one message that says how to run it, instead of listing each of its keys as unknown.
 */
public enum FileKind {
    SCENARIO("scenario file", "run", List.of("extends", "start_date", "horizon_days", "initial_rungs", "actors", "front",
            "decision", "triggers", "events"), "a scenario file has start_date:, actors:, front:, decision:, triggers: (or extends: a base scenario)"),
    SWEEP("sweep file", "sweep", List.of("replications", "common_random_numbers", "design", "factors", "outcomes"),
            "a sweep file names its base in scenario: and has factors:, design: and outcomes: (docs/sweeps.md)"),
    TARGETS("calibration targets file", "calibrate", List.of("abc", "parameters", "targets"),
            "a calibration targets file names its base in scenario: and has parameters: and targets: (docs/calibration.md)");

    /** The keys shown of a file's own (the rest as "..."), enough to recognise it. */
    private static final int SHOWN_KEYS = 4;
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./=:,+-]+");

    private final String noun;
    private final String command;
    /** The top-level keys only this kind has (name, title, description, scenario and seed are shared). */
    private final List<String> ownKeys;
    private final String hasWhat;

    FileKind(String noun, String command, List<String> ownKeys, String hasWhat) {
        this.noun = noun;
        this.command = command;
        this.ownKeys = ownKeys;
        this.hasWhat = hasWhat;
    }

    /** The kind whose own keys the file has the most of (ties in this order), or none when it has none of them. */
    public static Optional<FileKind> of(JsonNode root) {
        FileKind best = null;
        int most = 0;
        for (FileKind k : values()) {
            int n = k.keysIn(root).size();
            if (n > most) {
                best = k;
                most = n;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Refuses a file of another kind: one that has none of this kind's own keys and some of
     * another's. A file of this kind with a stray key of another, or with only shared keys, is left
     * to the loader, whose messages name each key.
     */
    public void require(JsonNode root, String label) throws ScenarioException {
        if (!root.isObject() || !keysIn(root).isEmpty()) return;
        FileKind other = of(root).orElse(null);
        if (other == null || other == this) return;
        List<String> keys = other.keysIn(root);
        String shown = String.join(", ", keys.subList(0, Math.min(SHOWN_KEYS, keys.size()))) + (keys.size() > SHOWN_KEYS ? ", ..." : "");
        throw new ScenarioException(label, null, null, "a " + other.noun + " (it has " + shown + "), not a " + noun
                + ": run it with 'brink " + other.command + " " + word(label) + "'; " + hasWhat);
    }

    private List<String> keysIn(JsonNode root) {
        List<String> in = new ArrayList<>();
        if (root.isObject()) root.fieldNames().forEachRemaining(k -> { if (ownKeys.contains(k)) in.add(k); });
        return in;
    }

    /** A path as one word of a shell command: in double quotes when it has a space or another special character. */
    private static String word(String path) {
        return PLAIN.matcher(path).matches() ? path : "\"" + path + "\"";
    }
}
