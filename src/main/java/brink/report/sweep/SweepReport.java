package brink.report.sweep;

import brink.chart.ChartFiles;
import brink.results.ResultsException;
import brink.results.ResultsFolder;
import brink.results.sweep.PointResult;
import brink.results.sweep.SweepPoint;
import brink.results.sweep.SweepResult;
import brink.scenario.ScenarioLoader;
import brink.scenario.sweep.Factor;
import brink.scenario.sweep.Outcome;
import brink.scenario.sweep.SweepSpec;
import org.jfree.chart.JFreeChart;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Writes a finished sweep's charts (charts/*.png and *.svg) and a self-contained report.html
 * (images embedded as base64; every string from files HTML-escaped) into the sweep's folder.
 * Everything is drawn from the sweep's results: the points, their estimates and the indices
 * already in sensitivity.csv.
 */
public final class SweepReport {
    public static final String FILE = "report.html";
    private static final int W = 900, H = 620, SW = 640, SH = 440;

    private SweepReport() {}

    private record Figure(String name, String caption, byte[] png, byte[] svg) {}

    /**
     * @param plan every point of the design in index order (failed ones included)
     */
    public static void write(ResultsFolder folder, SweepSpec spec, List<SweepPoint> plan, SweepResult result, String version)
            throws ResultsException {
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
                        figures.add(chart(SweepCharts.heatmap(spec, out, xs, ys, z, level, n),
                                "heatmap_" + out.id(), "Heatmap of " + out.title() + " over the two factors", W, H));
                    } else {
                        scatters(spec, out, plan, est, low, high, figures);
                    }
                }
                case LHS -> scatters(spec, out, plan, est, low, high, figures);
                case SOBOL -> figures.add(chart(SweepCharts.sobolBars(spec, out, result.sensitivity(), n),
                        "sobol_" + out.id(), "Sobol first- and total-order indices for " + out.title(), W, H));
                case MORRIS -> figures.add(chart(SweepCharts.morrisScatter(spec, out,
                                FactorMeasure.of(spec, result.sensitivity(), out, "mu_star"),
                                FactorMeasure.of(spec, result.sensitivity(), out, "sigma"), n),
                        "morris_" + out.id(), "Morris mu* against sigma for " + out.title(), W, H));
            }
        }
        SweepHtml html = new SweepHtml(spec, n, result, version);
        // the summary first: one tornado per outcome, the factors sorted by their index, with intervals
        for (Outcome out : outcomes) {
            Figure f = chart(SweepCharts.tornado(spec, out, result.sensitivity(), n), "tornado_" + out.id(),
                    "What drives " + out.title() + ": " + SweepCharts.measureLabel(SweepCharts.tornadoMeasure(spec))
                            + " of each factor, largest first, with 95% intervals", W, H);
            html.summary(f.name(), f.caption(), Base64.getEncoder().encodeToString(f.png()));
            writeFigure(folder, f);
        }
        for (Figure f : figures) {
            writeFigure(folder, f);
            html.figure(f.name(), f.caption(), Base64.getEncoder().encodeToString(f.png()));
        }
        folder.write(FILE, html.render());
    }

    private static void writeFigure(ResultsFolder folder, Figure f) throws ResultsException {
        folder.write("charts/" + f.name() + ".png", f.png());
        folder.write("charts/" + f.name() + ".svg", f.svg());
    }

    private static void scatters(SweepSpec spec, Outcome out, List<SweepPoint> plan, double[] est, double[] low, double[] high,
                                 List<Figure> figures) {
        for (int i = 0; i < spec.factorCount(); i++) {
            double[] x = new double[plan.size()];
            for (int p = 0; p < x.length; p++) x[p] = plan.get(p).values()[i];
            String name = "scatter_" + out.id() + "_" + spec.factors().get(i).path().replace('.', '_');
            figures.add(chart(SweepCharts.outcomeVsFactor(spec, out, i, x, est, low, high, plan.size()), name,
                    out.title() + " against " + spec.factors().get(i).path(), SW, SH));
        }
    }

    private static Figure chart(JFreeChart chart, String name, String caption, int w, int h) {
        return new Figure(name, caption, ChartFiles.png(chart, w, h), ChartFiles.svg(chart, w, h));
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
