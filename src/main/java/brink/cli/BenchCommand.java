package brink.cli;

import brink.experiment.Benchmark;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code brink bench}: Monte Carlo speed and memory on this machine; prints a table, writes bench.json. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        header = "Measure speed (1 and all threads), schedule overhead and heap against N.",
        description = {"Measures replication-years per second at 1 thread and at all threads, "
                + "for a full run (statistics and data files on disk) and for the "
                + "replications alone; the cost of MASON's schedule against a plain loop; "
                + "and the peak heap of full runs at two sizes. With --literal, also one "
                + "real full run of the speed target's size, timed once start to finish."})
public final class BenchCommand extends BrinkCommand {
    @Option(names = "--runs", paramLabel = "N", defaultValue = "20000", description = "replications per speed measurement (default ${DEFAULT-VALUE})")
    int runs;

    @Mixin Options.Threads threads;

    @Option(names = "--heap-runs", paramLabel = "N,N", split = ",", defaultValue = "10000,100000",
            description = "sizes of the full runs whose peak heap is measured (default ${DEFAULT-VALUE})")
    int[] heapRuns;

    @Option(names = "--scenario", paramLabel = "FILE", description = "scenario (default: the Brink folder's " + Install.DEFAULT_SCENARIO + ")")
    Path scenarioFile;

