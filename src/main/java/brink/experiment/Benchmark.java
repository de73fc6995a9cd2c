package brink.experiment;

import brink.model.BrinkModel;
import brink.scenario.Scenario;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code brink bench}: how fast the Monte Carlo runs on this machine and how much memory it needs.
 * Replication-years per second at 1 thread and at all threads (parallel efficiency), the cost of
 * MASON's schedule against calling the same daily step in a plain loop, and the peak heap of a full
 * run (results folder included) at two sizes. Measures, never asserts.
 */
public final class Benchmark {
    private static final long SEED = 20241028L;

    private final Scenario scenario;
    private final int runs;
    private final int threads;
    private final int[] heapRuns;
    private final long literalRepYears;
    private final Consumer<String> log;

    /**
     * @param runs     replications per throughput measurement
     * @param heapRuns sizes of the full runs whose peak heap is measured (e.g. 10,000 and 100,000)
     */
    public Benchmark(Scenario scenario, int runs, int threads, int[] heapRuns, Consumer<String> log) {
        this(scenario, runs, threads, heapRuns, 0, log);
    }

    /**
     * @param literalRepYears if above 0, also one real full run of this many replication-years on
     *                        all threads, timed start to finish once (the target's own measure:
     *                        the headline figures extrapolate from the best of short repeats)
     */
    public Benchmark(Scenario scenario, int runs, int threads, int[] heapRuns, long literalRepYears, Consumer<String> log) {
        this.scenario = scenario;
        this.runs = runs;
        this.threads = threads;
        this.heapRuns = heapRuns;
        this.literalRepYears = literalRepYears;
        this.log = log;
    }

