package brink.results;

import brink.model.Metric;

import java.util.List;

/**
 * The schema of daily.csv: for each metric (in {@link Metric} order) and each day 0..horizon, the
 * mean and five quantiles across runs.
 */
public final class DailyTable {
    public static final String FILE = "daily.csv";
    public static final String DAY = "day", DATE = "date", METRIC = "metric", MEAN = "mean";
    /** The quantiles reported, and their columns. */
    public static final double[] QUANTILES = {0.05, 0.25, 0.50, 0.75, 0.95};
    public static final List<String> QUANTILE_COLUMNS = List.of("p5", "p25", "p50", "p75", "p95");
    public static final List<String> COLUMNS = List.of(DAY, DATE, METRIC, MEAN, "p5", "p25", "p50", "p75", "p95");
    public static final String HEADER = Csv.line(COLUMNS) + "\n";

    private DailyTable() {}

    /** The number of data rows for a horizon: every metric on every day. */
    public static long rows(int horizonDays) {
        return (long) Metric.COUNT * (horizonDays + 1);
    }
}
