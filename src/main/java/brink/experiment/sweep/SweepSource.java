package brink.experiment.sweep;

import brink.scenario.ScenarioException;
import brink.scenario.sweep.SweepLoader;
import brink.scenario.sweep.SweepSpec;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * A sweep as it can travel to another machine: the bytes of the sweep file and of every scenario
 * file it reads (the base and its extends chain), under their absolute paths, and the command
 * line's sizes. {@link SweepSpec} holds paths and loaded scenarios, which mean nothing elsewhere;
 * this is loaded again where it is used, through the same loader and validation, from the same
 * bytes, so it is the same sweep.
 *
 * @param sweepFile    the sweep file's absolute path, a key of {@code files}
 * @param files        absolute path -> the file's bytes
 * @param replications --replications, or null
 * @param points       --points, or null
 */
public record SweepSource(String sweepFile, TreeMap<String, byte[]> files, Integer replications, Integer points)
        implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Sweeps loaded in this JVM, by content: an executor loads each sweep once, not once per task. */
    private static final Map<String, SweepSpec> LOADED = new ConcurrentHashMap<>();

    /** The files {@code spec} was loaded from, read again now (they are small: at most 1 MB each). */
    public static SweepSource of(SweepSpec spec, Integer replications, Integer points) {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try {
            read(files, spec.file());
            read(files, spec.base().file());
            for (Path p : spec.base().chain()) read(files, p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SweepSource(absolute(spec.file()), files, replications, points);
    }

    private static void read(Map<String, byte[]> files, Path p) throws IOException {
        files.put(absolute(p), Files.readAllBytes(p));
    }

    private static String absolute(Path p) {
        return p.toAbsolutePath().normalize().toString();
    }

    /** The sweep, loaded from these bytes (once per JVM). */
    public SweepSpec load() {
        return LOADED.computeIfAbsent(digest(), k -> loadFresh());
    }

    /**
     * Writes the files under a temporary folder, keeping their absolute paths below it (so that
     * relative references between them resolve as on the machine they came from), and loads there.
     */
    private SweepSpec loadFresh() {
        Path root = null;
        try {
            root = Files.createTempDirectory("brink-sweep-");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path p = below(root, f.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue());
            }
            return new SweepLoader().load(below(root, sweepFile)).resized(replications, points);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ScenarioException e) {
            // the driver loaded the same bytes before sending them: this is not a user's mistake
            throw new IllegalStateException("the shipped sweep does not load: " + e.getMessage(), e);
        } finally {
            if (root != null) deleteQuietly(root);
        }
    }

    private static Path below(Path root, String absolute) {
        return root.resolve(absolute.replaceFirst("^[/\\\\]+", "").replace(':', '_'));
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }

    private String digest() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((sweepFile + "\n" + replications + "\n" + points + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                md.update(f.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                md.update(f.getValue());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
