package brink.report;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a results CSV one row at a time (a runs.csv of a million rows never sits in memory).
 * Fields may be double-quoted with "" for a quote, as RFC 4180 allows; rows may not span lines.
 */
final class CsvReader implements Closeable {
    private final Path file;
    private final BufferedReader in;
    private final String[] header;
    private final Map<String, Integer> index = new HashMap<>();
    private long line = 1;

    CsvReader(Path file) throws IOException {
        this.file = file;
        try {
            this.in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ResultsException(file + ": no such file");
        }
        String first = in.readLine();
        if (first == null) {
            in.close();
            throw new ResultsException(file + ": the file is empty (expected a header line)");
        }
        header = split(first.startsWith("\uFEFF") ? first.substring(1) : first);
        for (int i = 0; i < header.length; i++) index.put(header[i], i);
    }

    String[] header() { return header.clone(); }

    /** Column position, or -1. */
    int column(String name) { return index.getOrDefault(name, -1); }

    /** Column position; a missing column is a malformed file. */
    int require(String name) throws ResultsException {
        int c = column(name);
        if (c < 0) throw new ResultsException(file + ": no column '" + name + "' in the header");
        return c;
    }

    /** The next row, or null at the end; blank lines are skipped. */
    String[] next() throws IOException {
        String s;
        do {
            s = in.readLine();
            line++;
            if (s == null) return null;
        } while (s.isBlank());
        String[] row = split(s);
        if (row.length != header.length) {
            throw new ResultsException(file + ", line " + line + ": " + row.length + " fields, the header has " + header.length);
        }
        return row;
    }

    /** A numeric field; empty means "none" (NaN). */
    double number(String[] row, int column) throws ResultsException {
        String v = row[column];
        if (v.isEmpty()) return Double.NaN;
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new ResultsException(file + ", line " + line + ", column '" + header[column] + "': '" + v + "' is not a number");
        }
    }

    Path file() { return file; }

    @Override
    public void close() throws IOException { in.close(); }

    static String[] split(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') { cur.append('"'); i++; }
                else if (c == '"') quoted = false;
                else cur.append(c);
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out.toArray(new String[0]);
    }
}
