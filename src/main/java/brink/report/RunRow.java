package brink.report;

import java.util.Map;

/**
 * One replication's row of runs.csv, by column name. A parameter that the run did not sample
 * (fixed in the scenario, so not a column) reads as its fixed value from the manifest.
 */
public final class RunRow {
    private final Map<String, Integer> columns;
    private final Map<String, Double> fixed;
    private double[] values;

    RunRow(Map<String, Integer> columns, Map<String, Double> fixed) {
        this.columns = columns;
        this.fixed = fixed;
    }

    void set(double[] values) { this.values = values; }

    /** The value, or NaN when the cell is empty (a rung never crossed) or the column is unknown. */
    public double get(String column) {
        Integer c = columns.get(column);
        if (c != null) return values[c];
        Double f = fixed.get(column);
        return f == null ? Double.NaN : f;
    }
}
