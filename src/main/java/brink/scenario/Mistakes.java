package brink.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the independent mistakes of a file (each field is checked on its own), so that one
 * message lists them all instead of stopping at the first.
 */
final class Mistakes {
    private final List<ScenarioException> kept = new ArrayList<>();
    private int total;

    @FunctionalInterface
    interface Check {
        void run() throws ScenarioException;
    }

    /** Runs one check; its mistakes are recorded and the caller carries on with the next field. */
    void check(Check c) {
        try {
            c.run();
        } catch (ScenarioException e) {
            add(e);
        }
    }

    void add(ScenarioException e) {
        for (ScenarioException m : e.mistakes()) {
            total++;
            // only the first few are listed; beyond them only the count grows
            if (kept.size() < ScenarioException.MAX_LISTED) kept.add(m);
        }
        total += e.unlisted();
    }

    boolean any() { return total > 0; }

    void throwIfAny() throws ScenarioException {
        if (total > 0) throw ScenarioException.of(kept, total);
    }
}
