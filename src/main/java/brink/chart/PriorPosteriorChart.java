package brink.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

import java.awt.Color;

/**
 * Two weighted samples of one quantity as overlaid histograms on shared bins: the prior (grey)
 * and the posterior (coloured), each as a share of its total weight; an optional shaded band
 * marks a target's observed range. Used for posterior vs prior per parameter and for the
 * targets' simulated statistics.
 */
public final class PriorPosteriorChart {
    public static final int BINS = 30;

    private PriorPosteriorChart() {}

    public static JFreeChart build(String title, String subtitle, String xLabel, double[] prior, double[] priorWeights,
                                   double[] posterior, double[] posteriorWeights, double bandLow, double bandHigh) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (double v : prior) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        for (double v : posterior) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
        if (!Double.isNaN(bandLow)) { lo = Math.min(lo, bandLow); hi = Math.max(hi, bandHigh); }
        if (!(hi > lo)) { lo -= 0.5; hi += 0.5; }
        double width = (hi - lo) / BINS;
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(series("prior", prior, priorWeights, lo, width));
        data.addSeries(series("posterior", posterior, posteriorWeights, lo, width));
        XYBarRenderer r = ChartStyle.flatBars(0.0, false);
        r.setSeriesPaint(0, new Color(0x80, 0x80, 0x80, 110));
        r.setSeriesPaint(1, ChartStyle.translucent(ChartStyle.colour(0), 170));
        XYPlot plot = ChartStyle.histogramPlot(data, r, xLabel, "#,##0.###", "Share of weight (%)");
        if (!Double.isNaN(bandLow)) {
            double pad = bandHigh > bandLow ? 0 : width / 4;
            IntervalMarker band = new IntervalMarker(bandLow - pad, bandHigh + pad, new Color(0x2c, 0xa0, 0x2c, 60));
            band.setLabel("observed");
            band.setLabelFont(ChartStyle.LEGEND);
            plot.addDomainMarker(band, Layer.BACKGROUND);
        }
        return ChartStyle.finish(new JFreeChart(title, ChartStyle.TITLE, plot, true), subtitle);
    }

    private static XYIntervalSeries series(String name, double[] values, double[] weights, double lo, double width) {
        double[] share = new double[BINS];
        double total = 0;
        for (int i = 0; i < values.length; i++) {
            int b = (int) Math.min(BINS - 1, Math.max(0, Math.floor((values[i] - lo) / width)));
            share[b] += weights[i];
            total += weights[i];
        }
        XYIntervalSeries s = new XYIntervalSeries(name);
        for (int b = 0; b < BINS; b++) {
            double v = total == 0 ? 0 : 100 * share[b] / total;
            double a = lo + b * width;
            s.add(a + width / 2, a, a + width, v, v, v);
        }
        return s;
    }
}