    /** The figures, in the order they are printed. */
    public record Result(Map<String, Object> values) {
        public String json() {
            try {
                return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(values) + "\n";
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public Result run() throws Exception {
        Map<String, Object> v = new LinkedHashMap<>();
        double years = scenario.horizonDays() / 365.0;
        v.put("scenario", scenario.name());
        v.put("horizon_days", scenario.horizonDays());
        v.put("cores", Runtime.getRuntime().availableProcessors());
        v.put("java_version", System.getProperty("java.version"));
        // the collector matters (G1's write barriers and allocation cost a few percent): say which ran
        v.put("garbage_collectors", ManagementFactory.getGarbageCollectorMXBeans().stream()
                .map(java.lang.management.GarbageCollectorMXBean::getName).toList());
        v.put("runs_per_measurement", runs);

        // The JIT compiles the hot paths over the first seconds (on two cores its compiler threads
        // take CPU from the workers): one untimed run of every measured kind first, so that the
        // figures are the steady state a long run spends nearly all its time in.
        log.accept("warming up the JIT...");
        fullRun(threads, runs);
        replicationsOnly(threads, Math.max(1, runs / 2));
        scheduleAgainstDirect(1000);

        // The headline figures are the full run, what a user of `brink run` waits for: replications,
        // streaming statistics, runs.csv, daily.csv, rungs.csv, events.log and manifest.json written
        // to disk (charts and report.html, drawn afterwards by the command line, are not included).
        // The replications alone (no statistics, no files) show what the model costs by itself.
        double[] full1s = measure("full run, 1 thread", () -> fullRun(1, runs), years);
        double[] fullTs = measure("full run, " + threads + " threads", () -> fullRun(threads, runs), years);
        double[] rep1s = measure("replications only, 1 thread", () -> replicationsOnly(1, runs), years);
        double[] repTs = measure("replications only, " + threads + " threads", () -> replicationsOnly(threads, runs), years);
        double full1 = best(full1s), fullT = best(fullTs), rep1 = best(rep1s), repT = best(repTs);
        v.put("threads", threads);
        v.put("rep_years_per_s_1_thread", round(full1));
        v.put("rep_years_per_s_all_threads", round(fullT));
        v.put("parallel_efficiency", round3(fullT / (threads * full1)));
        v.put("seconds_per_million_rep_years", round3(1e6 / fullT));
        v.put("replications_only_rep_years_per_s_1_thread", round(rep1));
        v.put("replications_only_rep_years_per_s_all_threads", round(repT));
        v.put("replications_only_parallel_efficiency", round3(repT / (threads * rep1)));
        v.put("replications_only_seconds_per_million_rep_years", round3(1e6 / repT));
        // every repeat too, in the order run: on a shared or virtual machine the spread says how
        // much the best can be trusted (the table shows the median beside the best)
        Map<String, Object> repeats = new LinkedHashMap<>(); // in the table's order (Map.of has none)
        repeats.put("rep_years_per_s_1_thread", rounded(full1s));
        repeats.put("rep_years_per_s_all_threads", rounded(fullTs));
        repeats.put("replications_only_rep_years_per_s_1_thread", rounded(rep1s));
        repeats.put("replications_only_rep_years_per_s_all_threads", rounded(repTs));
        v.put("repeats", repeats);

        if (literalRepYears > 0) {
            // one real run of the size the target names, as a user would wait for it: noise, page
            // cache and all, averaged over its whole length rather than the best of short repeats
            long n = (long) Math.ceil(literalRepYears / years);
            if (n > Integer.MAX_VALUE) throw new IllegalArgumentException("too many replications: " + n);
            log.accept(String.format(Locale.ROOT, "one real full run of %,d replications (%,.0f replication-years), %d threads...", n, n * years, threads));
            long t0 = System.nanoTime();
            fullRun(threads, (int) n);
            double seconds = (System.nanoTime() - t0) / 1e9;
            v.put("literal_replications", n);
            v.put("literal_rep_years", round3(n * years));
            v.put("literal_seconds", round3(seconds));
            v.put("literal_seconds_per_million_rep_years", round3(seconds * 1e6 / (n * years)));
            log.accept(String.format(Locale.ROOT, "  %.1f s", seconds));
        }

        log.accept("schedule against a direct loop...");
        double[] perRep = scheduleAgainstDirect(Math.max(1000, runs / 4));
        v.put("us_per_replication_schedule", round3(perRep[0]));
        v.put("us_per_replication_direct", round3(perRep[1]));
        v.put("schedule_overhead_percent", round3(100 * (perRep[0] / perRep[1] - 1)));

        log.accept("random generators...");
        v.put("generators", brink.random.GeneratorSpeed.measure());

        List<Map<String, Object>> heaps = new ArrayList<>();
        for (int n : heapRuns) {
            log.accept(String.format(Locale.ROOT, "peak heap of a full run of %,d...", n));
            heaps.add(peakHeap(n));
        }
        v.put("heap", heaps);
        if (heaps.size() >= 2) {
            for (String key : new String[]{"peak_heap_mb", "peak_live_heap_mb"}) {
                double a = ((Number) heaps.get(0).get(key)).doubleValue();
                double b = ((Number) heaps.get(heaps.size() - 1).get(key)).doubleValue();
                v.put(key.replace("_mb", "_growth_percent"), round3(100 * (b / a - 1)));
            }
        }
        return new Result(v);
    }

    /** Measurements are repeated and the best kept: other processes only ever make a run slower. */
    private static final int REPEATS = 5;

    /** Something timed: it returns how many replications it ran. */
    private interface Timed {
        int run() throws Exception;
    }

    /** Replication-years per second of each of {@value #REPEATS} repeats of a measurement, in the order run. */
    private double[] measure(String what, Timed timed, double yearsPerReplication) throws Exception {
        log.accept(what + "...");
        double[] rates = new double[REPEATS];
        for (int k = 0; k < REPEATS; k++) {
            long t0 = System.nanoTime();
            int n = timed.run();
            rates[k] = n / ((System.nanoTime() - t0) / 1e9) * yearsPerReplication;
        }
        log.accept(String.format(Locale.ROOT, "  %,.0f replication-years/s (best of %d; median %,.0f)", best(rates), REPEATS, median(rates)));
        return rates;
    }

    private static double best(double[] rates) {
        return java.util.Arrays.stream(rates).max().orElseThrow();
    }

    /** The median of the repeats (the middle one: REPEATS is odd). */
    public static double median(double[] rates) {
        double[] sorted = rates.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static List<Double> rounded(double[] rates) {
        return java.util.Arrays.stream(rates).map(Benchmark::round).boxed().toList();
    }

    /**
     * A whole Monte Carlo as {@code brink run} does it, into a temporary folder deleted afterwards:
     * the replications, the streaming statistics, and runs.csv, daily.csv, rungs.csv, events.log
     * and manifest.json on disk (no charts or report).
     */
    private int fullRun(int t, int n) throws Exception {
        Path dir = Files.createTempDirectory("brink-bench");
        try {
            Manifest.Run run = new Manifest.Run(scenario, SEED, n, t, "brink bench", "bench");
            MonteCarloResult result = new MonteCarloExperiment(run, null).execute(dir.resolve("out"), false, null);
            return result.runs();
        } finally {
            deleteRecursively(dir);
        }
    }

    /**
     * The same replications on t threads (each its own reused {@link Replication}, taking blocks of
     * {@link MonteCarloRunner#BLOCK} in turn) with nothing done with their records: the model alone.
     */
    private int replicationsOnly(int t, int n) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong check = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < t; w++) {
            Thread thread = new Thread(() -> {
                try {
                    Replication r = new Replication(scenario);
                    long sum = 0;
                    for (int b; (b = next.getAndAdd(MonteCarloRunner.BLOCK)) < n; ) {
                        for (int i = b; i < Math.min(n, b + MonteCarloRunner.BLOCK); i++) sum += r.runDirect(SEED, 0, i).maxRung();
                    }
                    check.addAndGet(sum); // keeps the runs from being optimised away
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "brink-bench-" + w);
            workers.add(thread);
            thread.start();
        }
        for (Thread thread : workers) thread.join();
        if (failure.get() != null) throw new IllegalStateException("a replication failed: " + failure.get(), failure.get());
        if (check.get() < 0) throw new IllegalStateException();
        return n;
    }

    /**
     * Microseconds per replication through MASON's schedule, and calling the daily step directly;
     * the two alternate in rounds and each keeps its best round.
     */
    private double[] scheduleAgainstDirect(int n) {
        Replication r = new Replication(scenario);
        BrinkModel model = r.model();
        int days = scenario.horizonDays();
        int rounds = 5, perRound = Math.max(1, n / rounds);
        double bestSchedule = Double.MAX_VALUE, bestDirect = Double.MAX_VALUE;
        for (int k = 0; k < rounds; k++) {
            int first = k * perRound;
            long t0 = System.nanoTime();
            double check1 = 0;
            for (int i = first; i < first + perRound; i++) check1 += r.run(SEED, 0, i).maxRung();
            long t1 = System.nanoTime();
            double check2 = 0;
            for (int i = first; i < first + perRound; i++) {
                r.start(SEED, 0, i);
                for (int d = 0; d < days; d++) model.stepDayDirectly();
                model.finish();
                check2 += r.record().maxRung();
            }
            long t2 = System.nanoTime();
            if (check1 != check2) throw new IllegalStateException("the direct loop ran different replications");
            bestSchedule = Math.min(bestSchedule, (t1 - t0) / 1e3 / perRound);
            bestDirect = Math.min(bestDirect, (t2 - t1) / 1e3 / perRound);
        }
        return new double[]{bestSchedule, bestDirect};
    }

    /**
     * Peak heap while a full run of n replications writes a results folder (in a temp dir, deleted
     * after). Two figures: the live heap, measured right after a full collection forced every
     * {@value #LIVE_EVERY_MS} ms during the run (what the run holds: it would grow if memory grew
     * with N), and the highest heap use sampled every 5 ms in between (garbage included, so it
     * also reflects how fast garbage is made and when the collector runs).
     */
    private Map<String, Object> peakHeap(int n) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicLong peakLive = new AtomicLong(before);
        Thread sampler = new Thread(() -> {
            long lastGc = System.nanoTime();
            while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                if (System.nanoTime() - lastGc > LIVE_EVERY_MS * 1_000_000L) {
                    System.gc();
                    peakLive.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    lastGc = System.nanoTime();
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "brink-heap-sampler");
        sampler.setDaemon(true);
        Path dir = Files.createTempDirectory("brink-bench");
        long t0 = System.nanoTime();
        try {
            sampler.start();
            Manifest.Run run = new Manifest.Run(scenario, SEED, n, threads, "brink bench", "bench");
            MonteCarloResult result = new MonteCarloExperiment(run, null).execute(dir.resolve("out"), false, null);
            if (result.runs() != n) throw new IllegalStateException("ran " + result.runs() + " of " + n);
            // the result still referenced: its statistics are part of what the run holds
            System.gc();
            peakLive.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        } finally {
            sampler.interrupt();
            sampler.join();
            deleteRecursively(dir);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("runs", n);
        m.put("seconds", round3(seconds));
        m.put("peak_live_heap_mb", round3(peakLive.get() / MB));
        m.put("peak_heap_mb", round3(Math.max(peak.get(), peakLive.get()) / MB));
        m.put("heap_before_mb", round3(before / MB));
        return m;
    }

    private static final long LIVE_EVERY_MS = 200;
    private static final double MB = 1048576.0;

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    private static double round(double x) { return Math.rint(x); }
    private static double round3(double x) { return Math.rint(x * 1000) / 1000; }
}
