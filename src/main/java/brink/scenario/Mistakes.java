package brink.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the independent mistakes of a file (each field is checked on its own), so that one
 * message lists them all instead of stopping at the first: scenario and sweep files alike (public
 * for {@code brink.scenario.sweep}).
 */
public final class Mistakes {
    private final List<ScenarioException> kept = new ArrayList<>();
    private final List<String> answered;
    private int total;

    public Mistakes() {
        this.answered = List.of();
    }

    /**
     * Starts with the values the YAML reader refused ({@link YamlFile}): their fields now hold
     * null or an alias's name, so a later mistake at one of them, inside one, or about a field that holds one is a
     * consequence and is not listed again (an unknown key is: it is the key's mistake).
     */
    public Mistakes(YamlFile yaml) {
        this.answered = yaml.refusedPaths();
        for (ScenarioException m : yaml.refusedValues()) count(m);
    }

    @FunctionalInterface
    public interface Check {
        void run() throws ScenarioException;
    }

    /** Runs one check; its mistakes are recorded and the caller carries on with the next field. */
    public void check(Check c) {
        try {
            c.run();
        } catch (ScenarioException e) {
            add(e);
        }
    }

    @FunctionalInterface
    public interface Read<T> {
        T get() throws ScenarioException;
    }

    /** Reads one field; on a mistake it is recorded and null returned, and the caller carries on without the value. */
    public <T> T value(Read<T> r) {
        try {
            return r.get();
        } catch (ScenarioException e) {
            add(e);
            return null;
        }
    }

    public void add(ScenarioException e) {
        for (ScenarioException m : e.mistakes()) {
            if (m.isUnknownKey() || !isAnswered(m.field())) count(m);
        }
        total += e.unlisted();
    }

    private void count(ScenarioException m) {
        total++;
        // only the first few are listed; beyond them only the count grows
        if (kept.size() < ScenarioException.MAX_LISTED) kept.add(m);
    }

    private boolean isAnswered(String field) {
        if (field == null) return false;
        for (String a : answered) {
            if (a == null) continue;
            if (field.equals(a) || within(a, field) || within(field, a)) return true;
        }
        return false;
    }

    /** Whether {@code inner} is a field inside {@code outer} ({@code a.b} in {@code a}, {@code a[2]} in {@code a}). */
    private static boolean within(String inner, String outer) {
        return inner.length() > outer.length() && inner.startsWith(outer)
                && (inner.charAt(outer.length()) == '.' || inner.charAt(outer.length()) == '[');
    }

    public boolean any() { return total > 0; }

    public void throwIfAny() throws ScenarioException {
        if (total > 0) throw ScenarioException.of(kept, total);
    }
}
