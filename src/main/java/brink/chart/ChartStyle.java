package brink.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.IntervalXYDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.text.DecimalFormat;

/**
 * The one look every Brink chart shares: white background, large readable fonts, light grid,
 * a subtitle naming the scenario, N and seed, the legend at the bottom, and a palette of
 * colours that stay distinct from each other (Tableau 10 plus two).
 */
public final class ChartStyle {
    public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 22);
    public static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    public static final Font AXIS_LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
    public static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    public static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    public static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    public static final Stroke LINE = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    public static final Stroke DASHED = new BasicStroke(2.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
            1f, new float[]{9f, 6f}, 0f);

    private static final Color[] PALETTE = {
            new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e),
            new Color(0x9467bd), new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f),
            new Color(0xbcbd22), new Color(0x17becf), new Color(0x000080), new Color(0x800000),
    };

    private ChartStyle() {}

    /** The i-th distinct colour (wraps after twelve). */
    public static Color colour(int i) { return PALETTE[Math.floorMod(i, PALETTE.length)]; }

    /** The same colour made translucent, for bands drawn under lines. */
    public static Color translucent(Color c, int alpha) { return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha); }

    /** Applies the shared look and adds the subtitle (scenario, N, seed). */
    public static JFreeChart finish(JFreeChart chart, String subtitle) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        TextTitle title = chart.getTitle();
        title.setFont(TITLE);
        TextTitle sub = new TextTitle(subtitle, SUBTITLE);
        sub.setPaint(Color.DARK_GRAY);
        sub.setPadding(new RectangleInsets(2, 0, 8, 0));
        chart.addSubtitle(sub);
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(Color.GRAY);
        return chart;
    }

    /** Fonts for one axis. */
    public static void axis(Axis axis) {
        axis.setLabelFont(AXIS_LABEL);
        axis.setTickLabelFont(TICK);
        axis.setLabelPaint(Color.BLACK);
        axis.setTickLabelPaint(Color.BLACK);
    }

    public static void axes(ValueAxis... axes) {
        for (ValueAxis a : axes) axis(a);
    }

    /** Flat bars (no gradient, no shadow) with the legend's font, for histograms; outlined or not. */
    public static XYBarRenderer flatBars(double margin, boolean outline) {
        XYBarRenderer r = new XYBarRenderer(margin);
        r.setBarPainter(new StandardXYBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(outline);
        r.setDefaultLegendTextFont(LEGEND);
        return r;
    }

    /**
     * A histogram's plot: bars over a value axis that need not include zero (ticks in
     * {@code xPattern}) and a share axis in % ({@code yLabel}), with the shared fonts and grid.
     */
    public static XYPlot histogramPlot(IntervalXYDataset data, XYBarRenderer bars, String xLabel, String xPattern, String yLabel) {
        NumberAxis x = new NumberAxis(xLabel);
        x.setAutoRangeIncludesZero(false);
        x.setNumberFormatOverride(new DecimalFormat(xPattern));
        NumberAxis y = new NumberAxis(yLabel);
        y.setNumberFormatOverride(new DecimalFormat("0.#"));
        axes(x, y);
        XYPlot plot = new XYPlot(data, x, y, bars);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        return plot;
    }
}
