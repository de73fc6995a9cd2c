package brink.results;

import brink.model.Metric;

import java.util.ArrayList;
import java.util.List;

/**
 * The schema of series.parquet (written on request, {@code brink run --record}): one row per
 * recorded run and recorded day: {@code replication}, {@code day}, then the chosen metrics'
 * values that day, by metric key.
 */
public final class SeriesTable {
    public static final String FILE = "series.parquet";
    public static final String REPLICATION = "replication", DAY = "day";

    private SeriesTable() {}

    public static List<ParquetTable.Column> columns(List<Metric> metrics) {
        List<ParquetTable.Column> c = new ArrayList<>(List.of(ParquetTable.Column.whole(REPLICATION), ParquetTable.Column.whole(DAY)));
        for (Metric m : metrics) c.add(ParquetTable.Column.number(m.key()));
        return c;
    }
}
