package brink.experiment;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file so that a reader never sees it half-written: the content goes to
 * {@code name.part} first and is renamed over the target only once complete. It lives in the
 * experiment package, the lowest that writes files, so sweeps, charts and reports share it.
 */
public final class AtomicFile {
    private AtomicFile() {}

    /** Writes the content of one file; given the temporary path to write to. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(Path part) throws IOException;
    }

    public static void write(Path target, Writer writer) throws IOException {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            writer.writeTo(part);
            try {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(part);
        }
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, part -> Files.writeString(part, text));
    }
}
