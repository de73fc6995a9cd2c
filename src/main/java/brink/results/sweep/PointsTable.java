package brink.results.sweep;

import brink.results.Csv;
import brink.results.Numbers;
import brink.results.ResultsException;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32C;

/**
 * The schema of points.csv, for its writer and its reader (--resume): one row per point, the
 * point index first, then the factor values, then per outcome the estimate and its 95% interval,
 * and last {@value #CHECK}, the CRC-32C of the row's text before it. A row is therefore
 * self-checking: a number changed, even into another well-formed number, no longer matches its
 * checksum, and --resume recomputes the point instead of keeping it.
 */
public final class PointsTable {
    public static final String FILE = "points.csv";
    public static final String CHECK = "row_crc32c";

    private final List<String> factors;
    private final List<String> outcomes;

    /** The rows of an existing file that can be kept, and the lines that could not. */
    public record Read(TreeMap<Integer, PointResult> rows, List<Long> damagedLines) {}

    public PointsTable(List<String> factorPaths, List<String> outcomeIds) {
        this.factors = List.copyOf(factorPaths);
        this.outcomes = List.copyOf(outcomeIds);
    }

    public List<String> columns() {
        List<String> c = new ArrayList<>();
        c.add("point");
        c.addAll(factors);
        for (String o : outcomes) {
            c.add(o);
            c.add(o + "_ci_low");
            c.add(o + "_ci_high");
        }
        c.add(CHECK);
        return c;
    }

    public String header() {
        return Csv.line(columns()) + "\n";
    }

    /** One row, ending in a newline. */
    public String row(PointResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.index());
        for (double v : r.point().values()) sb.append(',').append(Numbers.format(v));
        for (int o = 0; o < r.estimate().length; o++) {
            sb.append(',').append(Numbers.format(r.estimate()[o])).append(',').append(Numbers.format(r.low()[o]))
                    .append(',').append(Numbers.format(r.high()[o]));
        }
        String body = sb.toString();
        return body + ',' + checksum(body) + '\n';
    }

    static String checksum(String body) {
        CRC32C crc = new CRC32C();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }

    /**
     * The rows of an existing file that can be kept, by point index: a row counts only if it ends
     * in a newline (a line torn by a kill does not), its checksum matches, it has every field, it
     * belongs to this design (its factor values are the plan's for its index) and its numbers
     * parse. Any other line is listed as damaged and its point is recomputed. A file with another
     * header keeps nothing.
     */
    public Read readComplete(Path file, List<SweepPoint> plan) throws ResultsException {
        TreeMap<Integer, PointResult> out = new TreeMap<>();
        List<Long> damaged = new ArrayList<>();
        if (!Files.isRegularFile(file)) return new Read(out, damaged);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e); // REPLACE never throws
        } catch (IOException e) {
            throw ResultsException.cannotRead(file, e);
        }
        String header = header();
        if (!text.startsWith(header)) return new Read(out, damaged);
        int at = header.length();
        long line = 1;
        while (at < text.length()) {
            int nl = text.indexOf('\n', at);
            line++;
            if (nl < 0) break; // torn last line: a kill between writes, not damage
            String l = text.substring(at, nl);
            at = nl + 1;
            PointResult r = parse(l, plan);
            if (r == null) damaged.add(line);
            else out.putIfAbsent(r.index(), r);
        }
        return new Read(out, damaged);
    }

    private PointResult parse(String line, List<SweepPoint> plan) {
        int k = factors.size(), m = outcomes.size();
        String[] f = line.split(",", -1);
        if (f.length != 2 + k + 3 * m) return null;
        String body = line.substring(0, line.lastIndexOf(','));
        if (!checksum(body).equals(f[f.length - 1])) return null;
        try {
            int index = Integer.parseInt(f[0]);
            if (index < 0 || index >= plan.size()) return null;
            SweepPoint p = plan.get(index);
            for (int i = 0; i < k; i++) if (!f[1 + i].equals(Numbers.format(p.values()[i]))) return null;
            double[] est = new double[m], low = new double[m], high = new double[m];
            for (int o = 0; o < m; o++) {
                est[o] = number(f[1 + k + 3 * o]);
                low[o] = number(f[2 + k + 3 * o]);
                high[o] = number(f[3 + k + 3 * o]);
            }
            PointResult r = new PointResult(p, est, low, high, null);
            return row(r).equals(line + "\n") ? r : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static double number(String s) {
        return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
    }

    /** The whole file for these results, sorted by point index. */
    public String render(Map<Integer, PointResult> results) {
        StringBuilder sb = new StringBuilder(header());
        for (PointResult r : new TreeMap<>(results).values()) sb.append(row(r));
        return sb.toString();
    }
}
