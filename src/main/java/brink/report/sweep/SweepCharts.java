package brink.report.sweep;

import brink.results.sweep.SensitivityTable;
import brink.scenario.sweep.Factor;
import brink.scenario.sweep.Outcome;
import brink.scenario.sweep.SweepSpec;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** The sweep's charts, built from its spec and results; no files, no windows. */
public final class SweepCharts {
    private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final Color WHITE_LINE = Color.WHITE;

    private SweepCharts() {}

    static TextTitle subtitle(SweepSpec spec, int points) {
        TextTitle t = new TextTitle(subtitleText(spec, points), SMALL);
        t.setPaint(Color.DARK_GRAY);
        return t;
    }

    /**
     * "sweep s (sobol, N = 32 base samples): 256 points x 400 replications, base scenario b". A Sobol
     * design's N is its base samples, as in Saltelli's scheme and the sweep file, not its points.
     */
    static String subtitleText(SweepSpec spec, int points) {
        String design = switch (spec.design()) {
            case SOBOL -> "sobol, N = " + fmt(spec.options().baseSamples()) + " base samples";
            case MORRIS -> "morris, r = " + fmt(spec.options().trajectories()) + " trajectories";
            case GRID, LHS -> spec.design().key();
        };
        return "sweep " + spec.name() + " (" + design + "): " + fmt(points) + " points x " + fmt(spec.replications())
                + " replications, base scenario " + spec.base().name();
    }

    /** Characters per line of a factor's label on the horizontal bar charts (tornado, Sobol). */
    static final int LABEL_WIDTH = 44;
    /** Lines a factor's label may take on those charts (the axis is told the same). */
    static final int LABEL_LINES = 3;

    /**
     * A factor's full parameter path, wrapped after its dots (and, inside a name longer than a
     * line, after its underscores) into lines of at most {@code width} characters: JFreeChart breaks
     * category labels at line ends, and would otherwise break inside a word or end with an ellipsis.
     */
    static String wrapped(String path, int width) {
        StringBuilder out = new StringBuilder(), line = new StringBuilder();
        for (String segment : path.split("(?<=\\.)")) {
            for (String part : segment.length() > width ? segment.split("(?<=_)") : new String[]{segment}) {
                if (line.length() > 0 && line.length() + part.length() > width) {
                    out.append(line).append('\n');
                    line.setLength(0);
                }
                line.append(part);
            }
        }
        return out.append(line).toString();
    }

    /** The vertical axis of a horizontal bar chart, one factor per row, its full path wrapped. */
    private static CategoryAxis factorAxis() {
        CategoryAxis x = new CategoryAxis(null);
        x.setTickLabelFont(SMALL);
        x.setMaximumCategoryLabelLines(LABEL_LINES);
        x.setMaximumCategoryLabelWidthRatio(0.45f);
        return x;
    }

    /** The measure a design's tornado chart ranks factors by. */
    public static String tornadoMeasure(SweepSpec spec) {
        return switch (spec.design()) {
            case SOBOL -> "ST";
            case MORRIS -> "mu_star";
            case GRID, LHS -> "prcc";
        };
    }

    /** What the measure is, for axis labels and the console. */
    public static String measureLabel(String measure) {
        return switch (measure) {
            case "ST" -> "Sobol total-order index ST";
            case "S1" -> "Sobol first-order index S1";
            case "mu_star" -> "Morris mu* (mean |elementary effect|)";
            default -> "partial rank correlation (PRCC)";
        };
    }

    /** The factors' rows of one measure for one outcome, largest |estimate| first (NaN last). */
    public static List<SensitivityTable.Row> ranked(List<SensitivityTable.Row> rows, Outcome outcome, String measure) {
        return rows.stream().filter(r -> r.outcome().equals(outcome.id()) && r.measure().equals(measure))
                .sorted(Comparator.comparingDouble((SensitivityTable.Row r) -> Double.isNaN(r.estimate()) ? 1 : -Math.abs(r.estimate())))
                .toList();
    }

    /** Factors shown on a tornado chart at most. */
    static final int TORNADO_FACTORS = 20;

