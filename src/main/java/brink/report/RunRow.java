package brink.report;

import brink.model.Metric;
import brink.model.Rung;
import brink.results.CsvReader;
import brink.results.ResultsException;
import brink.results.RunsTable;

import java.io.UncheckedIOException;
import java.util.Map;

/**
 * One replication's row of runs.csv, by column name. A parameter that the run did not sample
 * (fixed in the scenario, so not a column) reads as its fixed value from the manifest. Numbers
 * are parsed when first asked for and kept until the next row: a report reads a few columns of
 * a million rows.
 */
public final class RunRow {
    private final Map<String, Integer> columns;
    private final Map<String, Double> fixed;
    private final CsvReader.Row source;
    private final double[] values;
    /** The source line each cached value was parsed from. */
    private final long[] parsedOn;

    RunRow(Map<String, Integer> columns, Map<String, Double> fixed, CsvReader.Row source) {
        this.columns = columns;
        this.fixed = fixed;
        this.source = source;
        this.values = new double[columns.size()];
        this.parsedOn = new long[columns.size()];
    }

    /** The day the rung was first crossed, or NaN. */
    public double firstDay(Rung r) { return get(RunsTable.firstDay(r)); }

    /** A metric's value on the last day. */
    public double finalValue(Metric m) { return get(RunsTable.finalValue(m)); }

    /** The highest rung crossed. */
    public double maxRung() { return get(RunsTable.MAX_RUNG); }

    /**
     * The value, or NaN when the cell is empty (a rung never crossed) or the column is unknown. A
     * cell that is not a number throws an {@link UncheckedIOException} around the
     * {@link ResultsException} that says where ({@link RunResults#forEachRun} unwraps it).
     */
    public double get(String column) {
        Integer c = columns.get(column);
        if (c == null) {
            Double f = fixed.get(column);
            return f == null ? Double.NaN : f;
        }
        if (parsedOn[c] != source.lineNumber()) {
            try {
                values[c] = source.number(c);
            } catch (ResultsException e) {
                throw new UncheckedIOException(e);
            }
            parsedOn[c] = source.lineNumber();
        }
        return values[c];
    }
}
