package brink.cli;

import brink.experiment.engine.ClusterSession;
import brink.experiment.sweep.ClusterPointExecutor;
import brink.experiment.sweep.DesignPlan;
import brink.experiment.sweep.LocalPointExecutor;
import brink.experiment.sweep.PointExecutor;
import brink.experiment.sweep.ReplicationPointEvaluator;
import brink.experiment.sweep.SweepProgress;
import brink.experiment.sweep.SweepRunner;
import brink.experiment.sweep.SweepSource;
import brink.report.sweep.SweepCharts;
import brink.report.sweep.SweepReport;
import brink.results.ResultsFolder;
import brink.results.sweep.NoiseShare;
import brink.results.sweep.PointsTable;
import brink.results.sweep.SensitivityTable;
import brink.results.sweep.SweepResult;
import brink.scenario.ScenarioLoader;
import brink.scenario.sweep.Outcome;
import brink.scenario.sweep.SweepLoader;
import brink.scenario.sweep.SweepSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** {@code brink sweep FILE}: a parameter sweep with sensitivity analysis, resumable. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        header = "Run a parameter sweep with sensitivity analysis; resumable.",
        description = {"Runs a parameter sweep (grid, Latin hypercube, Sobol/Saltelli or Morris) over a base scenario: "
                + "points x replications on all cores, with per-point estimates and 95%% intervals in points.csv, "
                + "sensitivity indices in sensitivity.csv, charts (PNG + SVG) and report.html.",
                "Killed at any moment, it continues with --resume and ends with the same points.csv as a straight run. "
                + "The sweep file format is in docs/sweeps.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the sweep finished", "1:internal error",
                "2:bad input (sweep file, scenario, output folder: nothing was written), or the output could not be written (no space, no permission: the folder is marked INCOMPLETE)",
                "3:finished with failures: some points threw inside the model (see failures.csv); --resume retries them",
                "130:interrupted by Ctrl-C (SIGINT); the folder is marked INCOMPLETE, --resume continues it",
                "143:stopped by SIGTERM; the same: the folder is marked INCOMPLETE, --resume continues it"},
        footer = {"", "Examples:",
                "  brink sweep scenarios/sweeps/nk-troops-x-nato-restraint.yaml",
                "  brink sweep scenarios/sweeps/morris-actors.yaml --threads 8 --out /tmp/morris",
                "  brink sweep scenarios/sweeps/morris-actors.yaml --out /tmp/morris --resume",
                "  brink sweep scenarios/sweeps/lhs-8-factors.yaml --engine spark \\",
                "      --master spark://127.0.0.1:7077"})
public final class SweepCommand extends BrinkCommand {
    public static final int FINISHED_WITH_FAILURES = 3;

    @Parameters(index = "0", paramLabel = "FILE", description = "the sweep file (YAML), e.g. scenarios/sweeps/morris-actors.yaml")
    Path file;

    @Mixin Options.Output output;
    @Mixin Options.Threads threads;
    @Mixin Options.Engine engine;
    @Mixin Options.Quiet quiet;

    @Option(names = "--resume", description = "continue an interrupted sweep in DIR: keep its finished points, compute the rest")
    boolean resume;

    @Option(names = "--replications", paramLabel = "R", description = "replications per point, instead of the file's (recorded in sweep.json)")
    Integer replications;

    @Option(names = "--points", paramLabel = "N", description = "design size instead of the file's: grid points_per_factor, lhs points, "
            + "sobol base_samples, morris trajectories (recorded in sweep.json)")
    Integer points;

    /** Top factors printed per outcome. */
    static final int TOP_FACTORS = 3;

