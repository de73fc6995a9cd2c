package brink.results;

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
public final class CsvReader implements Closeable {
    private final Path file;
    private final BufferedReader in;
    private final String[] header;
    private final Map<String, Integer> index = new HashMap<>();
    private long line = 1;

    public CsvReader(Path file) throws IOException {
        this.file = file;
        try {
            this.in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ResultsException(file + ": no such file");
        }
        String first = readLine();
        if (first == null) {
            in.close();
            throw new ResultsException(file + ": the file is empty (expected a header line)");
        }
        header = split(first.startsWith("\uFEFF") ? first.substring(1) : first);
        for (int i = 0; i < header.length; i++) index.put(header[i], i);
    }

    public String[] header() { return header.clone(); }

    /** Column position, or -1. */
    public int column(String name) { return index.getOrDefault(name, -1); }

    /** Column position; a missing column is a malformed file. */
    public int require(String name) throws ResultsException {
        int c = column(name);
        if (c < 0) throw new ResultsException(file + ": no column '" + name + "' in the header");
        return c;
    }

    /** The next row, or null at the end; blank lines are skipped. */
    public String[] next() throws IOException {
        String s;
        do {
            s = readLine();
            line++;
            if (s == null) return null;
        } while (s.isBlank());
        String[] row = split(s);
        if (row.length != header.length) throw fieldCount(row.length);
        return row;
    }

    /**
     * One row of a large file, reused from row to row: fields are located, and numbers parsed,
     * only when asked for (a runs.csv row has ~140 fields, of which a report reads ~20).
     */
    public final class Row {
        private String text;
        /** Field i is text[start[i], start[i + 1] - 1) when the line has no quotes. */
        private final int[] start = new int[header.length + 1];
        /** The fields, when the line has quotes and was split in full. */
        private String[] fields;
        private long lineNumber;

        /** Which row this is (its line in the file): changes at every {@link #advance}. */
        public long lineNumber() { return lineNumber; }

        /** A numeric field; empty means "none" (NaN); anything else not a number is a malformed file. */
        public double number(int column) throws ResultsException {
            return parse(fields != null ? fields[column] : text.substring(start[column], start[column + 1] - 1), column, lineNumber);
        }
    }

    public Row row() { return new Row(); }

    /** Moves a row to the next line; false at the end. Blank lines are skipped. */
    public boolean advance(Row row) throws IOException {
        String s;
        do {
            s = readLine();
            line++;
            if (s == null) return false;
        } while (s.isBlank());
        row.lineNumber = line;
        if (s.indexOf('"') >= 0) {
            row.fields = split(s);
            row.text = null;
            if (row.fields.length != header.length) throw fieldCount(row.fields.length);
            return true;
        }
        row.fields = null;
        row.text = s;
        // one pass: find the commas, and check that every character can be part of a number, so a
        // damaged cell is reported even in a column nobody reads (parsing all of them is what
        // the row avoids: it costs ten times as much)
        int n = 0;
        row.start[0] = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',') {
                if (++n >= header.length) throw fieldCount(n + 1 + count(s, i + 1));
                row.start[n] = i + 1;
            } else if (!NUMBER_CHARS.get(c)) {
                int end = s.indexOf(',', i);
                String cell = s.substring(row.start[n], end < 0 ? s.length() : end);
                throw notANumber(cell, n, line);
            }
        }
        if (n + 1 != header.length) throw fieldCount(n + 1);
        row.start[header.length] = s.length() + 1;
        return true;
    }

    /** Characters a number Brink writes can contain (digits, sign, point, exponent, "Infinity", "NaN"). */
    private static final java.util.BitSet NUMBER_CHARS = new java.util.BitSet(128);

    static {
        for (char c : "0123456789+-.eEInfityNa".toCharArray()) NUMBER_CHARS.set(c);
    }

    private static int count(String s, int from) {
        int k = 0;
        for (int i = s.indexOf(',', from); i >= 0; i = s.indexOf(',', i + 1)) k++;
        return k;
    }

    private ResultsException fieldCount(int fields) {
        return new ResultsException(file + ", line " + line + ": " + fields + " fields, the header has " + header.length);
    }

    /** A numeric field; empty means "none" (NaN). */
    public double number(String[] row, int column) throws ResultsException {
        return parse(row[column], column, line);
    }

    /** A field's number; empty means "none" (NaN). Brink never writes NaN or an infinity, so those are damage. */
    private double parse(String v, int column, long lineNumber) throws ResultsException {
        if (v.isEmpty()) return Double.NaN;
        double d;
        try {
            d = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw notANumber(v, column, lineNumber);
        }
        if (!Double.isFinite(d)) throw notANumber(v, column, lineNumber);
        return d;
    }

    /** The next line; bytes that are not UTF-8 are damage, reported with the line. */
    private String readLine() throws IOException {
        try {
            return in.readLine();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ResultsException(file + ", line " + (line + 1) + ": is not UTF-8 text (the file is damaged)");
        }
    }

    private ResultsException notANumber(String cell, int column, long lineNumber) {
        return new ResultsException(file + ", line " + lineNumber + ", column '" + Texts.prefix(header[column], Texts.SHOWN)
                + "': " + Texts.quote(cell) + " is not a finite number");
    }

    public Path file() { return file; }

    @Override
    public void close() throws IOException { in.close(); }

    public static String[] split(String s) {
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
