package brink.cli;

import brink.experiment.sweep.DesignPlan;
import brink.experiment.sweep.LocalPointExecutor;
import brink.experiment.sweep.ReplicationPointEvaluator;
import brink.experiment.sweep.SweepLoader;
import brink.experiment.sweep.SweepProgress;
import brink.experiment.sweep.SweepRunner;
import brink.experiment.sweep.SweepSpec;
import brink.report.sweep.SweepReport;
import brink.scenario.ScenarioException;
import brink.scenario.ScenarioLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code brink sweep FILE}: a parameter sweep with sensitivity analysis, resumable. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Runs a parameter sweep (grid, Latin hypercube, Sobol/Saltelli or Morris) over a base scenario:",
                "points x replications on all cores, with per-point estimates and 95%% intervals in points.csv,",
                "sensitivity indices in sensitivity.csv, charts (PNG + SVG) and report.html.",
                "Killed at any moment, it continues with --resume and gives the same points.csv as a straight run."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the sweep finished", "1:internal error",
                "2:bad input (sweep file, scenario or output folder); nothing was written",
                "3:finished with failures: some points threw inside the model (see failures.csv); --resume retries them"})
public final class SweepCommand implements Callable<Integer> {
    public static final int FINISHED_WITH_FAILURES = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec cmd;

    @Parameters(index = "0", paramLabel = "FILE", description = "the sweep file (YAML), e.g. scenarios/sweeps/morris-actors.yaml")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default results/<sweep name>/)")
    Path out;

    @Option(names = "--threads", paramLabel = "T", description = "worker threads (default: all cores, ${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--resume", description = "continue an interrupted sweep in DIR: keep its finished points, compute the rest")
    boolean resume;

    @Option(names = "--force", description = "overwrite the sweep's files in an existing non-empty DIR")
    boolean force;

    @Option(names = "--quiet", description = "no progress output")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter err = cmd.commandLine().getErr();
        PrintWriter outw = cmd.commandLine().getOut();
        if (threads < 1) {
            err.println("brink sweep: --threads: value " + threads + ": allowed: a whole number of 1 or more");
            return BrinkCli.BAD_INPUT;
        }
        try {
            SweepSpec spec = new SweepLoader().load(file);
            DesignPlan plan = DesignPlan.of(spec);
            Path dir = out != null ? out : Path.of("results", spec.name());
            SweepRunner runner = new SweepRunner(spec, plan, BrinkCli.Version.version());
            runner.checkOutput(dir, resume, force);
            if (!quiet) {
                err.printf("brink sweep %s: %s design, %d points x %d replications, %d threads -> %s%n",
                        spec.name(), spec.design().key(), plan.size(), spec.replications(), threads, ScenarioLoader.label(dir));
                err.flush();
            }
            SweepProgress progress = quiet ? SweepProgress.NONE
                    : new SweepProgressDisplay(System.err, System.console() != null);
            LocalPointExecutor executor = new LocalPointExecutor(threads, () -> new ReplicationPointEvaluator(spec));
            SweepRunner.Result result = runner.run(dir, resume, executor, progress);
            SweepReport.write(dir, spec, plan, result, BrinkCli.Version.version());
            SweepRunner.markComplete(dir);
            if (!quiet) {
                outw.printf("%d points done (%d computed now, %d kept from before), %d failed%n",
                        result.points().size(), result.computed(), result.reused(), result.failures().size());
                outw.printf("wrote %s/{points.csv, sensitivity.csv, sweep.json, report.html, charts/}%n", ScenarioLoader.label(dir));
                outw.flush();
            }
            if (!result.failures().isEmpty()) {
                err.printf("brink sweep: %d point(s) failed inside the model; see %s%n", result.failures().size(),
                        ScenarioLoader.label(dir.resolve(SweepRunner.FAILURES)));
                return FINISHED_WITH_FAILURES;
            }
            return BrinkCli.OK;
        } catch (ScenarioException e) {
            err.println("brink sweep: " + e.getMessage());
            return BrinkCli.BAD_INPUT;
        } catch (IOException e) {
            err.println("brink sweep: cannot write the results: " + e);
            return BrinkCli.INTERNAL_ERROR;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("brink sweep: interrupted; run again with --resume to finish");
            return BrinkCli.INTERNAL_ERROR;
        }
    }
}
