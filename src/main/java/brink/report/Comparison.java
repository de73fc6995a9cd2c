package brink.report;

import brink.results.ResultsException;
import brink.results.RungRow;
import brink.results.RungsTable;
import brink.stats.BinomialIntervals;
import brink.stats.Odds;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * What-if against reference: for each other folder, every rung's probability difference with a
 * Newcombe 95% interval, and the difference in medians of the key outcomes with a bootstrap 95%
 * interval. Differences are always other minus reference (B - A).
 */
public final class Comparison {

    /** One rung, one compared folder. */
    public record RungDifference(String reference, String compared, RungRow a, RungRow b, double low, double high) {
        public double difference() { return b.probability() - a.probability(); }
        /** The 95% interval excludes zero: the difference is unlikely to be chance alone. */
        public boolean flagged() { return low > 0 || high < 0; }
        /** "+0.17 pp", with as many decimals as the interval needs (see {@link Odds#pointDecimals}). */
        public String differenceText() { return Odds.points(difference(), Odds.pointDecimals(difference(), low, high)); }
        /** "[+0.08 pp, +0.26 pp]". */
        public String intervalText() {
            int d = Odds.pointDecimals(difference(), low, high);
            return "[" + Odds.points(low, d) + ", " + Odds.points(high, d) + "]";
        }
    }

    /** One outcome, one compared folder. */
    public record MedianDifference(String reference, String compared, Outcome outcome, int nA, int nB,
                                   brink.stats.MedianDifference.Result result) {
        public boolean flagged() { return result.low() > 0 || result.high() < 0; }
    }

    private final List<RunResults> folders;
    private final List<String> labels;
    private final List<RungDifference> rungs = new ArrayList<>();
    private final List<MedianDifference> medians = new ArrayList<>();

    private Comparison(List<RunResults> folders, List<String> labels) {
        this.folders = folders;
        this.labels = labels;
    }

    /** What one pass over a folder's runs.csv gives: the key outcomes' values and the crossing curves. */
    record Scan(Map<Outcome, double[]> values, CrossingCurves curves) {
        static Scan of(RunResults f) throws IOException {
            OutcomeValues values = new OutcomeValues();
            CrossingCurves curves = new CrossingCurves(f.horizonDays());
            f.forEachRun(row -> {
                values.add(row);
                curves.add(row);
            });
            return new Scan(values.values(), curves);
        }
    }

    private final List<Scan> scans = new ArrayList<>();

    /**
     * Computes every difference; the first folder is the reference. Each folder's runs.csv is read
     * once, the folders side by side on the machine's cores, and then every median difference is
     * computed on its own core (each sorts its own copies).
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
            Map<Outcome, double[]> refValues = c.scans.get(0).values();
            List<Future<MedianDifference>> medians = new ArrayList<>();
            for (int i = 1; i < folders.size(); i++) {
                RunResults other = folders.get(i);
                List<RungRow> otherRungs = other.rungs();
                for (RungRow a : refRungs) {
                    RungRow b = otherRungs.stream().filter(r -> r.key().equals(a.key())).findFirst().orElse(null);
                    if (b == null) throw new ResultsException(other.dir().resolve(RungsTable.FILE) + ": no row for rung '" + a.key() + "'");
                    // Newcombe gives p1 - p2; ask for (B, A) so the interval is for B - A
                    BinomialIntervals.Interval ci = BinomialIntervals.difference(b.crossed(), b.runs(), a.crossed(), a.runs());
                    c.rungs.add(new RungDifference(c.labels.get(0), c.labels.get(i), a, b, ci.low(), ci.high()));
                }
                Map<Outcome, double[]> values = c.scans.get(i).values();
                String compared = c.labels.get(i);
                for (Outcome o : Outcome.values()) {
                    double[] va = refValues.get(o), vb = values.get(o);
                    medians.add(pool.submit(() -> new MedianDifference(c.labels.get(0), compared, o, va.length, vb.length,
                            brink.stats.MedianDifference.of(va, vb))));
                }
            }
            for (Future<MedianDifference> m : medians) c.medians.add(get(m));
        } finally {
            pool.shutdownNow();
        }
        return c;
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

    /** The differences as a plain-text table for the terminal. */
    public String terminalTable() {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i < folders.size(); i++) {
            String other = labels.get(i), ref = labels.get(0);
            b.append(String.format(Locale.ROOT, "%nRung probabilities: %s minus %s (95%% Newcombe interval; * = excludes 0)%n", other, ref));
            b.append(String.format(Locale.ROOT, "%3s  %-26s %-40s %-40s %-12s  %-26s%n", "lvl", "rung", "ref: runs = share [95%]",
                    "other: runs = share [95%]", "difference", "95% interval"));
            for (RungDifference d : rungs) {
                if (!d.compared().equals(other)) continue;
                b.append(String.format(Locale.ROOT, "%3d  %-26s %-40s %-40s %-12s  %-26s%s%n", d.a().level(), d.a().key(),
                        d.a().odds().text(), d.b().odds().text(), d.differenceText(), d.intervalText(), d.flagged() ? " *" : ""));
            }
            b.append(String.format(Locale.ROOT, "%nMedians: %s minus %s (95%% bootstrap interval; * = excludes 0)%n", other, ref));
            b.append(String.format(Locale.ROOT, "%-26s %12s %12s %12s  %-28s%n", "outcome", "ref", "other", "difference", "95% interval"));
            for (MedianDifference m : medians) {
                if (!m.compared().equals(other)) continue;
                brink.stats.MedianDifference.Result r = m.result();
                b.append(String.format(Locale.ROOT, "%-26s %12s %12s %12s  %-28s%s%n", m.outcome().key(), Numbers.plain(r.medianA()),
                        Numbers.plain(r.medianB()), Numbers.signed(r.difference()),
                        "[" + Numbers.signed(r.low()) + ", " + Numbers.signed(r.high()) + "]", m.flagged() ? " *" : ""));
            }
        }
        return b.toString();
    }
}
