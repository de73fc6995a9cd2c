package brink.cli;

import brink.experiment.Manifest;
import brink.experiment.MonteCarloExperiment;
import brink.experiment.engine.ClusterSession;
import brink.experiment.MonteCarloResult;
import brink.experiment.MonteCarloRunner;
import brink.experiment.ResultsPostProcessor;
import brink.experiment.RunTables;
import brink.model.Metric;
import brink.model.Rung;
import brink.report.RunReport;
import brink.results.ResultsFolder;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** {@code brink run}: a Monte Carlo experiment of a scenario into a results folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        header = "Run a scenario many times (Monte Carlo): tables, charts and an HTML report.",
        description = {"Runs a scenario many times (Monte Carlo) and writes a results folder:",
                "manifest.json, runs.csv, daily.csv, rungs.csv, events.log, charts and report.html.",
                "The same seed gives byte-identical files whatever the number of threads."})
public final class RunCommand extends BrinkCommand {
    /** The most runs one folder holds (a runs.csv of about 1.2 KB a row). */
    static final int MAX_RUNS = 100_000_000;

    @Parameters(index = "0", paramLabel = "FILE", description = "scenario file (YAML); a relative path not found here is looked for in the Brink folder")
    Path file;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1000", description = "replications, 1 to 100,000,000 (default ${DEFAULT-VALUE})")
    int runs;

    @Mixin Options.Seed seed;
    @Mixin Options.Threads threads;
    @Mixin Options.Engine engine;
    @Mixin Options.Days days;
    @Mixin Options.Output output;
    @Mixin Options.Quiet quiet;

    @Option(names = "--record", paramLabel = "METRIC", split = ",",
            description = "write series.parquet: these metrics (comma-separated, or 'all') per run and day, e.g. escalation_level,russian_casualties")
    List<String> record;

    @Option(names = "--every", paramLabel = "K", description = "with --record: a row every K days, 1 to the horizon (day 0, K, 2K, ...; default 1)")
    Integer every;

    @Option(names = "--sample-runs", paramLabel = "M|all", description = "with --record: the first M runs, or all (default 100)")
    String sampleRuns;

    @Option(names = "--runs-parquet", description = "also write runs.csv's rows as runs.parquet")
    boolean runsParquet;

