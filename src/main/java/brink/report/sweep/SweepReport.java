package brink.report.sweep;

import brink.experiment.sweep.DesignPlan;
import brink.experiment.sweep.Factor;
import brink.experiment.sweep.MorrisEffects;
import brink.experiment.sweep.Outcome;
import brink.experiment.sweep.PointResult;
import brink.experiment.sweep.SweepRunner;
import brink.experiment.sweep.SweepSpec;
import brink.scenario.ScenarioLoader;
import brink.experiment.AtomicFile;
import brink.chart.ChartFiles;
import org.jfree.chart.JFreeChart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Writes a finished sweep's charts (charts/*.png and *.svg) and a self-contained report.html
 * (images embedded as base64; every string from files HTML-escaped).
 */
public final class SweepReport {
    public static final String FILE = "report.html";
    private static final int W = 900, H = 620, SW = 640, SH = 440;

    private SweepReport() {}

    private record Figure(String name, String caption, byte[] png) {}

    public static void write(Path dir, SweepSpec spec, DesignPlan plan, SweepRunner.Result result, String version)
            throws IOException {
        Path charts = dir.resolve("charts");
        Map<Integer, PointResult> points = result.points();
        int n = plan.size();
        List<Figure> figures = new ArrayList<>();
        List<Outcome> outcomes = spec.outcomes();
        for (int o = 0; o < outcomes.size(); o++) {
            Outcome out = outcomes.get(o);
            double[] est = column(points, n, o, 0), low = column(points, n, o, 1), high = column(points, n, o, 2);
            switch (spec.design()) {
                case GRID -> {
                    if (spec.factorCount() == 2) {
                        Factor fx = spec.factors().get(0), fy = spec.factors().get(1);
                        double[] xs = fx.gridValues(spec.options().pointsPerFactor());
                        double[] ys = fy.gridValues(spec.options().pointsPerFactor());
                        double[][] z = new double[xs.length][ys.length];
                        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
                        for (int i = 0; i < xs.length; i++) {
                            for (int j = 0; j < ys.length; j++) {
                                z[i][j] = est[i * ys.length + j];
                                if (!Double.isNaN(z[i][j])) { lo = Math.min(lo, z[i][j]); hi = Math.max(hi, z[i][j]); }
                            }
                        }
                        double level = !Double.isNaN(out.threshold()) ? out.threshold() : (lo + hi) / 2;
                        figures.add(chart(SweepCharts.heatmap(spec, out, xs, ys, z, level, n), charts,
                                "heatmap_" + out.id(), "Heatmap of " + out.title() + " over the two factors", W, H));
                    } else {
                        scatters(spec, out, plan, est, low, high, charts, figures);
                    }
                }
                case LHS -> scatters(spec, out, plan, est, low, high, charts, figures);
                case SOBOL -> figures.add(chart(SweepCharts.sobolBars(spec, out, result.sensitivity(), n), charts,
                        "sobol_" + out.id(), "Sobol first- and total-order indices for " + out.title(), W, H));
                case MORRIS -> figures.add(chart(SweepCharts.morrisScatter(spec, out, MorrisEffects.compute(plan.morris(), est, spec.seed()), n),
                        charts, "morris_" + out.id(), "Morris mu* against sigma for " + out.title(), W, H));
            }
        }
        SweepHtml html = new SweepHtml(spec, plan, result, version);
        // the summary first: one tornado per outcome, the factors sorted by their index, with intervals
        for (Outcome out : outcomes) {
            Figure f = chart(SweepCharts.tornado(spec, out, result.sensitivity(), n), charts, "tornado_" + out.id(),
                    "What drives " + out.title() + ": " + SweepCharts.measureLabel(SweepCharts.tornadoMeasure(spec))
                            + " of each factor, largest first, with 95% intervals", W, H);
            html.summary(f.name(), f.caption(), Base64.getEncoder().encodeToString(f.png()));
        }
        for (Figure f : figures) html.figure(f.name(), f.caption(), Base64.getEncoder().encodeToString(f.png()));
        AtomicFile.writeString(dir.resolve(FILE), html.render());
    }

    private static void scatters(SweepSpec spec, Outcome out, DesignPlan plan, double[] est, double[] low, double[] high,
                                 Path charts, List<Figure> figures) throws IOException {
        for (int i = 0; i < spec.factorCount(); i++) {
            double[] x = new double[plan.size()];
            for (int p = 0; p < x.length; p++) x[p] = plan.points().get(p).values()[i];
            String name = "scatter_" + out.id() + "_" + spec.factors().get(i).path().replace('.', '_');
            figures.add(chart(SweepCharts.outcomeVsFactor(spec, out, i, x, est, low, high, plan.size()), charts, name,
                    out.title() + " against " + spec.factors().get(i).path(), SW, SH));
        }
    }

    private static Figure chart(JFreeChart chart, Path dir, String name, String caption, int w, int h) throws IOException {
        return new Figure(name, caption, Files.readAllBytes(ChartFiles.save(chart, dir, name, w, h)));
    }

    /** Estimates (which = 0), lows (1) or highs (2) of outcome o by point index; NaN where missing. */
    private static double[] column(Map<Integer, PointResult> points, int n, int o, int which) {
        double[] v = new double[n];
        for (int p = 0; p < n; p++) {
            PointResult r = points.get(p);
            v[p] = r == null ? Double.NaN : which == 0 ? r.estimate()[o] : which == 1 ? r.low()[o] : r.high()[o];
        }
        return v;
    }

    static String label(Path p) { return ScenarioLoader.label(p); }
}
