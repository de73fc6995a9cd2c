package brink.cli;

import brink.experiment.sweep.DesignPlan;
import brink.experiment.sweep.LocalPointExecutor;
import brink.experiment.sweep.ReplicationPointEvaluator;
import brink.experiment.sweep.SweepProgress;
import brink.experiment.sweep.SweepRunner;
import brink.report.sweep.SweepReport;
import brink.results.ResultsFolder;
import brink.results.sweep.PointsTable;
import brink.results.sweep.SweepResult;
import brink.scenario.ScenarioLoader;
import brink.scenario.sweep.SweepLoader;
import brink.scenario.sweep.SweepSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;

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
                "130:interrupted (Ctrl-C or SIGTERM); the folder is marked INCOMPLETE, --resume continues it"},
        footer = {"", "Examples:",
                "  brink sweep scenarios/sweeps/nk-troops-x-nato-restraint.yaml",
                "  brink sweep scenarios/sweeps/morris-actors.yaml --threads 8 --out /tmp/morris",
                "  brink sweep scenarios/sweeps/morris-actors.yaml --out /tmp/morris --resume"})
public final class SweepCommand extends BrinkCommand {
    public static final int FINISHED_WITH_FAILURES = 3;

    @Parameters(index = "0", paramLabel = "FILE", description = "the sweep file (YAML), e.g. scenarios/sweeps/morris-actors.yaml")
    Path file;

    @Mixin Options.Output output;
    @Mixin Options.Threads threads;
    @Mixin Options.Quiet quiet;

    @Option(names = "--resume", description = "continue an interrupted sweep in DIR: keep its finished points, compute the rest")
    boolean resume;

    @Override
    protected int execute() throws Exception {
        PrintWriter err = err();
        PrintWriter outw = out();
        SweepSpec sweep = new SweepLoader().load(Install.input(file));
        DesignPlan plan = DesignPlan.of(sweep);
        Path dir = output.orDefault(sweep.name());
        SweepRunner runner = new SweepRunner(sweep, plan, BrinkCli.Version.version());
        runner.checkOutput(dir, resume, output.force);
        int threadCount = threads.count();
        if (!quiet.quiet) {
            err.printf("brink sweep %s: %s design, %d points x %d replications, %d threads -> %s%n",
                    sweep.name(), sweep.design().key(), plan.size(), sweep.replications(), threadCount, ScenarioLoader.label(dir));
            err.flush();
        }
        SweepProgress progress = quiet.quiet ? SweepProgress.NONE
                : new SweepProgressDisplay(System.err, System.console() != null);
        LocalPointExecutor executor = new LocalPointExecutor(threadCount, () -> new ReplicationPointEvaluator(sweep));
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
}
