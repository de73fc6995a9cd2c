package brink.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.Shape;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;

/**
 * A fan chart: for each fan, the median line over days with a shaded band holding the middle 50%
 * of runs (p25-p75) and, optionally, a lighter band holding the middle 90% (p5-p95). Several fans
 * on one chart (two sides, or several scenarios in a comparison) each get their own colour.
 */
public final class FanChart {
    private static final int ALPHA_50 = 90;
    private static final int ALPHA_90 = 40;
    private static final Shape LEGEND_BOX = new Rectangle(-7, -7, 14, 14);

    private final String title;
    private final String subtitle;
    private final String xLabel;
    private final String yLabel;
    private final List<Fan> fans = new ArrayList<>();
    private boolean integerTicks;
    private double yMin = Double.NaN;
    private double yMax = Double.NaN;

    private record Fan(String label, Color colour, FanData data, boolean ninety) {}

    public FanChart(String title, String subtitle, String xLabel, String yLabel) {
        this.title = title;
        this.subtitle = subtitle;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    /** Adds a fan; {@code ninety} draws the 90% band as well as the 50% band. */
    public FanChart add(String label, Color colour, FanData data, boolean ninety) {
        fans.add(new Fan(label, colour, data, ninety));
        return this;
    }

    /** Whole-number ticks on the value axis (rungs, troops). */
    public FanChart integerTicks() {
        integerTicks = true;
        return this;
    }

    /** A fixed value range (e.g. rungs 0 to 11). */
    public FanChart yRange(double min, double max) {
        yMin = min;
        yMax = max;
        return this;
    }

    public JFreeChart build() {
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0);
        x.setUpperMargin(0.01);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = new NumberAxis(yLabel);
        y.setAutoRangeIncludesZero(false);
        y.setNumberFormatOverride(new DecimalFormat("#,##0.##"));
        if (integerTicks) y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        if (!Double.isNaN(yMin)) y.setRange(yMin, yMax);
        ChartStyle.axes(x, y);

        XYPlot plot = new XYPlot(null, x, y, null);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        // Legend grouped by fan (median, 50%, 90%); drawing order: all bands first (90% under
        // 50%), then all median lines on top so no band hides a line.
        LegendItemCollection legend = new LegendItemCollection();
        boolean named = fans.size() > 1;
        int index = 0;
        for (Fan f : fans) {
            String prefix = named ? f.label + ": " : "";
            legend.add(line(prefix + "median", f.colour, index == 0 ? ChartStyle.LINE : ChartStyle.DASHED));
            legend.add(box(prefix + "50% of runs (p25 to p75)", ChartStyle.translucent(f.colour, ALPHA_50)));
            if (f.ninety) legend.add(box(prefix + "90% of runs (p5 to p95)", ChartStyle.translucent(f.colour, ALPHA_90)));
            if (f.ninety) {
                plot.setDataset(index, band(f.data, f.data.p5(), f.data.p95()));
                plot.setRenderer(index++, bandRenderer(ChartStyle.translucent(f.colour, ALPHA_90)));
            }
            plot.setDataset(index, band(f.data, f.data.p25(), f.data.p75()));
            plot.setRenderer(index++, bandRenderer(ChartStyle.translucent(f.colour, ALPHA_50)));
        }
        boolean first = true;
        for (Fan f : fans) {
            plot.setDataset(index, band(f.data, f.data.p50(), f.data.p50()));
            DeviationRenderer r = new DeviationRenderer(true, false);
            r.setSeriesPaint(0, f.colour);
            r.setSeriesStroke(0, first ? ChartStyle.LINE : ChartStyle.DASHED);
            r.setSeriesFillPaint(0, f.colour);
            plot.setRenderer(index++, r);
            first = false;
        }
        plot.setFixedLegendItems(legend);
        return ChartStyle.finish(new JFreeChart(title, ChartStyle.TITLE, plot, true), subtitle);
    }

    private static YIntervalSeriesCollection band(FanData d, double[] low, double[] high) {
        YIntervalSeries s = new YIntervalSeries("band", false, true);
        for (int i = 0; i < d.size(); i++) s.add(d.days()[i], d.p50()[i], low[i], high[i]);
        YIntervalSeriesCollection c = new YIntervalSeriesCollection();
        c.addSeries(s);
        return c;
    }

    /** A band with no line: the renderer's alpha is 1 and the translucency is in the fill colour. */
    private static DeviationRenderer bandRenderer(Color fill) {
        DeviationRenderer r = new DeviationRenderer(false, false);
        r.setAlpha(1f);
        r.setSeriesFillPaint(0, fill);
        r.setSeriesPaint(0, fill);
        return r;
    }

    private static LegendItem line(String label, Color colour, Stroke stroke) {
        LegendItem li = new LegendItem(label);
        li.setLine(new Line2D.Double(-12, 0, 12, 0));
        li.setLineVisible(true);
        li.setLinePaint(colour);
        li.setLineStroke(stroke);
        li.setShapeVisible(false);
        li.setLabelFont(ChartStyle.LEGEND);
        return li;
    }

    private static LegendItem box(String label, Color fill) {
        LegendItem li = new LegendItem(label, null, null, null, LEGEND_BOX, fill);
        li.setLabelFont(ChartStyle.LEGEND);
        return li;
    }
}
