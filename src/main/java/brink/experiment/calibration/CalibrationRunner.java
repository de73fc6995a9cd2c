package brink.experiment.calibration;

import brink.results.ResultsException;
import brink.results.ResultsFolder;
import brink.results.RunManifest;
import brink.results.calibration.Particle;
import brink.results.calibration.ParticlesTable;
import brink.results.calibration.PopulationsTable;
import brink.results.calibration.PosteriorSummaryTable;
import brink.results.calibration.TargetFitTable;
import brink.results.calibration.Population;
import brink.scenario.calibration.CalibrationSpec;
import brink.stats.WeightedSample;
import brink.scenario.calibration.ParameterFit;
import brink.scenario.calibration.FittedParameter;
import brink.scenario.calibration.Target;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Runs a calibration into its folder, resumably, through the results lifecycle
 * ({@link ResultsFolder}: marker, lock, durable files). Each population is written to
 * populations/population-T.csv as soon as it is complete: the checkpoint. --resume keeps the
 * populations whose files are whole and belong to this calibration (calibration.json's
 * fingerprint) and continues with the next; since a population depends only on the one before it
 * and on its own seeds, the result is the same as an uninterrupted calibration.
 */
public final class CalibrationRunner {
    public static final List<String> OUTPUTS = List.of(ParticlesTable.POSTERIOR, ParticlesTable.FOLDER, PopulationsTable.FILE,
            TargetFitTable.FILE, PosteriorSummaryTable.FILE, FittedScenario.FILE, CalibrationManifest.FILE, "report.html", "charts");

    private final CalibrationSpec spec;
    private final ParticlesTable table;
    private final String command;
    private final String brinkVersion;

    public CalibrationRunner(CalibrationSpec spec, String command, String brinkVersion) {
        this.spec = spec;
        this.table = new ParticlesTable(spec.parameters().stream().map(FittedParameter::path).toList(),
                spec.targets().stream().map(Target::id).toList());
        this.command = command;
        this.brinkVersion = brinkVersion;
    }

    public CalibrationSpec spec() { return spec; }
    public String command() { return command; }

    /** Checks the output folder before anything is written (as a sweep does). */
    public void checkOutput(Path dir, boolean resume, boolean force) throws ResultsException {
        ResultsFolder.checkResumable(dir, resume, force, "calibration", CalibrationManifest.FILE, CalibrationManifest.fingerprint(spec),
                List.of(RunManifest.FILE, "sweep.json"), "a run, a comparison or a sweep",
                "parameters, priors, targets, ABC settings, seed or base scenario", "targets file");
    }

    public ResultsFolder open(Path dir, boolean resume, boolean force) throws ResultsException {
        return ResultsFolder.open(dir, ResultsFolder.Mode.of(resume, force), "This calibration folder is incomplete: calibration " + spec.name()
                + " is running or was interrupted.\nRun the same command again with --resume to finish it: "
                + "finished populations are kept, the rest are computed.\n");
    }

    /** Runs (or continues) the populations and writes every table and fitted.yaml. */
    public CalibrationResult run(ResultsFolder folder, boolean resume, int threads, CalibrationProgress progress)
            throws IOException, InterruptedException {
        Path dir = folder.dir();
        List<Population> pops = new ArrayList<>();
        AbcSmc abc = new AbcSmc(spec, threads);
        if (resume && CalibrationManifest.fingerprint(spec).equals(brink.results.Fingerprint.read(dir.resolve(CalibrationManifest.FILE)))) {
            pops.addAll(readCheckpoints(dir, abc));
        } else {
            deleteOutputs(dir);
        }
        int resumed = pops.size();
        for (Population p : pops) progress.populationDone(p, spec.abc().populations(), 0, true);
        folder.write(CalibrationManifest.FILE, CalibrationManifest.render(spec, command, brinkVersion, "running", null, null, null));
        List<Double> seconds = new ArrayList<>();
        String stop = pops.isEmpty() ? null : stopReason(pops.get(pops.size() - 1), abc);
        while (stop == null) {
            int t = pops.size();
            Population previous = t == 0 ? null : pops.get(t - 1);
            double tolerance = previous == null ? Double.POSITIVE_INFINITY : abc.tolerance(previous);
            progress.populationStarted(t, spec.abc().populations(), tolerance, spec.abc().particles());
            long start = System.nanoTime();
            AbcSmc.Outcome out = abc.population(t, previous, (pop, done, total) -> progress.accepted(done, total));
            double secs = (System.nanoTime() - start) / 1e9;
            if (out.population() == null) {
                stop = String.format(Locale.ROOT, "particle %d of population %d found no proposal within tolerance %s in max_attempts = %d "
                        + "proposals; population %d is the posterior", out.exhaustedSlot(), t, fmt(tolerance), spec.abc().maxAttempts(), t - 1);
                break;
            }
            Population p = out.population();
            pops.add(p);
            seconds.add(secs);
            folder.write(ParticlesTable.populationFile(t), table.render(p.particles()));
            folder.write(PopulationsTable.FILE, PopulationsTable.render(diagnostics(pops)));
            progress.populationDone(p, spec.abc().populations(), secs, false);
            stop = stopReason(p, abc);
        }
        folder.write(PopulationsTable.FILE, PopulationsTable.render(diagnostics(pops)));
        Population prior = pops.get(0), posterior = pops.get(pops.size() - 1);
        folder.write(ParticlesTable.POSTERIOR, table.render(posterior.particles()));
        List<ParameterFit> fits = new ArrayList<>();
        for (int i = 0; i < spec.dimension(); i++) {
            fits.add(FittedScenario.fit(spec.parameters().get(i), new WeightedSample(posterior.values(i), posterior.weights()),
                    new WeightedSample(prior.values(i), prior.weights())));
        }
        folder.write(PosteriorSummaryTable.FILE, PosteriorSummaryTable.render(summaries(fits, posterior)));
        folder.write(TargetFitTable.FILE, TargetFitTable.render(targetFits(prior, posterior)));
        folder.write(FittedScenario.FILE, FittedScenario.render(spec, fits, FittedScenario.extendsPath(dir, spec.base().file()), command));
        return new CalibrationResult(List.copyOf(pops), resumed, stop, List.copyOf(fits), List.copyOf(seconds));
    }

