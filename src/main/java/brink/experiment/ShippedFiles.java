package brink.experiment;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Input files as they can travel to another machine: each file's bytes under its absolute path.
 * Scenarios and sweeps hold paths, which mean nothing elsewhere; where they are used they are
 * loaded again, through the same loader and validation, from these bytes, written under a
 * temporary folder that keeps their absolute paths (so that the relative references between them,
 * extends and a sweep's scenario, resolve as where they came from).
 *
 * @param files absolute path -> the file's bytes
 */
public record ShippedFiles(TreeMap<String, byte[]> files) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Reads the files now (input files are small: at most 1 MB each). */
    public static ShippedFiles of(List<Path> paths) {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try {
            for (Path p : paths) files.put(absolute(p), Files.readAllBytes(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ShippedFiles(files);
    }

    public static String absolute(Path p) {
        return p.toAbsolutePath().normalize().toString();
    }

    /** Something loaded from the files written out again; {@code file} is one of their absolute paths. */
    @FunctionalInterface
    public interface Loader<T> {
        T load(Path file) throws Exception;
    }

    /** Writes the files under a temporary folder, loads {@code file} there, and deletes the folder. */
    public <T> T load(String file, Loader<T> loader) {
        Path root = null;
        try {
            root = Files.createTempDirectory("brink-shipped-");
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path p = below(root, f.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, f.getValue());
            }
            return loader.load(below(root, file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            // the driver loaded the same bytes before sending them: this is not a user's mistake
            throw new IllegalStateException("the shipped files do not load: " + e.getMessage(), e);
        } finally {
            if (root != null) deleteQuietly(root);
        }
    }

    /** A digest of the files and of {@code more} (what else defines the loaded thing), to cache it by. */
    public String digest(String more) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(more.getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                md.update(f.getKey().getBytes(StandardCharsets.UTF_8));
                md.update(f.getValue());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
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
}
