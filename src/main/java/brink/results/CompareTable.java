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
            Csv.Line l = new Csv.Line(b).text(r.reference()).text(r.compared()).whole(r.level()).text(r.rung())
                    .whole(r.crossedA()).whole(r.runsA()).number(r.probabilityA()).whole(r.crossedB()).whole(r.runsB())
                    .number(r.probabilityB()).number(r.difference()).number(r.low()).number(r.high()).flag(r.excludesZero());
            Paired p = r.paired();
            if (p == null) l.text(UNPAIRED).empty(6);
            else l.text(PAIRED).whole(p.both()).whole(p.aOnly()).whole(p.bOnly()).number(p.low()).number(p.high()).flag(p.excludesZero());
            l.end();
        }
        return b.toString();
    }
}
