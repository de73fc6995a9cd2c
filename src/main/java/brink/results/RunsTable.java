package brink.results;

import brink.model.Metric;
import brink.model.Rung;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The schema of runs.csv (and of runs.parquet, its rows as columns), for its writers and its
 * readers alike: one row per replication, in order: {@code replication}, the value every
 * parameter took (scenario order), {@code max_rung}, {@code first_day_<rung>} for each rung,
 * {@code first_day_ceasefire} and {@code war_end_day} (each empty if the day never came),
 * {@code final_<metric>} for each metric.
 */
public final class RunsTable {
    public static final String FILE = "runs.csv";
    /** The same rows as Parquet, written on request ({@code brink run --runs-parquet}). */
    public static final String PARQUET = "runs.parquet";
    public static final String REPLICATION = "replication";
    public static final String MAX_RUNG = "max_rung";
    public static final String FIRST_CEASEFIRE_DAY = "first_day_ceasefire";
    public static final String WAR_END_DAY = "war_end_day";
    private static final String FIRST_DAY = "first_day_";
    private static final String FINAL = "final_";
    /** The day columns that may be empty (a rung never crossed, no ceasefire, no end of the war): one per rung, then two. */
    public static final int DAY_COLUMNS = Rung.COUNT + 2;

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
        c.add(FIRST_CEASEFIRE_DAY);
        c.add(WAR_END_DAY);
        for (Metric m : Metric.values()) c.add(finalValue(m));
        return c;
    }

    /** Index of the first first_day_* column. */
    public static int firstDayColumn(int parameters) { return parameters + 2; }

    /** The header line, with its line end. */
    public static String header(Collection<String> parameterPaths) {
        return Csv.line(columns(parameterPaths)) + "\n";
    }

    /**
     * runs.parquet's columns: the replication and max_rung whole numbers, the day columns whole
     * numbers that may be empty, parameters and final values doubles.
     */
    public static List<ParquetTable.Column> parquetColumns(Collection<String> parameterPaths) {
        List<String> names = columns(parameterPaths);
        int firstDay = firstDayColumn(parameterPaths.size());
        List<ParquetTable.Column> c = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (n.equals(REPLICATION) || n.equals(MAX_RUNG)) c.add(ParquetTable.Column.whole(n));
            else if (i >= firstDay && i < firstDay + DAY_COLUMNS) c.add(ParquetTable.Column.maybeWhole(n));
            else c.add(ParquetTable.Column.number(n));
        }
        return c;
    }
}
