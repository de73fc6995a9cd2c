package brink.experiment;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A results folder written atomically. While it is written it holds a marker file
 * {@value #MARKER} saying what is happening and how to redo it; every file is written as
 * {@code NAME.part} and renamed when whole; the marker is removed only when everything is done.
 * So a folder is either complete (no marker) or visibly incomplete, never a half-written file that
 * looks whole.
 */
public final class ResultsFolder {
    public static final String MARKER = "INCOMPLETE";
    public static final String PART = ".part";

    private final Path dir;
    private final List<String> parts = new ArrayList<>();

    private ResultsFolder(Path dir) {
        this.dir = dir;
    }

    public Path dir() { return dir; }

    /**
     * Checks that {@code dir} may be written: it does not exist, is empty, or {@code force} is set
     * and it is an earlier Brink results folder (it has a manifest.json or an INCOMPLETE marker;
     * anything else is never deleted). Writes nothing.
     */
    public static void check(Path dir, boolean force) throws ResultsFolderException {
        if (!Files.exists(dir)) return;
        if (!Files.isDirectory(dir)) {
            throw new ResultsFolderException(dir + ": exists and is not a folder; choose another --out");
        }
        if (isEmpty(dir)) return;
        if (!force) {
            throw new ResultsFolderException(dir + ": the results folder already exists and is not empty; "
                    + "use --force to overwrite it or --out to write elsewhere");
        }
        if (!Files.exists(dir.resolve("manifest.json")) && !Files.exists(dir.resolve(MARKER))) {
            throw new ResultsFolderException(dir + ": is not empty and does not look like a Brink results folder "
                    + "(no manifest.json or " + MARKER + "); --force only replaces results folders, choose another --out");
        }
    }

    /**
     * Checks the folder, empties it if {@code force}, creates it and writes the marker. From here
     * on the folder is marked incomplete until {@link #complete()}.
     */
    public static ResultsFolder create(Path dir, boolean force, String markerText) throws ResultsFolderException, IOException {
        check(dir, force);
        if (Files.exists(dir)) deleteContents(dir);
        Files.createDirectories(dir);
        ResultsFolder f = new ResultsFolder(dir);
        f.writeMarker(markerText);
        return f;
    }

    /** Rewrites the marker's text (e.g. why the run stopped). */
    public void writeMarker(String text) throws IOException {
        Path tmp = dir.resolve(MARKER + PART);
        Files.writeString(tmp, text.endsWith("\n") ? text : text + "\n", StandardCharsets.UTF_8);
        move(tmp, dir.resolve(MARKER));
    }

    /** Opens {@code name.part} for writing; {@link #commit()} renames it to {@code name}. */
    public Writer openPart(String name) throws IOException {
        parts.add(name);
        return new BufferedWriter(Files.newBufferedWriter(dir.resolve(name + PART), StandardCharsets.UTF_8), 1 << 16);
    }

    /** The path of {@code name.part}, for a writer that needs a file (Parquet); {@link #commit()} renames it. */
    public Path partPath(String name) {
        parts.add(name);
        return dir.resolve(name + PART);
    }

    public void writePart(String name, CharSequence content) throws IOException {
        try (Writer w = openPart(name)) {
            w.append(content);
        }
    }

    /** Renames every part to its final name. */
    public void commit() throws IOException {
        for (String name : parts) move(dir.resolve(name + PART), dir.resolve(name));
        parts.clear();
    }

    /** Removes the marker: the folder is complete. */
    public void complete() throws IOException {
        Files.deleteIfExists(dir.resolve(MARKER));
    }

    /** Best effort after a failure: drops the parts and says in the marker what happened. */
    public void abandon(String why) {
        for (String name : parts) {
            try {
                Files.deleteIfExists(dir.resolve(name + PART));
            } catch (IOException ignored) {
                // the marker still says the folder is incomplete
            }
        }
        parts.clear();
        try {
            String old = Files.exists(dir.resolve(MARKER)) ? Files.readString(dir.resolve(MARKER)) : "";
            writeMarker("STOPPED: " + why + "\n\n" + old);
        } catch (IOException ignored) {
            // the old marker stays
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean isEmpty(Path dir) throws ResultsFolderException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            throw new ResultsFolderException(dir + ": cannot be read: " + e.getMessage());
        }
    }

    private static void deleteContents(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> all = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path p : all) if (!p.equals(dir)) Files.delete(p);
        }
    }
}