    /**
     * Tornado chart: each factor's index for one outcome as a horizontal bar with its 95% interval,
     * the largest at the top, labelled by its full parameter path.
     */
    public static JFreeChart tornado(SweepSpec spec, Outcome outcome, List<SensitivityTable.Row> rows, int points) {
        String measure = tornadoMeasure(spec);
        List<SensitivityTable.Row> ranked = ranked(rows, outcome, measure);
        List<SensitivityTable.Row> shown = ranked.subList(0, Math.min(TORNADO_FACTORS, ranked.size()));
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        double[][] low = new double[1][shown.size()], high = new double[1][shown.size()];
        double lo = 0, hi = 0;
        for (int i = 0; i < shown.size(); i++) {
            SensitivityTable.Row r = shown.get(i);
            ds.addValue(Double.isNaN(r.estimate()) ? null : r.estimate(), measure, wrapped(r.factor(), LABEL_WIDTH));
            low[0][i] = r.low();
            high[0][i] = r.high();
            for (double v : new double[]{r.estimate(), r.low(), r.high()}) {
                if (!Double.isNaN(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
            }
        }
        CategoryAxis x = factorAxis();
        NumberAxis y = new NumberAxis(measureLabel(measure) + ", 95% interval");
        double pad = Math.max(0.02, 0.05 * (hi - lo));
        y.setRange(lo - (lo < 0 ? pad : 0), hi + pad);
        ErrorBarRenderer r = new ErrorBarRenderer(low, high);
        r.setSeriesPaint(0, new Color(0x3B, 0x52, 0x8B));
        r.setShadowVisible(false);
        r.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        CategoryPlot plot = new CategoryPlot(ds, x, y, r);
        plot.setOrientation(org.jfree.chart.plot.PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart("What drives " + outcome.title(), new Font(Font.SANS_SERIF, Font.BOLD, 16), plot, false);
        chart.addSubtitle(subtitle(spec, points));
        TextTitle note = new TextTitle((ranked.size() > shown.size() ? "the " + shown.size() + " of " + ranked.size() + " factors with the largest |index|; "
                : "factors sorted by |index|; ") + "error bars: 95% intervals", SMALL);
        note.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(note);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /**
     * Heatmap of an outcome over a 2-factor grid (factor 0 across, factor 1 up), with the
     * tipping contour where the outcome crosses {@code level}.
     *
     * @param z z[i][j]: the outcome at level i of factor 0 and level j of factor 1 (NaN if failed)
     */
    public static JFreeChart heatmap(SweepSpec spec, Outcome outcome, double[] xs, double[] ys, double[][] z,
                                     double level, int points) {
        boolean evenX = evenlySpaced(xs), evenY = evenlySpaced(ys);
        double[] cx = evenX ? xs : IntStream.range(0, xs.length).asDoubleStream().toArray();
        double[] cy = evenY ? ys : IntStream.range(0, ys.length).asDoubleStream().toArray();
        int n = xs.length * ys.length;
        double[][] data = new double[3][n];
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = 0, p = 0; i < xs.length; i++) {
            for (int j = 0; j < ys.length; j++, p++) {
                data[0][p] = cx[i];
                data[1][p] = cy[j];
                data[2][p] = z[i][j];
                if (!Double.isNaN(z[i][j])) { lo = Math.min(lo, z[i][j]); hi = Math.max(hi, z[i][j]); }
            }
        }
        if (outcome.kind() == Outcome.Kind.PROBABILITY) { lo = Math.min(lo, 0); hi = Math.max(hi, Math.min(1, Math.max(hi, lo + 1e-6))); }
        if (!(hi > lo)) hi = lo + 1;
        DefaultXYZDataset ds = new DefaultXYZDataset();
        ds.addSeries(outcome.id(), data);
        XYBlockRenderer r = new XYBlockRenderer();
        r.setBlockWidth(cx.length > 1 ? cx[1] - cx[0] : 1);
        r.setBlockHeight(cy.length > 1 ? cy[1] - cy[0] : 1);
        ColorRamp scale = new ColorRamp(lo, hi);
        r.setPaintScale(scale);
        Factor fx = spec.factors().get(0), fy = spec.factors().get(1);
        ValueAxis xAxis = evenX ? new NumberAxis(fx.label()) : symbolAxis(fx.label(), xs);
        ValueAxis yAxis = evenY ? new NumberAxis(fy.label()) : symbolAxis(fy.label(), ys);
        if (xAxis instanceof NumberAxis a) a.setAutoRangeIncludesZero(false);
        if (yAxis instanceof NumberAxis a) a.setAutoRangeIncludesZero(false);
        double hw = r.getBlockWidth() / 2, hh = r.getBlockHeight() / 2;
        xAxis.setRange(cx[0] - hw, cx[cx.length - 1] + hw);
        yAxis.setRange(cy[0] - hh, cy[cy.length - 1] + hh);
        XYPlot plot = new XYPlot(ds, xAxis, yAxis, r);
        plot.setBackgroundPaint(Color.LIGHT_GRAY);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        r.setBlockAnchor(org.jfree.chart.ui.RectangleAnchor.CENTER);
        BasicStroke contour = new BasicStroke(2.5f);
        for (MarchingSquares.Segment s : MarchingSquares.contour(cx, cy, z, level)) {
            plot.addAnnotation(new XYLineAnnotation(s.x1(), s.y1(), s.x2(), s.y2(), contour, WHITE_LINE));
        }
        JFreeChart chart = new JFreeChart(outcome.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        NumberAxis legendAxis = new NumberAxis(outcome.unit());
        legendAxis.setRange(lo, hi);
        PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(new RectangleInsets(5, 5, 5, 5));
        legend.setStripWidth(14);
        legend.setFrame(new BlockBorder(Color.GRAY));
        chart.addSubtitle(legend);
        chart.addSubtitle(subtitle(spec, points));
        TextTitle note = new TextTitle("white line: tipping contour where the outcome crosses " + fmt(level)
                + (Double.isNaN(outcome.threshold()) ? " (middle of its range)" : " (threshold from the sweep file)"), SMALL);
        note.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(note);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static SymbolAxis symbolAxis(String label, double[] values) {
        String[] s = new String[values.length];
        for (int i = 0; i < s.length; i++) s[i] = fmt(values[i]);
        return new SymbolAxis(label, s);
    }

    private static boolean evenlySpaced(double[] v) {
        if (v.length < 3) return true;
        double step = v[1] - v[0];
        for (int i = 2; i < v.length; i++) {
            if (Math.abs((v[i] - v[i - 1]) - step) > 1e-9 * Math.max(1, Math.abs(step))) return false;
        }
        return step > 0;
    }

    /**
     * Bar chart of S1 and ST per factor with their bootstrap intervals: horizontal bars, one row per
     * factor in the sweep file's order, each labelled by its full parameter path (vertical bars left
     * room for some 16 characters, so paths were cut and two factors of one actor looked alike).
     */
    public static JFreeChart sobolBars(SweepSpec spec, Outcome outcome, List<SensitivityTable.Row> rows, int points) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        int k = spec.factorCount();
        double[][] low = new double[2][k], high = new double[2][k];
        for (int i = 0; i < k; i++) {
            Factor f = spec.factors().get(i);
            for (SensitivityTable.Row r : rows) {
                if (!r.outcome().equals(outcome.id()) || !r.factor().equals(f.path())) continue;
                int s = r.measure().equals("S1") ? 0 : r.measure().equals("ST") ? 1 : -1;
                if (s < 0) continue;
                ds.addValue(Double.isNaN(r.estimate()) ? null : r.estimate(), s == 0 ? "S1 (first order)" : "ST (total order)", wrapped(f.path(), LABEL_WIDTH));
                low[s][i] = r.low();
                high[s][i] = r.high();
            }
        }
        CategoryAxis x = factorAxis();
        NumberAxis y = new NumberAxis("Sobol index (share of output variance)");
        ErrorBarRenderer r = new ErrorBarRenderer(low, high);
        r.setSeriesPaint(0, new Color(0x3B, 0x52, 0x8B));
        r.setSeriesPaint(1, new Color(0xF2, 0x8E, 0x2B));
        r.setShadowVisible(false);
        r.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        // the axis must show the whole intervals, not just the bars
        double lo = 0, hi = 0;
        for (int s = 0; s < 2; s++) {
            for (int i = 0; i < k; i++) {
                Number v = ds.getColumnCount() > i && ds.getRowCount() > s ? ds.getValue(s, i) : null;
                if (v != null) { lo = Math.min(lo, v.doubleValue()); hi = Math.max(hi, v.doubleValue()); }
                if (!Double.isNaN(low[s][i])) lo = Math.min(lo, low[s][i]);
                if (!Double.isNaN(high[s][i])) hi = Math.max(hi, high[s][i]);
            }
        }
        double pad = Math.max(0.02, 0.05 * (hi - lo));
        y.setRange(lo - (lo < 0 ? pad : 0), hi + pad);
        CategoryPlot plot = new CategoryPlot(ds, x, y, r);
        plot.setOrientation(org.jfree.chart.plot.PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart("Sobol indices: " + outcome.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.addSubtitle(subtitle(spec, points));
        TextTitle note = new TextTitle("error bars: 95% bootstrap intervals over the "
                + spec.options().baseSamples() + " base rows", SMALL);
        note.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(note);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Morris mu* against sigma, one labelled point per factor (the largest mu* labelled). */
    public static JFreeChart morrisScatter(SweepSpec spec, Outcome outcome, FactorMeasure muStar, FactorMeasure sigma, int points) {
        int k = spec.factorCount();
        XYIntervalSeries s = new XYIntervalSeries("factors (bars: 95% bootstrap interval of mu*)");
        for (int i = 0; i < k; i++) {
            if (Double.isNaN(muStar.estimate()[i]) || Double.isNaN(sigma.estimate()[i])) continue;
            double lo = Double.isNaN(muStar.low()[i]) ? muStar.estimate()[i] : muStar.low()[i];
            double hi = Double.isNaN(muStar.high()[i]) ? muStar.estimate()[i] : muStar.high()[i];
            s.add(muStar.estimate()[i], lo, hi, sigma.estimate()[i], sigma.estimate()[i], sigma.estimate()[i]);
        }
        XYIntervalSeriesCollection ds = new XYIntervalSeriesCollection();
        ds.addSeries(s);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawYError(false);
        r.setDefaultLinesVisible(false);
        r.setSeriesPaint(0, new Color(0x3B, 0x52, 0x8B));
        NumberAxis x = new NumberAxis("mu* (mean |elementary effect|, " + outcome.unit() + " per factor range)");
        NumberAxis y = new NumberAxis("sigma (sd of elementary effects, " + outcome.unit() + " per factor range)");
        XYPlot plot = new XYPlot(ds, x, y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        final int labelled = 15;
        Integer[] order = IntStream.range(0, k).boxed()
                .filter(i -> !Double.isNaN(muStar.estimate()[i]) && !Double.isNaN(sigma.estimate()[i]))
                .sorted(Comparator.comparingDouble(i -> -muStar.estimate()[i])).toArray(Integer[]::new);
        for (int n = 0; n < Math.min(labelled, order.length); n++) {
            int i = order[n];
            XYTextAnnotation a = new XYTextAnnotation(" " + spec.factors().get(i).path(), muStar.estimate()[i], sigma.estimate()[i]);
            a.setFont(SMALL);
            a.setTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addAnnotation(a);
        }
        double max = 0;
        for (int i = 0; i < k; i++) if (!Double.isNaN(muStar.estimate()[i])) max = Math.max(max, Math.max(muStar.estimate()[i], sigma.estimate()[i]));
        if (max > 0) plot.addAnnotation(new XYLineAnnotation(0, 0, max, max, new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 1f, new float[]{4f, 4f}, 0f), Color.GRAY));
        JFreeChart chart = new JFreeChart("Morris screening: " + outcome.title(), JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.addSubtitle(subtitle(spec, points));
        TextTitle note = new TextTitle("top " + Math.min(labelled, order.length) + " factors by mu* labelled; dashed line sigma = mu* "
                + "(above it: non-linear or interacting)", SMALL);
        note.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(note);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Outcome against one factor, each point with its 95% interval. */
    public static JFreeChart outcomeVsFactor(SweepSpec spec, Outcome outcome, int factor, double[] x, double[] est,
                                             double[] low, double[] high, int points) {
        YIntervalSeries s = new YIntervalSeries(outcome.id() + " (95% interval)");
        for (int p = 0; p < x.length; p++) if (!Double.isNaN(est[p])) s.add(x[p], est[p], low[p], high[p]);
        YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
        ds.addSeries(s);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDefaultLinesVisible(false);
        r.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
        r.setSeriesPaint(0, new Color(0x3B, 0x52, 0x8B, 200));
        r.setErrorPaint(new Color(0x3B, 0x52, 0x8B, 70));
        Factor f = spec.factors().get(factor);
        NumberAxis xa = new NumberAxis(f.label());
        xa.setAutoRangeIncludesZero(false);
        NumberAxis ya = new NumberAxis(outcome.title() + " (" + outcome.unit() + ")");
        ya.setAutoRangeIncludesZero(false);
        ya.setLabelFont(SMALL);
        XYPlot plot = new XYPlot(ds, xa, ya, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(outcome.id() + " vs " + f.path(), new Font(Font.SANS_SERIF, Font.BOLD, 14), plot, true);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(subtitle(spec, points));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Four significant digits, no trailing zeros, thousands separated: 0.05, 2e-05, 1,250, 0.3733. */
    public static String fmt(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return String.valueOf(v);
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(java.util.Locale.ROOT, "%,d", (long) v);
        java.math.BigDecimal d = new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros();
        if (Math.abs(v) < 1e-3) return d.toString().replace("E", "e");
        return Math.abs(v) >= 1000 ? String.format(java.util.Locale.ROOT, "%,.0f", d.doubleValue()) : d.toPlainString();
    }
}
