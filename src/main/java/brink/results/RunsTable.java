package brink.results;

import brink.model.Metric;
import brink.model.Rung;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The schema of runs.csv, for its writer and its readers alike: one row per replication, in
 * order: {@code replication}, the value every parameter took (scenario order), {@code max_rung},
 * {@code first_day_<rung>} for each rung (empty if never crossed), {@code final_<metric>} for
 * each metric.
 */
public final class RunsTable {
    public static final String FILE = "runs.csv";
    public static final String REPLICATION = "replication";
    public static final String MAX_RUNG = "max_rung";
    private static final String FIRST_DAY = "first_day_";
    private static final String FINAL = "final_";

    private RunsTable() {}

    /** The column of the day a rung was first crossed. */
    public static String firstDay(Rung r) { return FIRST_DAY + r.key(); }

    /** The column of a metric's value on the last day. */
    public static String finalValue(Metric m) { return FINAL + m.key(); }

    public static List<String> columns(Collection<String> parameterPaths) {
        List<String> c = new ArrayList<>();
        c.add(REPLICATION);
        c.addAll(parameterPaths);
        c.add(MAX_RUNG);
        for (Rung r : Rung.values()) c.add(firstDay(r));
        for (Metric m : Metric.values()) c.add(finalValue(m));
        return c;
    }

    /** The header line, with its line end. */
    public static String header(Collection<String> parameterPaths) {
        return Csv.line(columns(parameterPaths)) + "\n";
    }
}
