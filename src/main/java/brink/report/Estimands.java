package brink.report;

import brink.model.Rung;

import java.util.Locale;

/**
 * What compare's two differences of an outcome's means estimate, in the words the console and the
 * page share. For an outcome every run has, the mean of the pairs' differences is the difference
 * of the means: one quantity with two intervals, the paired one narrower. For an outcome only some
 * runs have (the day a rung was first crossed) they are two quantities: Welch's compares the mean
 * over each scenario's own runs that have it, and the what-if changes which runs those are (it
 * adds, removes or moves crossings), while the paired-t averages the differences of the pairs in
 * which both runs have it. The two can then differ even in sign (early South Korean aid against
 * the baseline in docs/results.md: +4.53 days over each scenario's own runs, -4.07 over the pairs),
 * so they are labelled apart and never called the same quantity.
 */
final class Estimands {
    private Estimands() {}

    /** For outcomes every run has, paired folders: why the two intervals compare directly. */
    static final String SAME = "both intervals are for the same difference of means (the mean of the pairs' differences is "
            + "the difference of the means), and the paired one is narrower";

    /** Which runs have an outcome that only some runs have: "runs that crossed rung 4", and the pairs' "both runs crossed rung 4". */
    private record Having(String runs, String bothRuns, String change) {}

    private static Having having(Outcome o) {
        if (o == Outcome.DAY_NK_COMBAT) {
            Rung r = Rung.NK_COMBAT_IN_KURSK;
            String rung = "rung " + r.level();
            return new Having("runs that crossed " + rung, "both runs crossed " + rung, "adds, removes or moves crossings of " + rung);
        }
        return new Having("runs with a value", "both runs have a value", "changes which runs have a value");
    }

    /** "difference of means, each scenario's own runs that crossed rung 4". */
    static String unpaired(Outcome o) { return "difference of means, each scenario's own " + having(o).runs(); }

    /** "mean within-pair difference, the 8,200 pairs where both runs crossed rung 4". */
    static String paired(Comparison.MeanDifference m) {
        return String.format(Locale.ROOT, "mean within-pair difference, the %,d pairs where %s", m.pairs(), having(m.outcome()).bothRuns());
    }

    /** "8,200 and 9,366 of 10,000 runs" (or "8,200 of 10,000 and 9,366 of 9,000 runs" when the folders differ in size). */
    static String counts(long nA, long runsA, long nB, long runsB) {
        return runsA == runsB ? String.format(Locale.ROOT, "%,d and %,d of %,d runs", nA, nB, runsA)
                : String.format(Locale.ROOT, "%,d of %,d and %,d of %,d runs", nA, runsA, nB, runsB);
    }

    /** "8,200 of 10,000 runs". */
    static String count(long n, long runs) { return String.format(Locale.ROOT, "%,d of %,d runs", n, runs); }

    /** For the medians of an outcome only some runs have: over which runs each median is. */
    static String medians(Comparison.MedianDifference m) {
        return "each median is over that scenario's own " + having(m.outcome()).runs() + " ("
                + counts(m.nA(), m.runsA(), m.nB(), m.runsB()) + "), as in the unpaired difference of means, not over the pairs";
    }

    /**
     * The one sentence a reader comparing the two differences' signs needs: why they can differ,
     * and whether here they do.
     */
    static String whyTheyDiffer(Comparison.MeanDifference m) {
        return "They can differ, even in sign" + (m.oppositeSigns() ? " (here they do)" : "") + ": the what-if "
                + having(m.outcome()).change() + ", so each scenario's mean is over another set of runs (selection), "
                + "while each pair is one replication in both scenarios.";
    }
}