    @Override
    protected int execute() throws Exception {
        PrintWriter err = err();
        PrintWriter outw = out();
        SweepSpec fromFile = new SweepLoader().load(Install.input(file));
        SweepSpec sweep;
        try {
            sweep = fromFile.resized(replications, points);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        DesignPlan plan = DesignPlan.of(sweep);
        engine.check();
        Path dir = output.orDefault(sweep.name());
        int threadCount = threads.count();
        SweepRunner runner = new SweepRunner(sweep, plan, BrinkCli.Version.version(),
                engine.cluster() ? engine.kind + " " + engine.masterOrDefault() : SweepRunner.LOCAL_ENGINE);
        runner.checkOutput(dir, resume, output.force);
        try (ClusterSession cluster = engine.cluster()
                ? Engines.connect(engine.kind.name(), engine.masterOrDefault(), "brink sweep " + sweep.name()) : null) {
            String where = cluster == null ? threadCount + " threads" : engine.kind + " master " + cluster.master() + ", " + cluster.workers();
            if (!quiet.quiet) {
                err.printf("brink sweep %s: %s design, %d points x %d replications, %s -> %s%n",
                        sweep.name(), sweep.design().key(), plan.size(), sweep.replications(), where, ScenarioLoader.label(dir));
                err.flush();
            }
            SweepProgress progress = quiet.quiet ? SweepProgress.NONE
                    : new SweepProgressDisplay(System.err, System.console() != null, cluster == null ? "sweep" : "sweep on " + where);
            PointExecutor executor = cluster == null
                    ? new LocalPointExecutor(threadCount, () -> new ReplicationPointEvaluator(sweep))
                    : new ClusterPointExecutor(cluster, SweepSource.of(fromFile, replications, points), engine.pointsPerTask());
            return sweep(runner, sweep, plan, dir, progress, executor);
        }
    }

    private int sweep(SweepRunner runner, SweepSpec sweep, DesignPlan plan, Path dir, SweepProgress progress,
                      PointExecutor executor) throws Exception {
        PrintWriter err = err();
        PrintWriter outw = out();
        return writing(dir, "run the same command again with --resume to finish it", () -> {
            SweepResult result;
            try (ResultsFolder folder = runner.open(dir, resume, output.force)) {
                result = runner.run(folder, resume, executor, progress);
                SweepReport.write(folder, sweep, plan.points(), result, BrinkCli.Version.version());
                runner.complete(folder);
            }
            if (result.damaged() > 0) {
                err.printf("brink: %d row(s) of %s did not match their checksum or the design; those points were computed again%n",
                        result.damaged(), ScenarioLoader.label(dir.resolve(PointsTable.FILE)));
            }
            // the summary, like brink run's, also with --quiet (which only silences the progress)
            outw.printf("%d points done (%d computed now, %d kept from before), %d failed%n",
                    result.points().size(), result.computed(), result.reused(), result.failures().size());
            printTopFactors(outw, sweep, result);
            outw.printf("wrote %s/{points.csv, sensitivity.csv, sweep.json, report.html, charts/}%n", ScenarioLoader.label(dir));
            outw.flush();
            if (!result.failures().isEmpty()) {
                err.printf("brink: %d point(s) failed inside the model; see %s (--resume retries them)%n",
                        result.failures().size(), ScenarioLoader.label(dir.resolve(SweepRunner.FAILURES)));
                err.flush();
                return FINISHED_WITH_FAILURES;
            }
            return BrinkCli.OK;
        });
    }

    /** Per outcome: the noise share and the factors with the largest index, with their intervals. */
    private static void printTopFactors(PrintWriter out, SweepSpec sweep, SweepResult result) {
        String measure = SweepCharts.tornadoMeasure(sweep);
        java.util.Map<String, NoiseShare> noise = new java.util.HashMap<>();
        for (NoiseShare n : NoiseShare.of(sweep.outcomeIds(), result.points().values())) noise.put(n.outcome(), n);
        out.printf("Top factors per outcome (%s, 95%% interval; noise = share of the spread across points that Monte Carlo noise could explain):%n",
                SweepCharts.measureLabel(measure));
        for (Outcome o : sweep.outcomes()) {
            NoiseShare n = noise.get(o.id());
            out.printf("  %s%s%n", o.id(), n == null || Double.isNaN(n.share()) ? "" : String.format(java.util.Locale.ROOT, " (noise %.0f%%)", 100 * n.share()));
            List<SensitivityTable.Row> ranked = SweepCharts.ranked(result.sensitivity(), o, measure);
            for (SensitivityTable.Row r : ranked.subList(0, Math.min(TOP_FACTORS, ranked.size()))) {
                out.printf(java.util.Locale.ROOT, "    %-52s %10s%s%n", r.factor(), SweepCharts.fmt(r.estimate()),
                        Double.isNaN(r.low()) ? "" : "  [" + SweepCharts.fmt(r.low()) + ", " + SweepCharts.fmt(r.high()) + "]");
            }
        }
    }
}
