package brink.results;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.io.NumberInput;

/**
 * Reads a results CSV one row at a time (a runs.csv of a million rows never sits in memory).
 * Fields may be double-quoted with "" for a quote, as RFC 4180 allows; rows may not span lines.
 *
 * <p>Lines are found in a byte buffer, not decoded into Strings: a million-run runs.csv is
 * 1.2 GB, and decoding every line was most of the time {@code brink compare} took to read it
 * (a line is decoded, as UTF-8, only when it has quotes or a caller asks for its text).
 */
public final class CsvReader implements Closeable {
    private static final int BUFFER = 1 << 20;

    private final Path file;
    private final InputStream in;
    private final String[] header;
    private final Map<String, Integer> index = new HashMap<>();
    private long line = 1;
    /** Bytes read and not yet consumed are buf[pos, limit); the current line is buf[lineStart, lineEnd). */
    private byte[] buf = new byte[BUFFER];
    private int pos, limit, lineStart, lineEnd;
    private boolean eof;

    public CsvReader(Path file) throws IOException {
        this.file = file;
        try {
            this.in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new ResultsException(file + ": no such file");
        }
        String first;
        try {
            first = readLine() ? text() : null;
        } catch (IOException e) {
            in.close();
            throw e;
        }
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
            if (!readLine()) return null;
            line++;
            s = text();
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
        /** Field i is buf[start[i], start[i + 1] - 1) when the line has no quotes (valid until the next advance). */
        private final int[] start = new int[header.length + 1];
        private final char[] digits = new char[64];
        /** The fields, when the line has quotes and was split in full. */
        private String[] fields;
        private long lineNumber;

        /** Which row this is (its line in the file): changes at every {@link #advance}. */
        public long lineNumber() { return lineNumber; }

        /** A numeric field; empty means "none" (NaN); anything else not a number is a malformed file. */
        public double number(int column) throws ResultsException {
            if (fields != null) return parse(fields[column], column, lineNumber);
            int from = start[column], len = start[column + 1] - 1 - from;
            if (len == 0) return Double.NaN;
            if (len > digits.length) return parse(new String(buf, from, len, StandardCharsets.ISO_8859_1), column, lineNumber);
            // every byte is a number character (checked in advance), so ASCII: widen without decoding
            for (int i = 0; i < len; i++) digits[i] = (char) buf[from + i];
            double d;
            try {
                d = NumberInput.parseDouble(digits, 0, len, true);
            } catch (NumberFormatException e) {
                throw notANumber(new String(digits, 0, len), column, lineNumber);
            }
            if (!Double.isFinite(d)) throw notANumber(new String(digits, 0, len), column, lineNumber);
            return d;
        }
    }

    public Row row() { return new Row(); }

    /** Moves a row to the next line; false at the end. Blank lines are skipped. */
    public boolean advance(Row row) throws IOException {
        do {
            if (!readLine()) return false;
            line++;
        } while (blank());
        row.lineNumber = line;
        int from = lineStart, to = lineEnd;
        if (indexOf((byte) '"', from, to) >= 0) {
            row.fields = split(text());
            if (row.fields.length != header.length) throw fieldCount(row.fields.length);
            return true;
        }
        row.fields = null;
        // one pass: find the commas, and check that every character can be part of a number, so a
        // damaged cell is reported even in a column nobody reads (parsing all of them is what
        // the row avoids: it costs ten times as much)
        byte[] b = buf;
        int n = 0;
        row.start[0] = from;
        int[] start = row.start;
        int fields = header.length;
        for (int i = from; i < to; i++) {
            byte kind = KIND[b[i] & 0xFF];
            if (kind == NUMBER) continue;
            if (kind == COMMA) {
                if (++n >= fields) throw fieldCount(n + 1 + count(b, i + 1, to));
                start[n] = i + 1;
            } else {
                int end = indexOf((byte) ',', i, to);
                String cell = new String(b, row.start[n], (end < 0 ? to : end) - row.start[n], StandardCharsets.UTF_8);
                throw notANumber(cell, n, line);
            }
        }
        if (n + 1 != header.length) throw fieldCount(n + 1);
        row.start[header.length] = to + 1;
        return true;
    }

    /**
     * Finds the next line in the buffer (refilling it, and growing it for a line longer than it):
     * true with the line in buf[lineStart, lineEnd) without its line end, false at the end.
     */
    private boolean readLine() throws IOException {
        while (true) {
            int nl = indexOf((byte) '\n', pos, limit);
            if (nl >= 0) {
                lineStart = pos;
                lineEnd = nl > pos && buf[nl - 1] == '\r' ? nl - 1 : nl;
                pos = nl + 1;
                return true;
            }
            if (eof) {
                if (pos == limit) return false;
                lineStart = pos; // a last line without a line end
                lineEnd = limit > pos && buf[limit - 1] == '\r' ? limit - 1 : limit;
                pos = limit;
                return true;
            }
            if (pos > 0) { // keep the partial line, make room after it
                System.arraycopy(buf, pos, buf, 0, limit - pos);
                limit -= pos;
                pos = 0;
            }
            if (limit == buf.length) buf = java.util.Arrays.copyOf(buf, 2 * buf.length);
            int r = in.read(buf, limit, buf.length - limit);
            if (r < 0) eof = true;
            else limit += r;
        }
    }

    /** The current line as text (UTF-8, a byte-order mark dropped); bytes that are not UTF-8 are damage, reported with the line. */
    private String text() throws ResultsException {
        int from = lineStart;
        if (line == 1 && lineEnd - from >= 3 && buf[from] == (byte) 0xEF && buf[from + 1] == (byte) 0xBB && buf[from + 2] == (byte) 0xBF) from += 3;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(buf, from, lineEnd - from)).toString();
        } catch (CharacterCodingException e) {
            throw new ResultsException(file + ", line " + line + ": is not UTF-8 text (the file is damaged)");
        }
    }

    private boolean blank() {
        for (int i = lineStart; i < lineEnd; i++) if (buf[i] != ' ' && buf[i] != '\t' && buf[i] != '\r') return false;
        return true;
    }

    private static int indexOf(byte c, int from, int to, byte[] b) {
        for (int i = from; i < to; i++) if (b[i] == c) return i;
        return -1;
    }

    private int indexOf(byte c, int from, int to) { return indexOf(c, from, to, buf); }

    /** Characters a number Brink writes can contain (digits, sign, point, exponent, "Infinity", "NaN"). */
    private static final byte OTHER = 0, NUMBER = 1, COMMA = 2;
    /** Each byte's kind: one table look-up per byte of a 1.2 GB file. */
    private static final byte[] KIND = new byte[256];

    static {
        for (char c : "0123456789+-.eEInfityNa".toCharArray()) KIND[c] = NUMBER;
        KIND[','] = COMMA;
    }

    private static int count(byte[] b, int from, int to) {
        int k = 0;
        for (int i = from; i < to; i++) if (b[i] == ',') k++;
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
