package brink.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.Color;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.text.DecimalFormat;

/**
 * Cumulative probability of having crossed a rung by day t: one step line per rung (or per rung
 * and scenario in a comparison), rising from 0 to the rung's probability over the horizon.
 */
public final class CrossingChart {
    private final String title;
    private final String subtitle;
    private final String xLabel;
    private final XYSeriesCollection data = new XYSeriesCollection();
    /**
     * Each line is drawn as one path (so a dash pattern runs along the whole curve; JFreeChart's
     * step renderer draws every day as its own segment, restarting the dashes, and a dashed
     * curve of one-day steps looks solid), with the steps put into the data.
     */
    private final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);

    public CrossingChart(String title, String subtitle, String xLabel) {
        this.title = title;
        this.subtitle = subtitle;
        this.xLabel = xLabel;
    }

    /**
     * Adds one line.
     *
     * @param probability per day, the share of runs (0 to 1) that crossed the rung on or before that day
     */
    public CrossingChart add(String label, Color colour, boolean dashed, double[] days, double[] probability) {
        XYSeries s = new XYSeries(label, false, true);
        for (int i = 0; i < days.length; i++) {
            if (i > 0 && probability[i] != probability[i - 1]) s.add(days[i], 100 * probability[i - 1]); // the step's riser
            s.add(days[i], 100 * probability[i]);
        }
        int index = data.getSeriesCount();
        data.addSeries(s);
        renderer.setSeriesPaint(index, colour);
        Stroke stroke = dashed ? ChartStyle.DASHED : ChartStyle.LINE;
        renderer.setSeriesStroke(index, stroke);
        return this;
    }

    public int lines() { return data.getSeriesCount(); }

    public JFreeChart build() {
        NumberAxis x = new NumberAxis(xLabel);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        x.setAutoRangeIncludesZero(false);
        x.setLowerMargin(0);
        x.setUpperMargin(0.01);
        NumberAxis y = new NumberAxis("Share of runs that have crossed the rung (%)");
        y.setRange(0, 102);
        y.setNumberFormatOverride(new DecimalFormat("0"));
        ChartStyle.axes(x, y);
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setDefaultLegendTextFont(ChartStyle.LEGEND);
        renderer.setLegendLine(new Line2D.Double(-14, 0, 14, 0));  // long enough to show a dash
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDomainGridlinePaint(ChartStyle.GRID);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        return ChartStyle.finish(new JFreeChart(title, ChartStyle.TITLE, plot, true), subtitle);
    }
}
