package brink.report.sweep;

import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.category.CategoryDataset;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/** Bars (vertical, or horizontal in a tornado) with asymmetric error bars [low, high] per (series, category) (e.g. bootstrap intervals). */
final class ErrorBarRenderer extends BarRenderer {
    private static final long serialVersionUID = 1L;
    private final double[][] low;
    private final double[][] high;

    /** low[series][category], high[series][category]; NaN for none. */
    ErrorBarRenderer(double[][] low, double[][] high) {
        this.low = low;
        this.high = high;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
        super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
        if (pass != getPassCount() - 1) return;
        double lo = low[row][column], hi = high[row][column];
        if (Double.isNaN(lo) || Double.isNaN(hi)) return;
        int visible = state.getVisibleSeriesIndex(row);
        if (visible < 0) return;
        double w0 = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, visible, column);
        double x = w0 + state.getBarWidth() / 2;
        RectangleEdge edge = plot.getRangeAxisEdge();
        double y1 = rangeAxis.valueToJava2D(lo, dataArea, edge);
        double y2 = rangeAxis.valueToJava2D(hi, dataArea, edge);
        double cap = Math.min(6, state.getBarWidth() / 3);
        g2.setPaint(Color.BLACK);
        g2.setStroke(new BasicStroke(1.2f));
        boolean across = plot.getOrientation() == org.jfree.chart.plot.PlotOrientation.HORIZONTAL; // bars run left to right
        g2.draw(line(across, x, y1, x, y2));
        g2.draw(line(across, x - cap, y1, x + cap, y1));
        g2.draw(line(across, x - cap, y2, x + cap, y2));
    }

    /** A line in (category position, value position) terms, turned for horizontal bars. */
    private static Line2D line(boolean across, double c1, double v1, double c2, double v2) {
        return across ? new Line2D.Double(v1, c1, v2, c2) : new Line2D.Double(c1, v1, c2, v2);
    }
}