    /** The Parquet tables asked for, checked (a user's mistake is an exit-2 message). */
    private RunTables.Spec tables() {
        if (record == null) {
            if (every != null || sampleRuns != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), (every != null ? "--every" : "--sample-runs")
                        + ": needs --record METRIC,... (the metrics to write per run and day)");
            }
            return new RunTables.Spec(List.of(), 1, 0, runsParquet);
        }
        List<Metric> metrics = new ArrayList<>();
        for (String key : record) {
            if (key.equals("all")) {
                metrics.addAll(List.of(Metric.values()));
                continue;
            }
            Metric m = Metric.fromKey(key.trim());
            if (m == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--record: '" + key + "' is not a metric; allowed: all, "
                        + java.util.Arrays.stream(Metric.values()).map(Metric::key).collect(java.util.stream.Collectors.joining(", ")));
            }
            if (!metrics.contains(m)) metrics.add(m);
        }
        int k = every == null ? 1 : every;
        if (k < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--every: value " + k + ": must be a whole number of at least 1");
        long m;
        if (sampleRuns == null) m = 100;
        else if (sampleRuns.equals("all")) m = Long.MAX_VALUE;
        else {
            try {
                m = Long.parseLong(sampleRuns);
            } catch (NumberFormatException e) {
                m = -1;
            }
            if (m < 1) throw new CommandLine.ParameterException(spec.commandLine(), "--sample-runs: value '" + sampleRuns
                    + "': allowed: a whole number of at least 1, or all");
        }
        return new RunTables.Spec(metrics, k, m, runsParquet);
    }

    /** A row every K days beyond the horizon would write day 0 only: refused, as the horizon is known only now. */
    private void checkEvery(RunTables.Spec tables, int horizon) {
        if (tables.series() && tables.every() > horizon) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--every: value " + tables.every()
                    + ": allowed: at most the horizon, " + TextWrap.count(horizon, "day") + " (--every K writes day 0, K, 2K, ...)");
        }
    }

    /** What runs after the data files, before the folder is complete: charts and report.html. */
    static ResultsPostProcessor postProcessor() {
        return RunReport::write;
    }

    @Override
    protected int execute() throws Exception {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        PrintWriter err = err();
        if (runs < 1 || runs > MAX_RUNS) {
            err.println("brink: --runs: value " + runs + ": allowed: a whole number from 1 to " + String.format(Locale.ROOT, "%,d", MAX_RUNS));
            return BrinkCli.BAD_INPUT;
        }
        RunTables.Spec tables = tables();
        engine.check();
        if (engine.cluster() && tables.any()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--engine " + engine.kind
                    + ": --record and --runs-parquet are written on local threads only; leave them out, or use --engine local");
        }
        Path input = Install.input(file);
        Scenario scenario = days.apply(new ScenarioLoader().load(input)); // a ScenarioException is a user's mistake: exit 2
        checkEvery(tables, scenario.horizonDays());
        Path dir = output.orDefault(scenario.name());
        ResultsFolder.check(dir, output.force ? ResultsFolder.Mode.FORCE : ResultsFolder.Mode.NEW); // exit 2 before anything is written

        int threadCount = threads.count();
        List<String> args = new ArrayList<>(List.of("--runs", String.valueOf(runs), "--seed", String.valueOf(seed.value()),
                "--days", String.valueOf(scenario.horizonDays())));
        args.addAll(tableArguments(tables));
        if (engine.cluster()) args.addAll(List.of("--engine", engine.kind.name(), "--master", engine.masterOrDefault()));
        Manifest.Run run = new Manifest.Run(scenario, seed.value(), runs, threadCount, Install.command("run", input, args, dir),
                BrinkCli.Version.version(), started, t0);
        MonteCarloExperiment experiment = new MonteCarloExperiment(run, postProcessor(), tables);
        try (ClusterSession cluster = engine.cluster()
                ? Engines.connect(engine.kind.name(), engine.masterOrDefault(), "brink run " + scenario.name()) : null) {
            String where = threadCount + " thread" + (threadCount == 1 ? "" : "s");
            if (cluster != null) {
                experiment.onCluster(cluster, engine.pointsPerTask());
                where = engine.kind + " master " + cluster.master() + ", " + cluster.workers();
                if (!quiet.quiet) err.println("brink run " + scenario.name() + ": on " + where);
            }
            String on = where;
            return writing(dir, "run the same command again with --force to redo it", () -> {
                MonteCarloResult result;
                try (Progress progress = quiet.quiet ? null : Progress.start(err, runs, cluster == null ? "runs" : "runs on " + on)) {
                    result = experiment.execute(dir, output.force, progress);
                }
                summary(out(), result, run.elapsedSeconds(), on, dir);
                return BrinkCli.OK;
            });
        }
    }

    /** The options that make the same Parquet tables again (for the command the manifest records). */
    private static List<String> tableArguments(RunTables.Spec tables) {
        List<String> words = new ArrayList<>();
        if (tables.series()) {
            words.addAll(List.of("--record", tables.metrics().stream().map(Metric::key).collect(java.util.stream.Collectors.joining(",")),
                    "--every", String.valueOf(tables.every()),
                    "--sample-runs", tables.sampleRuns() == Long.MAX_VALUE ? "all" : String.valueOf(tables.sampleRuns())));
        }
        if (tables.runs()) words.add("--runs-parquet");
        return words;
    }

    /** {@code where}: what computed the runs ("2 threads", "spark master ..., 2 executors"). */
    private static void summary(PrintWriter out, MonteCarloResult r, double seconds, String where, Path dir) {
        Scenario s = r.scenario();
        out.printf(Locale.ROOT, "%s: %s of %s, seed %d, %s, %.1f s%n", s.name(), TextWrap.count(r.runs(), "run"),
                TextWrap.count(r.days(), "day"), r.seed(), where, seconds);
        out.printf(Locale.ROOT, "Probability of reaching each rung within %s (runs that did / all runs, share [95%% Wilson interval]):%n",
                TextWrap.count(r.days(), "day"));
        for (Rung g : Rung.values()) {
            if (g.level() == 0) continue;
            double median = r.medianCrossingDay(g);
            out.printf(Locale.ROOT, "  %2d %-27s %17s  %-34s%s%n", g.level(), g.key(), r.odds(g).count(), r.odds(g).share(),
                    Double.isNaN(median) ? "" : String.format(Locale.ROOT, "  median day %.0f", median));
        }
        out.println("Results in " + dir + "/: " + String.join(", ", filesIn(dir)));
        out.flush();
    }

    private static List<String> filesIn(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> !ResultsFolder.isLifecycleFile(p.getFileName().toString()))
                    .map(p -> p.getFileName() + (Files.isDirectory(p) ? "/" : "")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Progress on stderr: a bar on a terminal, one plain line every ~5% otherwise. */
    abstract static class Progress implements MonteCarloRunner.ProgressListener, AutoCloseable {
        /** {@code name} names the bar on a terminal ("runs", "runs on spark master ..., 2 executors"). */
        static Progress start(PrintWriter err, long total, String name) {
            return System.console() != null ? new Bar(total, name) : new Lines(err, total);
        }

        @Override
        public abstract void close();

        private static final class Bar extends Progress {
            private final ProgressBar bar;

            Bar(long total, String name) {
                bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(total)
                        .setStyle(ProgressBarStyle.ASCII).setUnit(" runs", 1).showSpeed()
                        .setUpdateIntervalMillis(250).build();
            }

            @Override
            public void progress(long done, long total) { bar.stepTo(done); }

            @Override
            public void close() { bar.close(); }
        }

        private static final class Lines extends Progress {
            private final PrintWriter err;
            private final long total;
            private final long t0 = System.nanoTime();
            private int lastPercent = -5;

            Lines(PrintWriter err, long total) {
                this.err = err;
                this.total = total;
            }

            @Override
            public void progress(long done, long totalRuns) {
                int percent = (int) (100 * done / total);
                if (percent < lastPercent + 5 && done < total) return;
                lastPercent = percent;
                double seconds = (System.nanoTime() - t0) / 1e9;
                double rate = done / Math.max(1e-9, seconds);
                err.printf(Locale.ROOT, "brink: %3d%% %,d/%,d runs, %,.0f runs/s, ETA %.0f s%n", percent, done, total,
                        rate, (total - done) / Math.max(1e-9, rate));
                err.flush();
            }

            @Override
            public void close() { }
        }
    }
}
