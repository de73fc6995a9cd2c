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
            outcomeDifference(new Csv.Line(b), r.reference(), r.compared(), r.outcome(), r.description(), r.nA(), r.medianA(),
                    r.nB(), r.medianB(), r.difference(), r.low(), r.high()).end();
        }
        return b.toString();
    }

    /** The columns medians.csv and means.csv share: who, what, both samples' size and value, the difference and its unpaired interval. */
    static Csv.Line outcomeDifference(Csv.Line l, String reference, String compared, String outcome, String description,
                                      long nA, double a, long nB, double b, double difference, double low, double high) {
        return l.text(reference).text(compared).text(outcome).text(description).whole(nA).number(a).whole(nB).number(b)
                .number(difference).number(low).number(high).flag(low > 0 || high < 0);
    }
}
