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
 */
public record SweepSource(String sweepFile, ShippedFiles files, Integer replications, Integer points) implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Sweeps loaded in this JVM, by content: an executor loads each sweep once, not once per task. */
    private static final Map<String, SweepSpec> LOADED = new ConcurrentHashMap<>();

    public static SweepSource of(SweepSpec spec, Integer replications, Integer points) {
        List<Path> paths = new ArrayList<>(List.of(spec.file(), spec.base().file()));
        paths.addAll(spec.base().chain());
        return new SweepSource(ShippedFiles.absolute(spec.file()), ShippedFiles.of(paths), replications, points);
    }

    /** The sweep, loaded from the shipped bytes (once per JVM). */
    public SweepSpec load() {
        return LOADED.computeIfAbsent(files.digest(sweepFile + "\n" + replications + "\n" + points),
                k -> files.load(sweepFile, f -> new SweepLoader().load(f).resized(replications, points)));
    }
}
