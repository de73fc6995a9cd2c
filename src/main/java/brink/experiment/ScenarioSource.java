package brink.experiment;

import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;

import java.io.Serializable;
import java.util.ArrayList;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A scenario as it can travel to another machine: its file and extends chain ({@link ShippedFiles})
 * and the horizon it runs with; loaded again where it is used, so it is the same scenario.
 * {@code key} is a digest of all of it, computed once where the scenario was loaded first.
 */
public record ScenarioSource(String file, ShippedFiles files, int horizonDays, String key) implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Scenarios loaded in this JVM, by content: an executor loads each once, not once per task. */
    private static final Map<String, Scenario> LOADED = new ConcurrentHashMap<>();

    public static ScenarioSource of(Scenario s) {
        List<Path> paths = new ArrayList<>(List.of(s.file()));
        paths.addAll(s.chain());
        String file = ShippedFiles.absolute(s.file());
        ShippedFiles files = ShippedFiles.of(paths);
        return new ScenarioSource(file, files, s.horizonDays(), files.digest(file + "\n" + s.horizonDays()));
    }

    public Scenario load() {
        return LOADED.computeIfAbsent(key, k -> files.load(file, f -> new ScenarioLoader().load(f).withHorizon(horizonDays)));
    }
}
