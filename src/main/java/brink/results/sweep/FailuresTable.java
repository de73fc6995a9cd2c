package brink.results.sweep;

import brink.results.Csv;
import brink.results.Numbers;

import java.util.ArrayList;
import java.util.List;

/** The schema of failures.csv: the points that threw inside the model, with their factor values and the error. */
public final class FailuresTable {
    public static final String FILE = "failures.csv";

    private final List<String> factors;

    public FailuresTable(List<String> factorPaths) {
        this.factors = List.copyOf(factorPaths);
    }

    public String header() {
        List<String> c = new ArrayList<>();
        c.add("point");
        c.addAll(factors);
        c.add("error");
        return Csv.line(c) + "\n";
    }

    public String row(PointResult r) {
        StringBuilder sb = new StringBuilder().append(r.index());
        for (double v : r.point().values()) sb.append(',').append(Numbers.format(v));
        // always quoted: an error message may hold anything
        return sb.append(",\"").append(r.error().replace("\"", "\"\"")).append("\"\n").toString();
    }

    public String render(List<PointResult> failures) {
        StringBuilder sb = new StringBuilder(header());
        for (PointResult r : failures) sb.append(row(r));
        return sb.toString();
    }
}
