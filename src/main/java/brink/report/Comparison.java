package brink.report;

import brink.model.Rung;
import brink.results.CompareTable;
import brink.results.ResultsException;
import brink.results.RungRow;
import brink.results.RungsTable;
import brink.stats.BinomialIntervals;
import brink.stats.Odds;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What-if against reference: for each other folder, every rung's probability difference with a
 * Newcombe 95% interval, the difference in medians of the key outcomes with a bootstrap 95%
 * interval, and the difference in their means with Welch's interval. When the two folders are
 * {@link Pairing paired} (common random numbers: the same seed, runs and horizon), each also gets
 * the interval from paired runs: Newcombe's paired interval for the rungs, the paired-t interval
 * for the means. Differences are always other minus reference (B - A).
 */
public final class Comparison {

    /** One rung, one compared folder; {@code paired} is null when the folders are not paired. */
    public record RungDifference(String reference, String compared, RungRow a, RungRow b, double low, double high,
                                 CompareTable.Paired paired) {
        public double difference() { return b.probability() - a.probability(); }
        /** The unpaired 95% interval excludes zero: the difference is unlikely to be chance alone. */
        public boolean flagged() { return low > 0 || high < 0; }
        /** The interval a reader should use: the paired one when there is one. */
        public boolean flaggedBest() { return paired != null ? paired.excludesZero() : flagged(); }
        /** "+0.17 pp", with as many decimals as the intervals need (see {@link Odds#pointDecimals}). */
        public String differenceText() { return Odds.points(difference(), decimals()); }
        /** "[+0.08 pp, +0.26 pp]". */
        public String intervalText() { return "[" + Odds.points(low, decimals()) + ", " + Odds.points(high, decimals()) + "]"; }
        /** The paired interval as text, or "–" when the folders are not paired. */
        public String pairedIntervalText() {
            if (paired == null) return "–";
            return "[" + Odds.points(paired.low(), decimals()) + ", " + Odds.points(paired.high(), decimals()) + "]";
        }
        /** Two significant digits of the largest value, and enough to tell the ends of the (narrower) paired interval apart. */
        private int decimals() {
            int d = Odds.pointDecimals(difference(), low, high);
            return paired == null ? d : Math.max(d, Odds.widthDecimals(paired.low(), paired.high()));
        }
    }

    /** One outcome, one compared folder: the medians of the {@code nA} and {@code nB} runs with a value, of {@code runsA} and {@code runsB}. */
    public record MedianDifference(String reference, String compared, Outcome outcome, int nA, int nB,
                                   brink.stats.MedianDifference.Result result, long runsA, long runsB) {
        public boolean flagged() { return result.low() > 0 || result.high() < 0; }
        /** Every run of both folders has a value. */
        public boolean everyRun() { return nA == runsA && nB == runsB; }
    }

    /**
     * One outcome's means, one compared folder: Welch's interval over the runs with a value in
     * each ({@code nA} of {@code runsA}, {@code nB} of {@code runsB}), and (when paired) the
     * paired-t interval over the {@code pairs} runs with a value in both; {@code paired} is null
     * when the folders are not paired. Only when every run has a value are the two for the same
     * quantity (see {@link Estimands}).
     */
    public record MeanDifference(String reference, String compared, Outcome outcome, long nA, long nB,
                                 brink.stats.MeanDifference.Result unpaired, long pairs,
                                 brink.stats.MeanDifference.Result paired, long runsA, long runsB) {
        /** Every run of both folders has a value. */
        public boolean everyRun() { return nA == runsA && nB == runsB; }
        /** Paired, and every run has a value: the mean of the pairs' differences is the difference of the means. */
        public boolean sameQuantity() { return paired != null && everyRun(); }
        /** Paired, and the two differences (each scenario's own runs, the pairs) point opposite ways. */
        public boolean oppositeSigns() {
            return paired != null && Math.signum(unpaired.difference()) * Math.signum(paired.difference()) < 0;
        }
        /** The interval a reader of a highlighted row goes by: the paired one when there is one. */
        public boolean flaggedBest() { return paired != null ? paired.excludesZero() : unpaired.excludesZero(); }
    }

    private final List<RunResults> folders;
    private final List<String> labels;
    private final List<RungDifference> rungs = new ArrayList<>();
    private final List<MedianDifference> medians = new ArrayList<>();
    private final List<MeanDifference> means = new ArrayList<>();
    /** For each compared folder (index 1..), whether it is paired with the reference and why. */
    private final List<Pairing> pairings = new ArrayList<>();

    private Comparison(List<RunResults> folders, List<String> labels) {
        this.folders = folders;
        this.labels = labels;
    }