    /** Why the calibration stops after population p, or null to go on. */
    private String stopReason(Population p, AbcSmc abc) {
        int asked = spec.abc().populations();
        if (p.index() + 1 >= asked) return "reached the " + asked + " population" + (asked == 1 ? "" : "s") + " asked for";
        if (p.index() > 0 && p.acceptanceRate() < spec.abc().minAcceptance()) {
            return String.format(Locale.ROOT, "the acceptance rate %.4f of population %d fell below min_acceptance %s",
                    p.acceptanceRate(), p.index(), fmt(spec.abc().minAcceptance()));
        }
        if (abc.tolerance(p) == 0 && p.index() > 0 && p.tolerance() == 0) {
            return "the tolerance reached 0: every particle's statistics are inside every target's observed range";
        }
        return null;
    }

    /** The populations kept from an interrupted calibration: each whole, accepted at the tolerance its predecessor gives. */
    private List<Population> readCheckpoints(Path dir, AbcSmc abc) throws ResultsException {
        List<Population> out = new ArrayList<>();
        for (int t = 0; t < spec.abc().populations(); t++) {
            List<Particle> ps = table.readWhole(dir.resolve(ParticlesTable.populationFile(t)), spec.abc().particles());
            if (ps == null) break;
            double tol = t == 0 ? Double.POSITIVE_INFINITY : abc.tolerance(out.get(t - 1));
            if (ps.stream().anyMatch(p -> !(p.distance() <= tol))) break;
            out.add(new Population(t, tol, ps));
        }
        return out;
    }

    static List<PopulationsTable.Row> diagnostics(List<Population> pops) {
        List<PopulationsTable.Row> rows = new ArrayList<>();
        for (Population p : pops) {
            double[] d = p.distances();
            java.util.Arrays.sort(d);
            double median = d.length % 2 == 1 ? d[d.length / 2] : (d[d.length / 2 - 1] + d[d.length / 2]) / 2;
            rows.add(new PopulationsTable.Row(p.index(), p.tolerance(), p.particles().size(), p.simulated(), p.acceptanceRate(),
                    p.ess(), median, d[d.length - 1]));
        }
        return rows;
    }

    private List<PosteriorSummaryTable.Row> summaries(List<ParameterFit> fits, Population posterior) {
        List<PosteriorSummaryTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < fits.size(); i++) {
            ParameterFit f = fits.get(i);
            WeightedSample w = new WeightedSample(posterior.values(i), posterior.weights());
            rows.add(new PosteriorSummaryTable.Row(f.parameter().path(), f.parameter().prior().describe(), f.priorMean(), f.priorSd(),
                    f.mean(), f.sd(), w.quantile(0.05), w.quantile(0.5), w.quantile(0.95), f.priorSd() == 0 ? Double.NaN : f.sd() / f.priorSd(),
                    f.fitted().describe()));
        }
        return rows;
    }

    private List<TargetFitTable.Row> targetFits(Population prior, Population posterior) {
        List<TargetFitTable.Row> rows = new ArrayList<>();
        for (int k = 0; k < spec.targets().size(); k++) {
            Target t = spec.targets().get(k);
            WeightedSample a = new WeightedSample(prior.statistics(k), prior.weights());
            WeightedSample b = new WeightedSample(posterior.statistics(k), posterior.weights());
            rows.add(new TargetFitTable.Row(t.id(), t.describe(), t.low(), t.high(), t.scale(), a.mean(), a.quantile(0.05), a.quantile(0.95),
                    b.mean(), b.quantile(0.05), b.quantile(0.95), b.shareWithin(t.low(), t.high()), t.provenance().describe()));
        }
        return rows;
    }

    /** The calibration and its report are written: calibration.json records every file, and the folder is complete. */
    public void complete(ResultsFolder folder, CalibrationResult result) throws ResultsException {
        folder.write(CalibrationManifest.FILE, CalibrationManifest.render(spec, command, brinkVersion, RunManifest.COMPLETE,
                result.stopReason(), result.seconds(), folder.records()));
        folder.complete();
    }

    static void deleteOutputs(Path dir) throws ResultsException {
        ResultsFolder.deleteNamed(dir, OUTPUTS);
    }

    static String fmt(double v) {
        return Double.isInfinite(v) ? "none" : String.format(Locale.ROOT, "%.4g", v);
    }
}