    @Option(names = "--literal", paramLabel = "REP_YEARS", arity = "0..1", fallbackValue = "1000000", defaultValue = "0",
            description = {"also time one real full run of this many replication-years on all threads, once, start to finish",
                    "(${FALLBACK-VALUE} when no number is given: the size the speed target names; a minute or two)"})
    long literal;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "bench.json", description = "where to write the figures (default ${DEFAULT-VALUE})")
    Path out;

    @Override
    protected int execute() throws Exception {
        PrintWriter err = err();
        PrintWriter stdout = out();
        int t = threads.count();
        if (runs < 100) return badInput(err, "--runs: value " + runs + ": must be a whole number of at least 100");
        for (int n : heapRuns) if (n < 1) return badInput(err, "--heap-runs: value " + n + ": each must be at least 1");
        if (literal < 0 || literal > 100_000_000L) { // 0: not asked for
            return badInput(err, "--literal: value " + literal + ": allowed: a number of replication-years from 1 to 100,000,000");
        }
        Path where = out.toAbsolutePath().getParent();
        if (where == null || !Files.isDirectory(where) || !Files.isWritable(where) || Files.isDirectory(out)) {
            return badInput(err, out + ": cannot be written (" + (Files.isDirectory(out) ? "it is a folder"
                    : where == null || !Files.isDirectory(where) ? "no such folder " + where : "permission denied") + "); choose another --out");
        }
        Scenario scenario = new ScenarioLoader().load(scenarioFile == null ? Install.defaultScenario() : Install.input(scenarioFile));
        Benchmark.Result result = new Benchmark(scenario, runs, t, heapRuns, literal, line -> {
            err.println("bench: " + line);
            err.flush();
        }).run();
        table(stdout, result.values());
        Path tmp = out.resolveSibling(out.getFileName() + ".part");
        try {
            Files.writeString(tmp, result.json());
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            return badInput(err, out + ": cannot be written: " + e.getMessage());
        }
        stdout.println("Written to " + out);
        stdout.flush();
        return BrinkCli.OK;
    }

    private static int badInput(PrintWriter err, String message) {
        err.println("brink: " + message);
        return BrinkCli.BAD_INPUT;
    }

    @SuppressWarnings("unchecked")
    private static void table(PrintWriter o, Map<String, Object> v) {
        o.printf(Locale.ROOT, "Brink benchmark: %s, %s days, %s cores, Java %s, collectors %s%n", v.get("scenario"), v.get("horizon_days"),
                v.get("cores"), v.get("java_version"), String.join(" + ", (List<String>) v.get("garbage_collectors")));
        o.println("  full run (replications, statistics, runs.csv, daily.csv, rungs.csv on disk; no charts); best of repeats:");
        speed(o, v, "");
        o.println("  replications only (the model alone, nothing recorded); best of repeats:");
        speed(o, v, "replications_only_");
        if (v.containsKey("literal_seconds")) {
            o.printf(Locale.ROOT, "  one real full run of %,.0f replication-years, %s threads, timed once:%n", num(v, "literal_rep_years"), v.get("threads"));
            row(o, "  wall time", String.format(Locale.ROOT, "%.1f s", num(v, "literal_seconds")));
            row(o, "  time for 1,000,000 replication-years", String.format(Locale.ROOT, "%.0f s", num(v, "literal_seconds_per_million_rep_years")));
        }
        row(o, "per replication, MASON schedule", String.format(Locale.ROOT, "%.0f us", num(v, "us_per_replication_schedule")));
        row(o, "per replication, direct loop", String.format(Locale.ROOT, "%.0f us", num(v, "us_per_replication_direct")));
        row(o, "schedule overhead", String.format(Locale.ROOT, "%.0f%%", num(v, "schedule_overhead_percent")));
        Map<String, Object> g = (Map<String, Object>) v.get("generators");
        o.println("  random numbers, ns per draw: MASON's MT19937 / Commons RNG L64X128Mix (the model's):");
        row(o, "  64 bits", String.format(Locale.ROOT, "%.2f / %.2f", num(g, "mt19937_long_ns"), num(g, "l64x128mix_long_ns")));
        row(o, "  uniform double", String.format(Locale.ROOT, "%.2f / %.2f", num(g, "mt19937_double_ns"), num(g, "l64x128mix_double_ns")));
        row(o, "  normal (MT polar / LXM ziggurat)", String.format(Locale.ROOT, "%.2f / %.2f",
                num(g, "mt19937_polar_gaussian_ns"), num(g, "l64x128mix_ziggurat_gaussian_ns")));
        List<Map<String, Object>> heaps = (List<Map<String, Object>>) v.get("heap");
        for (Map<String, Object> h : heaps) {
            row(o, "live heap after GC, peak, " + TextWrap.count(((Number) h.get("runs")).longValue(), "run"),
                    String.format(Locale.ROOT, "%.0f MB", num(h, "peak_live_heap_mb")));
        }
        for (Map<String, Object> h : heaps) {
            row(o, "heap incl. garbage, peak, " + TextWrap.count(((Number) h.get("runs")).longValue(), "run"),
                    String.format(Locale.ROOT, "%.0f MB", num(h, "peak_heap_mb")));
        }
        if (v.containsKey("peak_heap_growth_percent")) {
            row(o, "growth, largest vs smallest N: live (incl. garbage)", String.format(Locale.ROOT, "%+.1f%% (%+.1f%%)",
                    num(v, "peak_live_heap_growth_percent"), num(v, "peak_heap_growth_percent")));
        }
        o.flush();
    }

    /** The speed rows of one measurement (keys prefixed by {@code prefix}). */
    private static void speed(PrintWriter o, Map<String, Object> v, String prefix) {
        row(o, "  replication-years/s, 1 thread", rate(v, prefix + "rep_years_per_s_1_thread"));
        row(o, "  replication-years/s, " + v.get("threads") + " threads", rate(v, prefix + "rep_years_per_s_all_threads"));
        row(o, "  parallel efficiency", String.format(Locale.ROOT, "%.0f%%", 100 * num(v, prefix + "parallel_efficiency")));
        row(o, "  time for 1,000,000 replication-years", String.format(Locale.ROOT, "%.0f s", num(v, prefix + "seconds_per_million_rep_years")));
    }

    /** The best repeat, and the median of the repeats beside it (how far the best can be trusted on a busy machine). */
    @SuppressWarnings("unchecked")
    private static String rate(Map<String, Object> v, String key) {
        List<Number> repeats = (List<Number>) ((Map<String, Object>) v.get("repeats")).get(key);
        double[] rates = repeats.stream().mapToDouble(Number::doubleValue).toArray();
        return String.format(Locale.ROOT, "%,.0f (median of %d: %,.0f)", num(v, key), rates.length, Benchmark.median(rates));
    }

    private static double num(Map<String, Object> v, String key) { return ((Number) v.get(key)).doubleValue(); }

    private static void row(PrintWriter o, String name, String value) {
        o.printf(Locale.ROOT, "  %-44s %s%n", name, value);
    }
}