    /** What one pass over a folder's runs.csv gives: every run's key outcomes and crossed rungs, and the crossing curves. */
    record Scan(OutcomeValues values, CrossingCurves curves) {
        static Scan of(RunResults f) throws IOException {
            OutcomeValues values = new OutcomeValues(true);
            CrossingCurves curves = new CrossingCurves(f.horizonDays());
            f.forEachRun(row -> {
                values.add(row);
                curves.add(row);
            });
            return new Scan(values, curves);
        }
    }

    private final List<Scan> scans = new ArrayList<>();

    /**
     * Computes every difference; the first folder is the reference. Each folder's runs.csv is read
     * once, the folders side by side on the machine's cores, and then every median difference is
     * computed on its own core (the reference's values sorted once, each compared folder's in its
     * task); means and paired counts are one more pass over the values in memory.
     */
    static Comparison of(List<RunResults> folders) throws IOException {
        Comparison c = new Comparison(folders, labels(folders));
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), Math.max(folders.size(), Outcome.values().length)));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "brink-compare");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Scan>> scanning = new ArrayList<>();
            for (RunResults f : folders) scanning.add(pool.submit(() -> Scan.of(f)));
            for (Future<Scan> s : scanning) c.scans.add(get(s));
            RunResults ref = folders.get(0);
            List<RungRow> refRungs = ref.rungs();
            OutcomeValues refValues = c.scans.get(0).values();
            // the reference's values sorted once, for every compared folder (sorting tasks queue before any median task)
            Map<Outcome, Future<double[]>> refSorted = new EnumMap<>(Outcome.class);
            for (Outcome o : Outcome.values()) refSorted.put(o, pool.submit(() -> sorted(refValues.present(o))));
            List<Future<MedianDifference>> medians = new ArrayList<>();
            for (int i = 1; i < folders.size(); i++) {
                RunResults other = folders.get(i);
                OutcomeValues values = c.scans.get(i).values();
                Pairing pairing = Pairing.of(ref, refValues, other, values);
                c.pairings.add(pairing);
                List<RungRow> otherRungs = other.rungs();
                for (RungRow a : refRungs) {
                    RungRow b = otherRungs.stream().filter(r -> r.key().equals(a.key())).findFirst().orElse(null);
                    if (b == null) throw new ResultsException(other.dir().resolve(RungsTable.FILE) + ": no row for rung '" + a.key() + "'");
                    // Newcombe gives p1 - p2; ask for (B, A) so the interval is for B - A
                    BinomialIntervals.Interval ci = BinomialIntervals.difference(b.crossed(), b.runs(), a.crossed(), a.runs());
                    CompareTable.Paired paired = pairing.paired() ? pairedRung(Rung.fromKey(a.key()), refValues, values) : null;
                    c.rungs.add(new RungDifference(c.labels.get(0), c.labels.get(i), a, b, ci.low(), ci.high(), paired));
                }
                String compared = c.labels.get(i);
                for (Outcome o : Outcome.values()) {
                    medians.add(pool.submit(() -> {
                        double[] va = refSorted.get(o).get(), vb = sorted(values.present(o));
                        return new MedianDifference(c.labels.get(0), compared, o, va.length, vb.length,
                                brink.stats.MedianDifference.ofSorted(va, vb), refValues.runs(), values.runs());
                    }));
                    c.means.add(means(c.labels.get(0), compared, o, refValues, values, pairing.paired()));
                }
            }
            for (Future<MedianDifference> m : medians) c.medians.add(get(m));
        } finally {
            pool.shutdownNow();
        }
        return c;
    }

    /** Sorts a fresh array in place and returns it. */
    private static double[] sorted(double[] fresh) {
        java.util.Arrays.sort(fresh);
        return fresh;
    }

    /** The paired 2x2 table of a rung over runs 0..N-1 of both folders, and Newcombe's paired interval for B - A. */
    private static CompareTable.Paired pairedRung(Rung r, OutcomeValues a, OutcomeValues b) {
        long both = 0, aOnly = 0, bOnly = 0;
        for (int i = 0; i < a.runs(); i++) {
            boolean x = a.crossed(r, i), y = b.crossed(r, i);
            if (x && y) both++;
            else if (x) aOnly++;
            else if (y) bOnly++;
        }
        long neither = a.runs() - both - aOnly - bOnly;
        // the first member of each pair is B, so the interval is for P(B) - P(A)
        BinomialIntervals.Interval ci = BinomialIntervals.pairedDifference(new BinomialIntervals.PairedTable(both, bOnly, aOnly, neither));
        return new CompareTable.Paired(both, aOnly, bOnly, ci.low(), ci.high());
    }

    /** Welch's interval of the means, and the paired-t interval over the runs with a value in both when paired. */
    private static MeanDifference means(String reference, String compared, Outcome o, OutcomeValues a, OutcomeValues b, boolean paired) {
        brink.stats.MeanDifference.Moments ma = moments(o, a), mb = moments(o, b);
        brink.stats.MeanDifference.Result unpaired = brink.stats.MeanDifference.unpaired(ma, mb);
        if (!paired) return new MeanDifference(reference, compared, o, ma.n(), mb.n(), unpaired, 0, null, a.runs(), b.runs());
        var pa = new brink.stats.MeanDifference.Moments();
        var pb = new brink.stats.MeanDifference.Moments();
        var d = new brink.stats.MeanDifference.Moments();
        for (int i = 0; i < a.runs(); i++) {
            double x = a.value(o, i), y = b.value(o, i);
            if (Double.isNaN(x) || Double.isNaN(y)) continue;
            pa.add(x);
            pb.add(y);
            d.add(y - x);
        }
        return new MeanDifference(reference, compared, o, ma.n(), mb.n(), unpaired, d.n(),
                brink.stats.MeanDifference.paired(pa, pb, d), a.runs(), b.runs());
    }

    private static brink.stats.MeanDifference.Moments moments(Outcome o, OutcomeValues v) {
        var m = new brink.stats.MeanDifference.Moments();
        for (int i = 0; i < v.runs(); i++) {
            double x = v.value(o, i);
            if (!Double.isNaN(x)) m.add(x);
        }
        return m;
    }

    private static <T> T get(Future<T> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("compare interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Each folder's crossing curves, in folder order. */
    List<CrossingCurves> curves() { return scans.stream().map(Scan::curves).toList(); }

    /** Scenario names, made unique with the folder name (and then the position) where two coincide. */
    static List<String> labels(List<RunResults> folders) {
        List<String> names = new ArrayList<>();
        for (RunResults f : folders) names.add(f.name().isEmpty() ? String.valueOf(f.dir().getFileName()) : f.name());
        if (names.stream().distinct().count() == names.size()) return names;
        List<String> withDir = new ArrayList<>();
        for (int i = 0; i < folders.size(); i++) withDir.add(names.get(i) + " (" + folders.get(i).dir().getFileName() + ")");
        if (withDir.stream().distinct().count() == withDir.size()) return withDir;
        List<String> numbered = new ArrayList<>();
        for (int i = 0; i < folders.size(); i++) numbered.add(names.get(i) + " (#" + (i + 1) + ")");
        return numbered;
    }

    public List<RunResults> folders() { return folders; }
    public List<String> labels() { return labels; }
    public List<RungDifference> rungs() { return rungs; }
    public List<MedianDifference> medians() { return medians; }
    public List<MeanDifference> means() { return means; }
    /** Whether compared folder {@code i} (1..) is paired with the reference, and why. */
    public Pairing pairing(int i) { return pairings.get(i - 1); }

    /** The differences as a plain-text table for the terminal: unpaired and (when the folders are paired) paired intervals side by side. */
    public String terminalTable() {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i < folders.size(); i++) {
            String other = labels.get(i), ref = labels.get(0);
            Pairing pairing = pairing(i);
            b.append(String.format(Locale.ROOT, "%n%s minus %s: %s.%n", other, ref, pairing.why()));
            b.append(String.format(Locale.ROOT, "%nRung probabilities: %s minus %s (95%% Newcombe intervals, unpaired and paired; * = excludes 0)%n", other, ref));
            b.append(String.format(Locale.ROOT, "%3s  %-26s %-40s %-40s %-12s  %-26s %-26s%n", "lvl", "rung", "ref: runs = share [95%]",
                    "other: runs = share [95%]", "difference", "unpaired 95% interval", "paired 95% interval"));
            for (RungDifference d : rungs) {
                if (!d.compared().equals(other)) continue;
                b.append(String.format(Locale.ROOT, "%3d  %-26s %-40s %-40s %-12s  %-26s %-26s%n", d.a().level(), d.a().key(),
                        d.a().odds().text(), d.b().odds().text(), d.differenceText(), d.intervalText() + (d.flagged() ? " *" : ""),
                        d.pairedIntervalText() + (d.paired() != null && d.paired().excludesZero() ? " *" : "")));
            }
            b.append(String.format(Locale.ROOT, "%nMedians: %s minus %s (95%% bootstrap interval, unpaired; * = excludes 0)%n", other, ref));
            b.append(String.format(Locale.ROOT, "%-30s %12s %12s %12s  %-28s%n", "outcome", "ref", "other", "difference", "95% interval"));
            List<String> someRuns = new ArrayList<>();
            for (MedianDifference m : medians) {
                if (!m.compared().equals(other)) continue;
                brink.stats.MedianDifference.Result r = m.result();
                b.append(String.format(Locale.ROOT, "%-30s %12s %12s %12s  %-28s%s%n", m.outcome().key(), ReadableNumbers.plain(r.medianA()),
                        ReadableNumbers.plain(r.medianB()), ReadableNumbers.signed(r.difference()), interval(r.low(), r.high()), m.flagged() ? " *" : ""));
                if (!m.everyRun()) someRuns.add("  " + m.outcome().key() + ": " + Estimands.medians(m) + ".");
            }
            for (String l : someRuns) b.append(String.format(Locale.ROOT, "%s%n", l));
            meansTable(b, other, ref, pairing.paired());
        }
        b.append(String.format(Locale.ROOT, "%nOutcomes:%n"));
        for (Outcome o : Outcome.values()) b.append(String.format(Locale.ROOT, "  %-30s %s%n", o.key(), o.axisLabel()));
        return b.toString();
    }

    /**
     * The means of one compared folder: the outcomes every run has in one table (when paired, the
     * two intervals are for the same quantity), those only some runs have in another whose columns
     * name what each estimates, with the runs that have a value and why the two can disagree.
     */
    private void meansTable(StringBuilder b, String other, String ref, boolean paired) {
        List<MeanDifference> every = new ArrayList<>(), some = new ArrayList<>();
        for (MeanDifference m : means) {
            if (m.compared().equals(other)) (m.everyRun() ? every : some).add(m);
        }
        b.append(String.format(Locale.ROOT, "%nMeans: %s minus %s (95%% intervals: Welch unpaired, paired t; * = excludes 0)%n", other, ref));
        if (!every.isEmpty()) {
            b.append(String.format(Locale.ROOT, "Outcomes every run has%s%n", paired ? ": " + Estimands.SAME + "." : ":"));
            b.append(String.format(Locale.ROOT, "%-30s %12s %12s %12s  %-30s %-30s%n", "outcome", "ref", "other", "difference",
                    "unpaired 95% interval", "paired 95% interval"));
            for (MeanDifference m : every) {
                var u = m.unpaired();
                b.append(String.format(Locale.ROOT, "%-30s %12s %12s %12s  %-30s %-30s%n", m.outcome().key(), ReadableNumbers.plain(u.meanA()),
                        ReadableNumbers.plain(u.meanB()), ReadableNumbers.signed(u.difference()), interval(u.low(), u.high()) + (u.excludesZero() ? " *" : ""),
                        pairedText(m)));
            }
        }
        if (some.isEmpty()) return;
        b.append(String.format(Locale.ROOT, "%nOutcomes only some runs have%s%n", paired
                ? ": the two columns are not the same quantity (each scenario's own runs with a value; the pairs where both runs have one)."
                : ": each mean is over that scenario's own runs with a value."));
        b.append(String.format(Locale.ROOT, "%-30s %28s %28s  %-36s %-40s%n", "outcome", "ref mean (runs with a value)",
                "other mean (runs with a value)", "own runs: difference [95% Welch]", "pairs: mean difference [95% paired t]"));
        for (MeanDifference m : some) {
            var u = m.unpaired();
            b.append(String.format(Locale.ROOT, "%-30s %28s %28s  %-36s %-40s%n", m.outcome().key(),
                    ReadableNumbers.plain(u.meanA()) + " (" + String.format(Locale.ROOT, "%,d of %,d", m.nA(), m.runsA()) + ")",
                    ReadableNumbers.plain(u.meanB()) + " (" + String.format(Locale.ROOT, "%,d of %,d", m.nB(), m.runsB()) + ")",
                    ReadableNumbers.signed(u.difference()) + " " + interval(u.low(), u.high()) + (u.excludesZero() ? " *" : ""), pairedText(m)));
        }
        for (MeanDifference m : some) {
            String key = m.outcome().key();
            b.append(String.format(Locale.ROOT, "  %s, own runs: %s (%s)%n", key, Estimands.unpaired(m.outcome()),
                    Estimands.counts(m.nA(), m.runsA(), m.nB(), m.runsB())));
            if (m.paired() == null) continue;
            b.append(String.format(Locale.ROOT, "  %s, pairs: %s%n", key, Estimands.paired(m)));
            b.append(String.format(Locale.ROOT, "  %s%n", Estimands.whyTheyDiffer(m)));
        }
    }

    /** "[-1,234, +56]". */
    static String interval(double low, double high) {
        return "[" + ReadableNumbers.signed(low) + ", " + ReadableNumbers.signed(high) + "]";
    }

    /** The paired interval of a mean difference, with its own difference where some runs had no value in one folder. */
    static String pairedText(MeanDifference m) {
        var p = m.paired();
        if (p == null) return "–";
        String text = interval(p.low(), p.high()) + (p.excludesZero() ? " *" : "");
        return m.pairs() == m.nA() && m.pairs() == m.nB() ? text : ReadableNumbers.signed(p.difference()) + " " + text + " (" + String.format(Locale.ROOT, "%,d", m.pairs()) + " pairs)";
    }
}
