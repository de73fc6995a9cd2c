package brink.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

import java.awt.Color;

/** A histogram of one final outcome across runs: the share of runs (%) in each bin. */
public final class Histogram {
    private final String title;
    private final String subtitle;
    private final String xLabel;
    private final String legend;
    private final Color colour;

    public Histogram(String title, String subtitle, String xLabel, String legend, Color colour) {
        this.title = title;
        this.subtitle = subtitle;
        this.xLabel = xLabel;
        this.legend = legend;
        this.colour = colour;
    }

    public JFreeChart build(HistogramBins bins) {
        XYIntervalSeries s = new XYIntervalSeries(legend);
        double total = Math.max(1, bins.total());
        for (int b = 0; b < bins.count(); b++) {
            double share = 100 * bins.countIn(b) / total;
            double lo = bins.lower(b), hi = bins.upper(b);
            s.add((lo + hi) / 2, lo, hi, share, share, share);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(s);
        XYBarRenderer r = ChartStyle.flatBars(0.05, true);
        r.setSeriesPaint(0, colour);
        r.setSeriesOutlinePaint(0, Color.WHITE);
        XYPlot plot = ChartStyle.histogramPlot(data, r, xLabel, "#,##0.##", "Share of runs (%)");
        return ChartStyle.finish(new JFreeChart(title, ChartStyle.TITLE, plot, true), subtitle);
    }
}
