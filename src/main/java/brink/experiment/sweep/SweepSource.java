package brink.experiment.sweep;

import brink.experiment.ShippedFiles;
import brink.scenario.sweep.SweepLoader;
import brink.scenario.sweep.SweepSpec;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A sweep as it can travel to another machine: the sweep file and every scenario file it reads
 * (the base and its extends chain), and the command line's sizes; loaded again where it is used
 * ({@link ShippedFiles}), so it is the same sweep.
 *
 * @param sweepFile    the sweep file's absolute path, one of {@code files}
 * @param replications --replications, or null
 * @param points       --points, or null
 * @param key          a digest of all the above, computed once where the sweep was loaded first
 */
public record SweepSource(String sweepFile, ShippedFiles files, Integer replications, Integer points, String key)
        implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Sweeps loaded in this JVM, by content: an executor loads each sweep once, not once per task. */
    private static final Map<String, SweepSpec> LOADED = new ConcurrentHashMap<>();

    public static SweepSource of(SweepSpec spec, Integer replications, Integer points) {
        List<Path> paths = new ArrayList<>(List.of(spec.file(), spec.base().file()));
        paths.addAll(spec.base().chain());
        String file = ShippedFiles.absolute(spec.file());
        ShippedFiles files = ShippedFiles.of(paths);
        return new SweepSource(file, files, replications, points, files.digest(file + "\n" + replications + "\n" + points));
    }

    /** The sweep, loaded from the shipped bytes (once per JVM). */
    public SweepSpec load() {
        return LOADED.computeIfAbsent(key, k -> files.load(sweepFile, f -> new SweepLoader().load(f).resized(replications, points)));
    }
}
