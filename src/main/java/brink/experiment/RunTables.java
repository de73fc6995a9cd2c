package brink.experiment;

import brink.model.Metric;
import brink.model.RunRecord;
import brink.results.ParquetTable;
import brink.results.RunsTable;
import brink.results.SeriesTable;
import brink.scenario.Scenario;
import brink.scenario.ScenarioSampler;

import java.io.IOException;
import java.io.OutputStream;
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
    public static final String SERIES = SeriesTable.FILE;
    public static final String RUNS = RunsTable.PARQUET;

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

    /**
     * Opens the tables onto the streams (a results folder's files, which the caller commits after
     * {@link #close}); a stream is ignored when its table is not wanted.
     */
    void open(OutputStream series, OutputStream runs) throws IOException {
        if (spec.series()) seriesTable = ParquetTable.create(series, "series", SeriesTable.columns(spec.metrics()));
        if (spec.runs()) runsTable = ParquetTable.create(runs, "runs", RunsTable.parquetColumns(RunRows.parameterPaths(scenario)));
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
        ParquetTable s = seriesTable, r = runsTable;
        seriesTable = null; // closed once, though try-with-resources closes again after a commit
        runsTable = null;
        try {
            if (s != null) s.close();
        } finally {
            if (r != null) r.close();
        }
    }
}
