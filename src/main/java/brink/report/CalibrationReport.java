package brink.report;

import brink.chart.PriorPosteriorChart;
import brink.results.ResultsException;
import brink.results.ResultsFolder;
import brink.results.calibration.Population;
import brink.scenario.calibration.CalibrationSpec;
import brink.stats.WeightedSample;
import brink.scenario.calibration.ParameterFit;
import brink.scenario.calibration.Target;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The calibration's report.html and charts: posterior vs prior per parameter, each target's
 * simulated statistic under the prior and the posterior against its observed range, the
 * populations' diagnostics, and the fitted distributions.
 */
public final class CalibrationReport {
    public static final String FILE = "report.html";

    private CalibrationReport() {}

    /**
     * Writes the charts and report.html.
     *
     * @param populations every population, the first drawn from the prior, the last the posterior
     * @param fits        each parameter's fit, in the targets file's order
     */
    public static void write(ResultsFolder folder, CalibrationSpec spec, List<Population> populations, List<ParameterFit> fits,
                             String stopReason, String command, String brinkVersion) throws ResultsException {
        Population prior = populations.get(0), post = populations.get(populations.size() - 1);
        String sub = spec.name() + " on " + spec.base().name() + ", " + post.particles().size() + " particles x "
                + spec.abc().replications() + " runs, seed " + spec.seed() + ", population " + post.index();
        List<ChartRef> params = new ArrayList<>();
        for (int i = 0; i < spec.dimension(); i++) {
            String path = spec.parameters().get(i).path();
            params.add(ChartRef.draw("posterior-" + i, path, "Posterior (weighted, population " + post.index()
                            + ") and prior (population 0, drawn from " + spec.parameters().get(i).prior().describe() + ") of " + path,
                    PriorPosteriorChart.build(path, sub, path + " (" + spec.parameters().get(i).def().unit() + ")",
                            prior.values(i), prior.weights(), post.values(i), post.weights(), Double.NaN, Double.NaN)));
        }
        List<ChartRef> targets = new ArrayList<>();
        for (int k = 0; k < spec.targets().size(); k++) {
            Target t = spec.targets().get(k);
            targets.add(ChartRef.draw("target-" + t.id(), t.id(), t.describe() + ": observed " + t.observedText()
                            + " (shaded); simulated by the prior's particles (grey) and the posterior's (blue)",
                    PriorPosteriorChart.build(t.id() + ": " + t.describe(), sub, t.describe(), prior.statistics(k), prior.weights(),
                            post.statistics(k), post.weights(), t.low(), t.high())));
        }
        List<ChartRef> all = new ArrayList<>(params);
        all.addAll(targets);
        ChartRef.writeAll(folder, all);
        folder.write(FILE, page(spec, populations, fits, stopReason, params, targets, command, brinkVersion));
    }

