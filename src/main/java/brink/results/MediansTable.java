package brink.results;

import java.util.List;

/**
 * The schema of medians.csv ({@code brink compare}): for every key outcome and every compared
 * folder, the number of runs with a value and the median in each, the difference (compared minus
 * reference) and its 95% percentile-bootstrap interval, computed exactly for independent
 * samples. (The paired comparison of the same outcomes is in {@link MeansTable}.)
 */
public final class MediansTable {
    public static final String FILE = "medians.csv";
    public static final List<String> COLUMNS = List.of("reference", "compared", "outcome", "description", "n_a", "median_a",
            "n_b", "median_b", "difference", "ci_low", "ci_high", "excludes_zero");

    private MediansTable() {}

    public record Row(String reference, String compared, String outcome, String description, long nA, double medianA,
                      long nB, double medianB, double difference, double low, double high) {
        public boolean excludesZero() { return low > 0 || high < 0; }
    }

    public static String render(List<Row> rows) {
        StringBuilder b = new StringBuilder(Csv.line(COLUMNS)).append('\n');
        for (Row r : rows) {
            b.append(Csv.field(r.reference())).append(',').append(Csv.field(r.compared())).append(',')
                    .append(Csv.field(r.outcome())).append(',').append(Csv.field(r.description())).append(',').append(r.nA()).append(',');
            Numbers.append(b, r.medianA());
            b.append(',').append(r.nB()).append(',');
            Numbers.append(b, r.medianB());
            b.append(',');
            Numbers.append(b, r.difference());
            b.append(',');
            Numbers.append(b, r.low());
            b.append(',');
            Numbers.append(b, r.high());
            b.append(',').append(r.excludesZero()).append('\n');
        }
        return b.toString();
    }
}
