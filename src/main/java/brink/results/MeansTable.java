package brink.results;

import java.util.List;

/**
 * The schema of means.csv ({@code brink compare}): for every key outcome and every compared
 * folder, the mean in each (over the runs with a value), the difference (compared minus
 * reference) with its 95% interval for independent samples (Welch), and, when the folders are
 * paired (same seed, runs and horizon: common random numbers), the mean of the paired
 * differences over the {@code pairs} runs with a value in both, with its paired-t 95% interval.
 * {@code pairing} says which applies; the paired cells are empty when the folders are not paired.
 * {@code same_quantity} says whether the two differences are one quantity: true when every run of
 * both folders has a value ({@code n_a} = {@code runs_a}, {@code n_b} = {@code runs_b}), so the mean
 * of the differences is the difference of the means; false for an outcome only some runs have (a
 * rung's day), where {@code difference} compares each folder's own runs with a value and
 * {@code paired_difference} the pairs in which both have one, and the two can differ even in sign.
 * {@code same_quantity}, {@code runs_a} and {@code runs_b} come last so that the earlier columns
 * keep their places.
 */
public final class MeansTable {
    public static final String FILE = "means.csv";
    public static final List<String> COLUMNS = List.of("reference", "compared", "outcome", "description", "n_a", "mean_a",
            "n_b", "mean_b", "difference", "ci_low", "ci_high", "excludes_zero", "pairing", "pairs", "paired_difference",
            "paired_ci_low", "paired_ci_high", "paired_excludes_zero", "same_quantity", "runs_a", "runs_b");

    private MeansTable() {}

    /** The paired part of a row; {@code sameQuantity}: its difference is the difference of the means (every run has a value). */
    public record Paired(long pairs, double difference, double low, double high, boolean sameQuantity) {
        public boolean excludesZero() { return low > 0 || high < 0; }
    }

    /** One outcome, one compared folder; {@code paired} is null when the folders are not paired; {@code runsA}, {@code runsB}: all runs of each. */
    public record Row(String reference, String compared, String outcome, String description, long nA, double meanA,
                      long nB, double meanB, double difference, double low, double high, Paired paired, long runsA, long runsB) {
        public boolean excludesZero() { return low > 0 || high < 0; }
    }

    public static String render(List<Row> rows) {
        StringBuilder b = new StringBuilder(Csv.line(COLUMNS)).append('\n');
        for (Row r : rows) {
            Csv.Line l = MediansTable.outcomeDifference(new Csv.Line(b), r.reference(), r.compared(), r.outcome(), r.description(),
                    r.nA(), r.meanA(), r.nB(), r.meanB(), r.difference(), r.low(), r.high());
            Paired p = r.paired();
            if (p == null) l.text(CompareTable.UNPAIRED).empty(6);
            else l.text(CompareTable.PAIRED).whole(p.pairs()).number(p.difference()).number(p.low()).number(p.high()).flag(p.excludesZero())
                    .flag(p.sameQuantity());
            l.whole(r.runsA()).whole(r.runsB()).end();
        }
        return b.toString();
    }
}
