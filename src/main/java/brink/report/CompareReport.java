package brink.report;

import brink.chart.ChartStyle;
import brink.chart.CrossingChart;
import brink.chart.FanChart;
import brink.model.Metric;
import brink.model.Rung;
import brink.results.CompareManifest;
import brink.results.CompareTable;
import brink.results.FileRecord;
import brink.results.MeansTable;
import brink.results.MediansTable;
import brink.results.ResultsException;
import brink.results.ResultsFolder;
import brink.results.RunManifest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.time.Instant;
import java.util.stream.Collectors;

/**
 * {@code brink compare}: checks the folders, computes the {@link Comparison}, and writes
 * compare.csv (rung differences), medians.csv, means.csv, charts/ and compare.html into the output
 * folder.
 * Every input is checked (complete, and every file as its manifest recorded it) and everything is
 * computed and drawn before the output folder is touched, so bad input leaves no trace; the
 * output folder then goes through the results lifecycle like a run's.
 */
public final class CompareReport {
    public static final String RUNG_CSV = CompareTable.FILE;
    public static final String MEDIAN_CSV = MediansTable.FILE;
    public static final String MEAN_CSV = MeansTable.FILE;
    public static final String PAGE = "compare.html";
    /** Rungs drawn in the overlaid crossing chart. */
    static final int KEY_RUNGS = 4;

    private CompareReport() {}

    /** Opens the folders, all complete and with the same horizon; the first is the reference. */
    public static List<RunResults> open(List<Path> dirs) throws ResultsException {
        if (dirs.size() < 2) throw new ResultsException("compare needs at least two results folders (the first is the reference)");
        List<RunResults> folders = new ArrayList<>();
        for (Path d : dirs) folders.add(RunResults.openComplete(d));
        RunResults ref = folders.get(0);
        for (RunResults f : folders.subList(1, folders.size())) {
            if (f.horizonDays() != ref.horizonDays()) {
                throw new ResultsException(f.dir() + ": horizon is " + f.horizonDays() + " days but the reference " + ref.dir()
                        + " has " + ref.horizonDays() + "; compare runs made with the same --days");
            }
        }
        return folders;
    }

    /** {@code results/compare-<reference>-vs-<other>[-vs-...]}. */
    public static Path defaultOut(List<RunResults> folders) {
        String name = folders.stream().map(f -> f.name().isEmpty() ? String.valueOf(f.dir().getFileName()) : f.name())
                .map(n -> n.replaceAll("[^A-Za-z0-9_.-]", "_")).collect(Collectors.joining("-vs-"));
        // a folder name stays well inside the 255 bytes file systems allow, however many folders are compared
        if (name.length() > 200) name = name.substring(0, 200);
        return Path.of("results", "compare-" + name);
    }

    /** Refuses an output folder that may not be written (see {@link ResultsFolder#check}) or that is one of the inputs. */
    public static void checkOut(List<RunResults> folders, Path out, boolean force) throws ResultsException {
        for (RunResults f : folders) {
            if (f.dir().toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                throw new ResultsException(out + ": is one of the folders being compared; choose another --out");
            }
        }
        ResultsFolder.check(out, mode(force));
    }

    private static ResultsFolder.Mode mode(boolean force) {
        return force ? ResultsFolder.Mode.FORCE : ResultsFolder.Mode.NEW;
    }

    /**
     * Computes the comparison, draws its charts and page, and only then writes every file into
     * {@code out}, with a manifest recording the inputs and the files.
     */
    public static Comparison write(List<RunResults> folders, Path out, boolean force, String command) throws IOException {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        checkOut(folders, out, force);
        Comparison c = Comparison.of(folders);
        String rungs = rungCsv(c), medians = medianCsv(c), means = meanCsv(c);
        List<ChartRef> charts = charts(c);
        String page = page(c, charts, command);
        List<CompareManifest.Input> inputs = new ArrayList<>();
        for (RunResults f : folders) {
            inputs.add(new CompareManifest.Input(f.dir().toString(), f.name(), f.runs(), f.manifest().seed(),
                    FileRecord.of(f.dir().resolve(RunManifest.FILE)).sha256()));
        }
        try (ResultsFolder folder = ResultsFolder.open(out, mode(force), "This comparison folder is incomplete.\n"
                + "It is being written (or was being written when it stopped) by:\n\n    " + command + "\n\n"
                + "started at " + started + ". Run the same command again with --force to redo it.\n")) {
            folder.write(RUNG_CSV, rungs);
            folder.write(MEDIAN_CSV, medians);
            folder.write(MEAN_CSV, means);
            ChartRef.writeAll(folder, charts);
            folder.write(PAGE, page);
            folder.write(RunManifest.FILE, new CompareManifest(CompareManifest.KIND, brinkVersion(),
                    System.getProperty("java.version"), RunManifest.COMPLETE, command, inputs, started.toString(),
                    Instant.now().toString(), (System.nanoTime() - t0) / 1e9, folder.records()).toJson());
            folder.complete();
        }
        return c;
    }

