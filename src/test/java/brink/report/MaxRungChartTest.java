package brink.report;

import brink.chart.CategoryHistogram;
import brink.chart.ChartFiles;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryTick;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextLine;
import org.jfree.chart.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The histogram of the highest rung prints every rung's title whole, at the size the run report draws it. */
class MaxRungChartTest {
    @Test
    void everyRungTitleIsShownWholeNotCutWithAnEllipsis() {
        List<String> labels = RunCharts.maxRungLabels();
        long[] counts = new long[labels.size()];
        counts[4] = 10;
        JFreeChart chart = new CategoryHistogram("t", "s", "rung", "share", Color.ORANGE).build(labels, counts, 10);
        BufferedImage image = new BufferedImage(ChartFiles.WIDTH, ChartFiles.HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle2D.Double(0, 0, ChartFiles.WIDTH, ChartFiles.HEIGHT), info);
        CategoryPlot plot = (CategoryPlot) chart.getPlot();
        CategoryAxis axis = plot.getDomainAxis();
        List<?> ticks = axis.refreshTicks(g2, new AxisState(), info.getPlotInfo().getPlotArea(), RectangleEdge.LEFT); // the plot area, as CategoryAxis.draw passes it
        g2.dispose();
        assertThat(ticks).hasSize(labels.size());
        for (Object o : ticks) {
            CategoryTick tick = (CategoryTick) o;
            TextBlock block = tick.getLabel();
            StringBuilder shown = new StringBuilder();
            for (Object line : block.getLines()) {
                if (shown.length() > 0) shown.append(' ');
                shown.append(((TextLine) line).getFirstTextFragment().getText().trim());
            }
            assertThat(shown.toString()).as("label of " + tick.getCategory()).isEqualTo(tick.getCategory().toString());
        }
    }
}
