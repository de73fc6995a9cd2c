package brink.results;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What the manifest records of each file it completes: its size in bytes, its number of data
 * rows (lines after the header, for CSV tables; null for other files) and its SHA-256. A reader
 * compares a file with its record before trusting it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FileRecord(long bytes, Long rows, String sha256) {

    /** Whether a file of this name is a table whose rows are counted. */
    public static boolean isTable(String name) {
        return name.endsWith(".csv");
    }

    /** Counts and hashes a file that is already on disk. */
    public static FileRecord of(Path file) throws IOException {
        Counter c = new Counter(isTable(file.getFileName().toString()));
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) c.update(buf, 0, n);
        }
        return c.record();
    }

    /**
     * What does not match between this record (the manifest's) and the file as it is, in words,
     * or null when it matches. Size first (free), then the content.
     */
    public String mismatch(Path file) throws IOException {
        long size;
        try {
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            return "is missing";
        }
        if (size != bytes) return String.format(Locale.ROOT, "has %,d bytes, the manifest says %,d", size, bytes);
        FileRecord actual = of(file);
        if (rows != null && !rows.equals(actual.rows)) {
            return String.format(Locale.ROOT, "has %,d rows, the manifest says %,d", actual.rows, rows);
        }
        if (!actual.sha256.equalsIgnoreCase(sha256)) {
            return "its content differs from what the manifest recorded (SHA-256 " + abbreviate(actual.sha256)
                    + ", the manifest says " + abbreviate(sha256) + ")";
        }
        return null;
    }

    private static String abbreviate(String sha) {
        return sha == null ? "none" : sha.length() > 12 ? sha.substring(0, 12) + "…" : sha;
    }

    /** Counts bytes and lines and hashes them as they are written or read. */
    static final class Counter {
        private final MessageDigest sha;
        private final boolean table;
        private long bytes;
        private long lines;
        private boolean endsInNewline = true;

        Counter(boolean table) {
            this.table = table;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }

        void update(byte[] b, int off, int len) {
            sha.update(b, off, len);
            bytes += len;
            if (table) {
                for (int i = off; i < off + len; i++) if (b[i] == '\n') lines++;
                if (len > 0) endsInNewline = b[off + len - 1] == '\n';
            }
        }

        void update(int b) {
            update(new byte[]{(byte) b}, 0, 1);
        }

        FileRecord record() {
            Long rows = null;
            if (table) {
                long all = lines + (endsInNewline ? 0 : 1); // a last line without its newline still counts
                rows = Math.max(0, all - 1);
            }
            return new FileRecord(bytes, rows, HexFormat.of().formatHex(sha.digest()));
        }
    }
}
