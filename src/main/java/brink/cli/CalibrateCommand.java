package brink.cli;

import brink.experiment.calibration.CalibrationProgress;
import brink.experiment.calibration.CalibrationResult;
import brink.experiment.calibration.CalibrationRunner;
import brink.report.CalibrationReport;
import brink.results.ResultsFolder;
import brink.results.calibration.Population;
import brink.scenario.ScenarioLoader;
import brink.scenario.calibration.CalibrationSpec;
import brink.scenario.calibration.ParameterFit;
import brink.scenario.calibration.TargetsLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code brink calibrate FILE}: fit uncertain parameters to targets by ABC-SMC; resumable. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        header = "Fit a scenario's uncertain parameters to targets (ABC-SMC); resumable.",
        description = {"Fits the parameters a targets file declares to its targets by approximate Bayesian computation "
                + "(ABC-SMC: populations of particles at decreasing tolerances). Writes to results/calibration-<name>/ "
                + "(or --out): posterior.csv, every population "
                + "(populations/), populations.csv, parameters.csv, targets.csv, fitted.yaml (a what-if that extends the base "
                + "scenario with the fitted distributions), charts (PNG + SVG) and report.html.",
                "Killed at any moment, it continues with --resume from the last finished population and ends with the same "
                + "posterior as a straight run; the same seed gives the same posterior at any --threads. "
                + "The targets file format is in docs/calibration.md."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the calibration finished", "1:internal error",
                "2:bad input (targets file, scenario, output folder: nothing was written), or the output could not be written (the folder is marked INCOMPLETE)",
                "130:interrupted by Ctrl-C (SIGINT); the folder is marked INCOMPLETE, --resume continues it",
                "143:stopped by SIGTERM; the same: the folder is marked INCOMPLETE, --resume continues it"},
        footer = {"", "Examples:",
                "  brink calibrate scenarios/calibration/articles.yaml",
                "  brink calibrate scenarios/calibration/example-china-presses.yaml --threads 2",
                "  brink calibrate scenarios/calibration/articles.yaml --out /tmp/fit --resume"})
public final class CalibrateCommand extends BrinkCommand {

    @Parameters(index = "0", paramLabel = "FILE", description = "the targets file (YAML), e.g. scenarios/calibration/articles.yaml")
    Path file;

    @Mixin Options.Output output;
    @Mixin Options.Threads threads;
    @Mixin Options.Quiet quiet;

    @Option(names = "--seed", paramLabel = "S", description = "master seed instead of the file's (default: the file's seed, or 1)")
    Long seed;

    @Option(names = "--resume", description = "continue an interrupted calibration in DIR: keep its finished populations, compute the rest")
    boolean resume;

    @Option(names = "--particles", paramLabel = "N", description = "particles per population, instead of the file's abc.particles")
    Integer particles;

    @Option(names = "--populations", paramLabel = "P", description = "most populations, instead of the file's abc.populations")
    Integer populations;

    @Option(names = "--replications", paramLabel = "R", description = "runs per particle, instead of the file's abc.replications")
    Integer replications;

    @Override
    protected int execute() throws Exception {
        PrintWriter err = err();
        PrintWriter outw = out();
        CalibrationSpec fromFile = new TargetsLoader().load(Install.input(file));
        check(particles, "--particles", 2, TargetsLoader.MAX_PARTICLES);
        check(populations, "--populations", 1, TargetsLoader.MAX_POPULATIONS);
        check(replications, "--replications", 1, TargetsLoader.MAX_REPLICATIONS);
        CalibrationSpec calibration = fromFile.resized(particles, populations, replications).withSeed(seed);
        Path dir = output.orDefault("calibration-" + calibration.name());
        CalibrationRunner runner = new CalibrationRunner(calibration, command(calibration), BrinkCli.Version.version());
        runner.checkOutput(dir, resume, output.force);
        int threadCount = threads.count();
        if (!quiet.quiet) {
            err.printf("brink calibrate %s: %d parameters, %d targets, %d particles x %d runs of %d days, up to %d populations, %d threads -> %s%n",
                    calibration.name(), calibration.dimension(), calibration.targets().size(), calibration.abc().particles(),
                    calibration.abc().replications(), calibration.lastDay(), calibration.abc().populations(), threadCount,
                    ScenarioLoader.label(dir));
            err.flush();
        }
        CalibrationProgress progress = quiet.quiet ? CalibrationProgress.NONE : new CalibrationProgressDisplay(err);
        return writing(dir, "run the same command again with --resume to finish it", () -> {
            CalibrationResult result;
            try (ResultsFolder folder = runner.open(dir, resume, output.force)) {
                result = runner.run(folder, resume, threadCount, progress);
                CalibrationReport.write(folder, calibration, result.populations(), result.fits(), result.stopReason(),
                        runner.command(), BrinkCli.Version.version());
                runner.complete(folder, result);
            }
            summary(outw, calibration, result, dir);
            return BrinkCli.OK;
        });
    }

    private void check(Integer v, String option, int min, int max) {
        if (v != null && (v < min || v > max)) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": value " + v + ": allowed: a whole number from "
                    + min + " to " + max);
        }
    }

    /** The command that reproduces this calibration, for provenance: the file, the seed and any size given. */
    private String command(CalibrationSpec c) {
        List<String> parts = new ArrayList<>(List.of("brink", "calibrate", ScenarioLoader.label(file), "--seed", String.valueOf(c.seed())));
        if (particles != null) parts.addAll(List.of("--particles", String.valueOf(particles)));
        if (populations != null) parts.addAll(List.of("--populations", String.valueOf(populations)));
        if (replications != null) parts.addAll(List.of("--replications", String.valueOf(replications)));
        return String.join(" ", parts);
    }

    private static void summary(PrintWriter out, CalibrationSpec c, CalibrationResult r, Path dir) {
        Population post = r.posterior();
        out.printf(Locale.ROOT, "%d populations (%d computed now, %d kept from before); stopped: %s%n", r.populations().size(),
                r.populations().size() - r.resumed(), r.resumed(), r.stopReason());
        out.printf(Locale.ROOT, "Posterior (population %d, tolerance %.4g, ESS %.1f of %d):%n", post.index(), post.tolerance(), post.ess(),
                post.particles().size());
        for (ParameterFit f : r.fits()) {
            out.printf(Locale.ROOT, "  %-52s prior %.4g +- %.3g -> posterior %.4g +- %.3g%s%n", f.parameter().path(), f.priorMean(), f.priorSd(),
                    f.mean(), f.sd(), f.informed() ? "" : "  (not informed: prior kept)");
        }
        out.printf("wrote %s/{posterior.csv, populations/, populations.csv, parameters.csv, targets.csv, fitted.yaml, calibration.json, report.html, charts/}%n",
                ScenarioLoader.label(dir));
        out.flush();
    }
}
