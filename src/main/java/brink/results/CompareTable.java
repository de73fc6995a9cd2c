package brink.results;

import java.util.List;

/**
 * The schema of compare.csv ({@code brink compare}): for every rung and every compared folder,
 * both crossing counts and probabilities, the difference (compared minus reference) with its
 * 95% interval for independent samples (Newcombe's hybrid score method), and, when the two
 * folders are paired (same seed, runs and horizon: common random numbers), the paired 2x2 counts
 * and the paired 95% interval (Newcombe's method for paired data). {@code pairing} says which
 * applies; the paired cells are empty when the folders are not paired.
 */
public final class CompareTable {
    public static final String FILE = "compare.csv";
    public static final String PAIRED = "paired", UNPAIRED = "unpaired";
    public static final List<String> COLUMNS = List.of("reference", "compared", "level", "rung", "crossed_a", "runs_a",
            "probability_a", "crossed_b", "runs_b", "probability_b", "difference", "ci_low", "ci_high", "excludes_zero",
            "pairing", "both", "a_only", "b_only", "paired_ci_low", "paired_ci_high", "paired_excludes_zero");

    private CompareTable() {}

    /** The paired part of a row: the 2x2 counts of the pairs and the paired interval. */
    public record Paired(long both, long aOnly, long bOnly, double low, double high) {
        public boolean excludesZero() { return low > 0 || high < 0; }
    }

    /** One rung, one compared folder; {@code paired} is null when the folders are not paired. */
    public record Row(String reference, String compared, int level, String rung, long crossedA, long runsA,
                      double probabilityA, long crossedB, long runsB, double probabilityB, double difference,
                      double low, double high, Paired paired) {
        public boolean excludesZero() { return low > 0 || high < 0; }
    }

    public static String render(List<Row> rows) {
        StringBuilder b = new StringBuilder(Csv.line(COLUMNS)).append('\n');
        for (Row r : rows) {
            b.append(Csv.field(r.reference())).append(',').append(Csv.field(r.compared())).append(',').append(r.level())
                    .append(',').append(Csv.field(r.rung())).append(',').append(r.crossedA()).append(',').append(r.runsA()).append(',');
            Numbers.append(b, r.probabilityA());
            b.append(',').append(r.crossedB()).append(',').append(r.runsB()).append(',');
            Numbers.append(b, r.probabilityB());
            b.append(',');
            Numbers.append(b, r.difference());
            b.append(',');
            Numbers.append(b, r.low());
            b.append(',');
            Numbers.append(b, r.high());
            b.append(',').append(r.excludesZero()).append(',');
            Paired p = r.paired();
            if (p == null) {
                b.append(UNPAIRED).append(",,,,,,");
            } else {
                b.append(PAIRED).append(',').append(p.both()).append(',').append(p.aOnly()).append(',').append(p.bOnly()).append(',');
                Numbers.append(b, p.low());
                b.append(',');
                Numbers.append(b, p.high());
                b.append(',').append(p.excludesZero());
            }
            b.append('\n');
        }
        return b.toString();
    }
}
