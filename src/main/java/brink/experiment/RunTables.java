package brink.experiment;

import brink.model.Metric;
import brink.model.RunRecord;
import brink.results.ParquetTable;
import brink.scenario.Scenario;
import brink.scenario.ScenarioSampler;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The opt-in Parquet tables of a Monte Carlo: series.parquet (per run and day, chosen metrics,
 * every K days, for the first M runs or all) and runs.parquet (runs.csv's rows as columns).
 * Workers copy a run's values into its block ({@link #fill}); the consumer writes the blocks in
 * order ({@link #write}), so the files are the same whatever the thread count, and memory is a
 * few blocks and one row group whatever the number of runs.
 */
public final class RunTables implements AutoCloseable {
    public static final String SERIES = "series.parquet";
    public static final String RUNS = "runs.parquet";

    /**
     * What to record.
     *
     * @param metrics    metrics of series.parquet (empty: no series)
     * @param every      days between rows (day 0, K, 2K, ... up to the horizon)
     * @param sampleRuns runs recorded: replications 0 .. sampleRuns - 1 ({@link Long#MAX_VALUE}: all)
     * @param runs       whether to write runs.parquet
     */
    public record Spec(List<Metric> metrics, int every, long sampleRuns, boolean runs) {
        public static final Spec NONE = new Spec(List.of(), 1, 0, false);

        public boolean series() { return !metrics.isEmpty() && sampleRuns > 0; }
        public boolean any() { return series() || runs; }
    }

    private final Spec spec;
    private final Scenario scenario;
    private final int runWidth;
    private final int[] days;
    private ParquetTable seriesTable, runsTable;
    private double[] row;

    RunTables(Spec spec, Scenario scenario) {
        this.spec = spec;
        this.scenario = scenario;
        this.runWidth = RunRows.columns(scenario).size();
        List<Integer> d = new ArrayList<>();
        for (int day = 0; day <= scenario.horizonDays(); day += spec.every()) d.add(day);
        this.days = d.stream().mapToInt(Integer::intValue).toArray();
    }

    Spec spec() { return spec; }

    /** Opens the files (the caller names them, e.g. as parts of a results folder). */
    void open(Path seriesFile, Path runsFile) throws IOException {
        if (spec.series()) {
            List<ParquetTable.Column> c = new ArrayList<>(List.of(ParquetTable.Column.whole("replication"), ParquetTable.Column.whole("day")));
            for (Metric m : spec.metrics()) c.add(ParquetTable.Column.number(m.key()));
            seriesTable = ParquetTable.create(seriesFile, "series", c);
        }
        if (spec.runs()) {
            List<ParquetTable.Column> c = new ArrayList<>();
            List<String> names = RunRows.columns(scenario);
            int firstDay = RunRows.firstDayColumn(scenario);
            for (int i = 0; i < names.size(); i++) {
                String n = names.get(i);
                if (i == 0 || n.equals("max_rung")) c.add(ParquetTable.Column.whole(n));
                else if (i >= firstDay && i < firstDay + RunRows.DAY_COLUMNS) c.add(ParquetTable.Column.maybeWhole(n));
                else c.add(ParquetTable.Column.number(n));
            }
            runsTable = ParquetTable.create(runsFile, "runs", c);
        }
        row = new double[Math.max(runWidth, 2 + spec.metrics().size())];
    }

    /** Doubles a block needs for its runs' rows. */
    int runValues(int runs) { return spec.runs() ? runs * runWidth : 0; }

    /** Doubles a block needs for its runs' series (at most). */
    int seriesValues(int runs) { return spec.series() ? runs * days.length * spec.metrics().size() : 0; }

    /** On a worker: copies the run's values into its block. */
    void fill(BlockResult b, RunRows rows, long replication, ScenarioSampler sampler, RunRecord record) {
        if (spec.runs()) rows.values(b.runValues, b.runCount++ * runWidth, replication, sampler, record);
        if (spec.series() && replication < spec.sampleRuns()) {
            int k = b.seriesRuns++ * days.length * spec.metrics().size();
            for (int d : days) for (Metric m : spec.metrics()) b.seriesValues[k++] = record.value(m, d);
            b.seriesReplications[b.seriesRuns - 1] = replication;
        }
    }

    /** On the consumer: writes a block's rows, in replication order. */
    void write(BlockResult b) throws IOException {
        for (int r = 0; r < b.runCount; r++) {
            System.arraycopy(b.runValues, r * runWidth, row, 0, runWidth);
            runsTable.row(row);
        }
        int k = 0, metrics = spec.metrics().size();
        for (int r = 0; r < b.seriesRuns; r++) {
            row[0] = b.seriesReplications[r];
            for (int d : days) {
                row[1] = d;
                for (int m = 0; m < metrics; m++) row[2 + m] = b.seriesValues[k++];
                seriesTable.row(row);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (seriesTable != null) seriesTable.close();
        } finally {
            if (runsTable != null) runsTable.close();
        }
    }
}