    private static String page(CalibrationSpec spec, List<Population> populations, List<ParameterFit> fits, String stopReason,
                               List<ChartRef> params, List<ChartRef> targets, String command, String brinkVersion) {
        Population prior = populations.get(0), post = populations.get(populations.size() - 1);
        HtmlPage h = new HtmlPage("Calibration " + spec.name());
        h.h1("Calibration: " + spec.title());
        h.lead(spec.description().isBlank() ? "ABC-SMC fit of " + spec.dimension() + " parameters of " + spec.base().name()
                + " to " + spec.targets().size() + " targets." : spec.description());
        h.facts(List.of(
                new String[]{"targets file", spec.fileLabel()},
                new String[]{"base scenario", spec.base().name() + " (" + spec.lastDay() + " days simulated)"},
                new String[]{"command", command},
                new String[]{"method", "ABC-SMC (Toni et al. 2009; Beaumont et al. 2009): " + spec.abc().particles() + " particles, "
                        + spec.abc().replications() + " runs per particle, tolerance = the " + spec.abc().quantile()
                        + " quantile of the previous population's distances, kernel variance twice the weighted variance"},
                new String[]{"stopped", stopReason},
                new String[]{"posterior", "population " + post.index() + String.format(Locale.ROOT, ", tolerance %.4g, ESS %.1f",
                        post.tolerance(), post.ess())},
                new String[]{"brink", brinkVersion}));
        h.note(List.of(
                "Distance: the square root of the sum over targets of (gap to the observed range / scale)^2; 0 when every statistic is inside its range.",
                "A parameter whose posterior is as wide as its prior (sd ratio near 1) is not identified by these targets: its value stays a judgement.",
                "fitted.yaml summarises each parameter alone (truncated normal on the prior's range, or the prior when uninformed); "
                        + "correlations between parameters are in posterior.csv only."));

        h.h2("Parameters: posterior vs prior");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < fits.size(); i++) {
            ParameterFit f = fits.get(i);
            WeightedSample w = new WeightedSample(post.values(i), post.weights());
            rows.add(List.of(f.parameter().path(), f.parameter().prior().describe(), n(f.priorMean()), n(f.priorSd()), n(f.mean()), n(f.sd()),
                    "[" + n(w.quantile(0.05)) + ", " + n(w.quantile(0.95)) + "]", n(f.priorSd() == 0 ? Double.NaN : f.sd() / f.priorSd()),
                    f.informed() ? f.fitted().describe() : "prior kept (not informed)"));
        }
        h.table("parameters", List.of("parameter", "prior", "prior mean", "prior sd", "posterior mean", "posterior sd", "90% interval",
                "sd ratio", "fitted"), rows, new boolean[]{false, false, true, true, true, true, true, true, false}, null);
        for (ChartRef c : params) h.figure(c.png(), c.title(), c.caption());

        h.h2("Targets: observed vs simulated");
        List<List<String>> trows = new ArrayList<>();
        for (int k = 0; k < spec.targets().size(); k++) {
            Target t = spec.targets().get(k);
            WeightedSample a = new WeightedSample(prior.statistics(k), prior.weights());
            WeightedSample b = new WeightedSample(post.statistics(k), post.weights());
            trows.add(List.of(t.id(), t.describe(), t.observedText(), n(t.scale()),
                    n(a.mean()) + " [" + n(a.quantile(0.05)) + ", " + n(a.quantile(0.95)) + "]",
                    n(b.mean()) + " [" + n(b.quantile(0.05)) + ", " + n(b.quantile(0.95)) + "]",
                    String.format(Locale.ROOT, "%.0f%%", 100 * b.shareWithin(t.low(), t.high())),
                    t.provenance().describe() + (t.interpretation().isEmpty() ? "" : " Interpretation: " + t.interpretation())));
        }
        h.table("targets", List.of("target", "statistic", "observed", "scale", "prior: mean [5%, 95%]", "posterior: mean [5%, 95%]",
                "posterior inside", "source"), trows, new boolean[]{false, false, true, true, true, true, true, false}, null);
        for (ChartRef c : targets) h.figure(c.png(), c.title(), c.caption());

        h.h2("Populations");
        List<List<String>> prows = new ArrayList<>();
        for (Population p : populations) {
            prows.add(List.of(String.valueOf(p.index()), Double.isInfinite(p.tolerance()) ? "none (prior)" : n(p.tolerance()),
                    String.valueOf(p.particles().size()), String.valueOf(p.simulated()),
                    String.format(Locale.ROOT, "%.1f%%", 100 * p.acceptanceRate()), String.format(Locale.ROOT, "%.1f", p.ess())));
        }
        h.table("populations", List.of("population", "tolerance", "particles", "proposals simulated", "acceptance", "ESS"), prows,
                new boolean[]{true, true, true, true, true, true}, null);
        h.footer("Files: posterior.csv (the last population's particles), populations/ (every population: the checkpoints --resume "
                + "continues from), populations.csv, parameters.csv, targets.csv, fitted.yaml, calibration.json.");
        return h.render();
    }

    private static String n(double v) {
        if (Double.isNaN(v)) return "";
        if (v != 0 && (Math.abs(v) >= 1e5 || Math.abs(v) < 1e-3)) return String.format(Locale.ROOT, "%.4g", v);
        return String.format(Locale.ROOT, "%.4g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }
}
