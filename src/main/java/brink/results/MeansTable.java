package brink.results;

import java.util.List;

/**
 * The schema of means.csv ({@code brink compare}): for every key outcome and every compared
 * folder, the mean in each (over the runs with a value), the difference (compared minus
 * reference) with its 95% interval for independent samples (Welch), and, when the folders are
 * paired (same seed, runs and horizon: common random numbers), the mean of the paired
 * differences over the {@code pairs} runs with a value in both, with its paired-t 95% interval.
 * {@code pairing} says which applies; the paired cells are empty when the folders are not paired.
 */
public final class MeansTable {
    public static final String FILE = "means.csv";
    public static final List<String> COLUMNS = List.of("reference", "compared", "outcome", "description", "n_a", "mean_a",
            "n_b", "mean_b", "difference", "ci_low", "ci_high", "excludes_zero", "pairing", "pairs", "paired_difference",
            "paired_ci_low", "paired_ci_high", "paired_excludes_zero");

    private MeansTable() {}

    /** The paired part of a row. */
    public record Paired(long pairs, double difference, double low, double high) {
        public boolean excludesZero() { return low > 0 || high < 0; }
    }

    /** One outcome, one compared folder; {@code paired} is null when the folders are not paired. */
    public record Row(String reference, String compared, String outcome, String description, long nA, double meanA,
                      long nB, double meanB, double difference, double low, double high, Paired paired) {
        public boolean excludesZero() { return low > 0 || high < 0; }
    }

    public static String render(List<Row> rows) {
        StringBuilder b = new StringBuilder(Csv.line(COLUMNS)).append('\n');
        for (Row r : rows) {
            Csv.Line l = MediansTable.outcomeDifference(new Csv.Line(b), r.reference(), r.compared(), r.outcome(), r.description(),
                    r.nA(), r.meanA(), r.nB(), r.meanB(), r.difference(), r.low(), r.high());
            Paired p = r.paired();
            if (p == null) l.text(CompareTable.UNPAIRED).empty(5);
            else l.text(CompareTable.PAIRED).whole(p.pairs()).number(p.difference()).number(p.low()).number(p.high()).flag(p.excludesZero());
            l.end();
        }
        return b.toString();
    }
}