    private static String brinkVersion() {
        String v = CompareReport.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    // ------------------------------------------------------------------ CSV

    private static String rungCsv(Comparison c) {
        List<CompareTable.Row> rows = new ArrayList<>();
        for (Comparison.RungDifference d : c.rungs()) {
            rows.add(new CompareTable.Row(d.reference(), d.compared(), d.a().level(), d.a().key(), d.a().crossed(), d.a().runs(),
                    d.a().probability(), d.b().crossed(), d.b().runs(), d.b().probability(), d.difference(), d.low(), d.high(),
                    d.paired()));
        }
        return CompareTable.render(rows);
    }

    private static String medianCsv(Comparison c) {
        List<MediansTable.Row> rows = new ArrayList<>();
        for (Comparison.MedianDifference m : c.medians()) {
            brink.stats.MedianDifference.Result r = m.result();
            rows.add(new MediansTable.Row(m.reference(), m.compared(), m.outcome().key(), m.outcome().axisLabel(), m.nA(),
                    r.medianA(), m.nB(), r.medianB(), r.difference(), r.low(), r.high()));
        }
        return MediansTable.render(rows);
    }

    private static String meanCsv(Comparison c) {
        List<MeansTable.Row> rows = new ArrayList<>();
        for (Comparison.MeanDifference m : c.means()) {
            var u = m.unpaired();
            var p = m.paired();
            rows.add(new MeansTable.Row(m.reference(), m.compared(), m.outcome().key(), m.outcome().axisLabel(), m.nA(), u.meanA(),
                    m.nB(), u.meanB(), u.difference(), u.low(), u.high(),
                    p == null ? null : new MeansTable.Paired(m.pairs(), p.difference(), p.low(), p.high(), m.sameQuantity()),
                    m.runsA(), m.runsB()));
        }
        return MeansTable.render(rows);
    }


    // ------------------------------------------------------------------ charts

    private static List<ChartRef> charts(Comparison c) throws IOException {
        List<RunResults> fs = c.folders();
        List<String> labels = c.labels();
        String sub = subtitle(c);
        String x = fs.get(0).dayAxisLabel();
        List<ChartRef> charts = new ArrayList<>();

        FanChart esc = RunCharts.escalationFan(sub, x);
        FanChart cas = new FanChart("Russian casualties, cumulative", sub, x, "Russian killed and wounded, cumulative (soldiers)");
        for (int i = 0; i < fs.size(); i++) {
            var daily = fs.get(i).daily();
            esc.add(labels.get(i), ChartStyle.colour(i), fs.get(i).fan(daily, Metric.ESCALATION_LEVEL.key()), false);
            cas.add(labels.get(i), ChartStyle.colour(i), fs.get(i).fan(daily, Metric.RUSSIAN_CASUALTIES.key()), false);
        }
        charts.add(RunCharts.save("escalation_level", "Escalation level over time",
                "Median and middle 50% of runs of each scenario; the reference is the solid line.", esc.build()));
        charts.add(RunCharts.save("russian_casualties", "Russian casualties, cumulative",
                "Median and middle 50% of runs of each scenario; the reference is the solid line.", cas.build()));

        List<CrossingCurves> curves = c.curves();
        List<Rung> key = keyRungs(c, curves);
        CrossingChart crossing = new CrossingChart("Probability of having crossed key rungs by day t", sub, x);
        for (Rung r : key) {
            for (int i = 0; i < fs.size(); i++) {
                crossing.add(r.level() + " " + r.key() + ": " + labels.get(i), ChartStyle.colour(r.level()), i > 0,
                        curves.get(i).days(), curves.get(i).cumulative(r));
            }
        }
        charts.add(RunCharts.save("rung_crossing", "Probability of having crossed key rungs by day t",
                "The rungs whose probabilities differ most between the scenarios; reference solid, compared dashed.",
                crossing.build()));
        return charts;
    }

    /** Up to {@link #KEY_RUNGS} rungs that move over time, those whose probability differs most first. */
    static List<Rung> keyRungs(Comparison c, List<CrossingCurves> curves) {
        List<Rung> candidates = new ArrayList<>();
        for (Rung r : Rung.values()) {
            if (curves.stream().anyMatch(cc -> cc.changesOverTime(r))) candidates.add(r);
        }
        Comparator<Rung> order = Comparator.comparingDouble((Rung r) -> -maxAbsDifference(c, r))
                .thenComparingDouble(r -> -curves.stream().mapToDouble(cc -> cc.crossed(r) / (double) Math.max(1, cc.runs())).max().orElse(0))
                .thenComparingInt(Rung::level);
        candidates.sort(order);
        List<Rung> key = new ArrayList<>(candidates.subList(0, Math.min(KEY_RUNGS, candidates.size())));
        key.sort(Comparator.comparingInt(Rung::level));
        return key;
    }

    private static double maxAbsDifference(Comparison c, Rung r) {
        return c.rungs().stream().filter(d -> d.a().key().equals(r.key())).mapToDouble(d -> Math.abs(d.difference())).max().orElse(0);
    }

    private static String subtitle(Comparison c) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < c.folders().size(); i++) {
            RunResults f = c.folders().get(i);
            parts.add((i == 0 ? "reference " : "") + c.labels().get(i) + " (N = " + String.format("%,d", f.runs()) + ", seed " + f.seed() + ")");
        }
        return String.join(" vs ", parts);
    }

    // ------------------------------------------------------------------ page

    private static String page(Comparison c, List<ChartRef> charts, String command) throws IOException {
        List<RunResults> fs = c.folders();
        List<String> labels = c.labels();
        HtmlPage page = new HtmlPage("Brink comparison: " + String.join(" vs ", labels));
        page.h1("Comparison: " + String.join(" vs ", labels));
        page.lead("Reference: " + fs.get(0).title() + " (" + labels.get(0) + "). Every difference is the compared scenario minus the reference.");

        page.h2("Results compared");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < fs.size(); i++) {
            RunResults f = fs.get(i);
            rows.add(List.of(i == 0 ? "reference" : "compared", labels.get(i), f.title(), f.dir().toString(),
                    String.format("%,d", f.runs()), f.seed(), f.horizonDays() + " days from " + f.startDateText(),
                    f.manifest().brinkVersion(), RunReport.inBrinkFolder(f.manifest().command())));
        }
        page.table("folders", List.of("Role", "Scenario", "Title", "Folder", "Runs", "Seed", "Horizon", "Brink", "Command"),
                rows, new boolean[]{false, false, false, false, true, true, false, false, false}, null);
        page.h2("Reproduce");
        page.pre(RunReport.inBrinkFolder(command));

        page.h2("Paired or unpaired");
        page.p("Model v2 gives every random element (each actor's choices, each rule, the front's noise, defections, the "
                + "incident hazard, each sampled parameter) its own random stream, rooted in the seed and the replication alone. "
                + "Two folders run with the same seed, number of runs and horizon therefore share, replication by replication, "
                + "every random number the what-if does not change (common random numbers), and a difference can be estimated "
                + "from the pairs of runs: the paired interval, usually much narrower than the unpaired one, which treats the "
                + "folders as independent samples. Both are shown; where a folder is paired, read the paired one, except for an "
                + "outcome only some runs have (a rung's day), where the two estimate different quantities (see the means below).");
        List<String> pairings = new ArrayList<>();
        for (int i = 1; i < fs.size(); i++) pairings.add(labels.get(i) + " minus " + labels.get(0) + ": " + c.pairing(i).why() + ".");
        page.note(pairings);

        page.h2("Rung probabilities");
        page.p("Probability that each rung was crossed within the horizon in each scenario: runs that crossed it of all runs, "
                + "the share and its 95% Wilson interval (when no run crossed it, the probability is below the interval's upper bound); "
                + "then the difference (percentage points) with its 95% interval for independent samples (unpaired: Newcombe's hybrid "
                + "score method, 1998) and, for paired folders, from the pairs of runs (paired: Newcombe's hybrid score method for "
                + "paired data, 1998b, from the runs that crossed in both, in one only, and in neither; compare.csv has these counts). "
                + "Highlighted rows: the paired interval (or, unpaired, the unpaired one) excludes zero.");
        perCompared(page, c, "rungs", other -> List.of("Level", "Rung", "P(" + labels.get(0) + ")", "P(" + other + ")",
                "Difference", "95% interval, unpaired", "95% interval, paired", "Excludes 0"),
                // the intervals may wrap (not numeric cells), so that eight columns fit the page at a million runs
                new boolean[]{true, false, false, false, true, false, false, false}, c.rungs(), Comparison.RungDifference::compared,
                d -> new Row(List.of(String.valueOf(d.a().level()), d.a().key(), d.a().odds().text(), d.b().odds().text(),
                        d.differenceText(), keepUnits(d.intervalText()), keepUnits(d.pairedIntervalText())), d.flaggedBest()));

        page.h2("Key outcomes: difference in medians");
        page.p("Median across runs in each scenario and the difference, with a 95% percentile-bootstrap interval, computed exactly "
                + "from the order statistics (the interval resampling would approach with unlimited resamples; no random numbers). "
                + "It treats the two folders as independent samples (unpaired). Runs without a value (e.g. the rung never crossed) "
                + "are left out; n is the number of runs used. For an outcome every run has, the paired comparison is the difference "
                + "in means below; for one only some runs have (a rung's day), each median is over that scenario's own runs with a "
                + "value, as in the unpaired difference of means, not over the pairs.");
        perCompared(page, c, "medians", other -> List.of("Outcome", "Median " + labels.get(0), "Median " + other, "Difference",
                "95% interval, unpaired", "Excludes 0"), new boolean[]{false, true, true, true, true, false}, c.medians(),
                Comparison.MedianDifference::compared, m -> {
                    brink.stats.MedianDifference.Result res = m.result();
                    return new Row(List.of(m.outcome().axisLabel(), ReadableNumbers.plain(res.medianA()) + runsUsed(m.everyRun(), m.nA(), m.runsA()),
                            ReadableNumbers.plain(res.medianB()) + runsUsed(m.everyRun(), m.nB(), m.runsB()), ReadableNumbers.signed(res.difference()),
                            Comparison.interval(res.low(), res.high())), m.flagged());
                });

        page.h2("Key outcomes: difference in means, unpaired and paired");
        page.p("Mean across runs in each scenario and the difference, with its 95% interval for independent samples (unpaired: "
                + "Welch's t interval) and, for paired folders, the paired-t interval of the run-by-run differences (Law 2015, "
                + "Simulation Modeling and Analysis, section 10.2.1: the standard analysis of simulations run with common random "
                + "numbers). Highlighted rows: the paired interval (or, unpaired, the unpaired one) excludes zero.");
        page.p("Outcomes every run has: for paired folders the mean of the differences is the difference of the means, so the two intervals are "
                + "for the same quantity and their widths compare directly; the paired one is narrower.");
        perCompared(page, c, "means", other -> List.of("Outcome", "Mean " + labels.get(0), "Mean " + other, "Difference",
                "95% interval, unpaired", "95% interval, paired", "Excludes 0"), new boolean[]{false, true, true, true, true, true, false},
                c.means().stream().filter(Comparison.MeanDifference::everyRun).toList(), Comparison.MeanDifference::compared, m -> {
                    var u = m.unpaired();
                    return new Row(List.of(m.outcome().axisLabel(), ReadableNumbers.plain(u.meanA()) + " (n " + m.nA() + ")",
                            ReadableNumbers.plain(u.meanB()) + " (n " + m.nB() + ")", ReadableNumbers.signed(u.difference()),
                            Comparison.interval(u.low(), u.high()), Comparison.pairedText(m)), m.flaggedBest());
                });
        someRunsMeans(page, c);
        page.h2("How to read this comparison");
        List<String> notes = new ArrayList<>(List.of(
                "A difference whose 95% interval excludes zero (highlighted) is unlikely to come from the randomness of the runs alone; one that includes zero is not distinguishable from no difference at this number of runs.",
                "Overlaid fan charts show each scenario's median and the middle 50% of its runs; where bands overlap the scenarios are hard to tell apart run by run.",
                "The crossing chart shows, for the rungs that differ most, the share of runs that had crossed each rung by each day; solid lines are the reference."));
        notes.addAll(RunReport.HOW_TO_READ.subList(0, 1));
        page.note(notes);
        page.h2("Charts");
        for (ChartRef ch : charts) page.figure(ch.png(), ch.title(), ch.title() + ". " + ch.caption());
        page.footer("Brink compare · " + fs.size() + " results folders");
        return page.render();
    }

    /**
     * The means of outcomes only some runs have (a rung's day), in a table of their own: its
     * columns say what each difference estimates, each mean shows how many runs have a value, and a
     * note under it says, per outcome, which runs and pairs and why the two can differ even in sign.
     */
    private static void someRunsMeans(HtmlPage page, Comparison c) {
        List<Comparison.MeanDifference> some = c.means().stream().filter(m -> !m.everyRun()).toList();
        if (some.isEmpty()) return;
        List<String> labels = c.labels();
        page.p("Outcomes only some runs have (a rung's day): the two differences are not the same quantity. The unpaired one "
                + "is the difference of the means over each scenario's own runs with a value, which the what-if can change; "
                + "the paired one is the mean of the within-pair differences over the pairs in which both runs have a value.");
        perCompared(page, c, "means-some-runs", other -> List.of("Outcome", "Mean " + labels.get(0) + " (its runs with a value)",
                "Mean " + other + " (its runs with a value)", "Difference of means, each scenario's own runs with a value",
                "95% interval, unpaired", "Mean within-pair difference, pairs where both runs have a value", "95% interval, paired",
                "Excludes 0"), new boolean[]{false, true, true, true, true, true, true, false},
                some, Comparison.MeanDifference::compared, m -> {
                    var u = m.unpaired();
                    var p = m.paired();
                    String excludes = p == null ? yesNo(u.excludesZero())
                            : "unpaired " + yesNo(u.excludesZero()) + ", paired " + yesNo(p.excludesZero());
                    return new Row(List.of(m.outcome().axisLabel(), ReadableNumbers.plain(u.meanA()) + " (" + Estimands.count(m.nA(), m.runsA()) + ")",
                            ReadableNumbers.plain(u.meanB()) + " (" + Estimands.count(m.nB(), m.runsB()) + ")",
                            ReadableNumbers.signed(u.difference()), Comparison.interval(u.low(), u.high()),
                            p == null ? "–" : ReadableNumbers.signed(p.difference()) + String.format(Locale.ROOT, " (%,d pairs)", m.pairs()),
                            p == null ? "–" : Comparison.interval(p.low(), p.high())), m.flaggedBest(), excludes);
                });
        List<String> notes = new ArrayList<>();
        for (Comparison.MeanDifference m : some) {
            String what = (labels.size() > 2 ? m.compared() + " minus " + m.reference() + ", " : "") + m.outcome().key();
            String note = what + ": unpaired, " + Estimands.unpaired(m.outcome()) + " (" + Estimands.counts(m.nA(), m.runsA(), m.nB(), m.runsB()) + ")";
            notes.add(m.paired() == null ? note + "." : note + "; paired, " + Estimands.paired(m) + ". " + Estimands.whyTheyDiffer(m));
        }
        page.note(notes);
    }

    private static String yesNo(boolean b) { return b ? "yes" : "no"; }

    /** " (n 10000)" for an outcome every run has (as before), " (8,200 of 10,000 runs)" for one only some runs have. */
    private static String runsUsed(boolean everyRun, long n, long runs) {
        return everyRun ? " (n " + n + ")" : " (" + Estimands.count(n, runs) + ")";
    }

    /** "+13.2 pp" never split from its unit: an interval wraps only after its comma. */
    private static String keepUnits(String interval) { return interval.replace(" pp", "\u00a0pp"); }

    /**
     * One row of a page table, without its last cell ("Excludes 0": {@code excludes}, yes or no
     * unless said otherwise), and whether it is highlighted.
     */
    private record Row(List<String> cells, boolean flagged, String excludes) {
        Row(List<String> cells, boolean flagged) { this(cells, flagged, yesNo(flagged)); }
    }

    /**
     * One table per compared folder (with a line naming it when there are several): the items of
     * that folder, each made a row; the last column says whether the row is highlighted.
     */
    private static <T> void perCompared(HtmlPage page, Comparison c, String id, java.util.function.Function<String, List<String>> head,
                                        boolean[] numeric, List<T> items, java.util.function.Function<T, String> compared,
                                        java.util.function.Function<T, Row> row) {
        List<String> labels = c.labels();
        for (int i = 1; i < labels.size(); i++) {
            String other = labels.get(i);
            List<List<String>> rows = new ArrayList<>();
            List<Boolean> flags = new ArrayList<>();
            for (T item : items) {
                if (!compared.apply(item).equals(other)) continue;
                Row r = row.apply(item);
                List<String> cells = new ArrayList<>(r.cells());
                cells.add(r.excludes());
                rows.add(cells);
                flags.add(r.flagged());
            }
            if (rows.isEmpty()) continue;
            if (labels.size() > 2) page.p(other + " minus " + labels.get(0) + ":");
            page.table(id + "-" + i, head.apply(other), rows, numeric, toArray(flags));
        }
    }

    private static boolean[] toArray(List<Boolean> l) {
        boolean[] a = new boolean[l.size()];
        for (int i = 0; i < a.length; i++) a[i] = l.get(i);
        return a;
    }
}
