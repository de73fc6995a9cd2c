package brink.experiment.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * points.csv: one row per point, the point index first, then the factor values, then per outcome
 * the estimate and its 95% interval. Numbers are written with {@link Double#toString}, which reads
 * back to the same double, so a row means the same whether it was just computed or read on resume.
 */
public final class PointsCsv {
    public static final String FILE = "points.csv";

    private final SweepSpec spec;
    private final DesignPlan plan;

    public PointsCsv(SweepSpec spec, DesignPlan plan) {
        this.spec = spec;
        this.plan = plan;
    }

    public String header() {
        StringBuilder sb = new StringBuilder("point");
        for (Factor f : spec.factors()) sb.append(',').append(f.path());
        for (Outcome o : spec.outcomes()) {
            sb.append(',').append(o.id()).append(',').append(o.id()).append("_ci_low,").append(o.id()).append("_ci_high");
        }
        return sb.append('\n').toString();
    }

    /** One row, ending in a newline. */
    public String row(PointResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.index());
        for (double v : r.point().values()) sb.append(',').append(num(v));
        for (int o = 0; o < r.estimate().length; o++) {
            sb.append(',').append(num(r.estimate()[o])).append(',').append(num(r.low()[o])).append(',').append(num(r.high()[o]));
        }
        return sb.append('\n').toString();
    }

    public static String num(double v) { return Double.toString(v); }

    /**
     * The complete, well-formed rows of an existing file, by point index: a row counts only if it
     * ends in a newline (a line torn by a kill does not), has every field, belongs to this design
     * (its factor values are the plan's for its index) and its numbers parse. Anything else is
     * dropped and the point recomputed. A file with another header keeps nothing.
     */
    public TreeMap<Integer, PointResult> readComplete(Path file) throws IOException {
        TreeMap<Integer, PointResult> out = new TreeMap<>();
        if (!Files.isRegularFile(file)) return out;
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        String header = header();
        if (!text.startsWith(header)) return out;
        int k = spec.factorCount();
        int m = spec.outcomes().size();
        int at = header.length();
        while (at < text.length()) {
            int nl = text.indexOf('\n', at);
            if (nl < 0) break; // torn last line
            String line = text.substring(at, nl);
            at = nl + 1;
            PointResult r = parse(line, k, m);
            if (r != null) out.putIfAbsent(r.index(), r);
        }
        return out;
    }

    private PointResult parse(String line, int k, int m) {
        String[] f = line.split(",", -1);
        if (f.length != 1 + k + 3 * m) return null;
        try {
            int index = Integer.parseInt(f[0]);
            if (index < 0 || index >= plan.size()) return null;
            SweepPoint p = plan.points().get(index);
            for (int i = 0; i < k; i++) if (!f[1 + i].equals(num(p.values()[i]))) return null;
            double[] est = new double[m], low = new double[m], high = new double[m];
            for (int o = 0; o < m; o++) {
                est[o] = Double.parseDouble(f[1 + k + 3 * o]);
                low[o] = Double.parseDouble(f[2 + k + 3 * o]);
                high[o] = Double.parseDouble(f[3 + k + 3 * o]);
            }
            PointResult r = new PointResult(p, est, low, high, null);
            return row(r).equals(line + "\n") ? r : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The whole file for these results, sorted by point index. */
    public String render(Map<Integer, PointResult> results) {
        StringBuilder sb = new StringBuilder(header());
        List<Integer> keys = new ArrayList<>(new TreeMap<>(results).keySet());
        for (int i : keys) sb.append(row(results.get(i)));
        return sb.toString();
    }
}
