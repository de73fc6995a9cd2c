package brink.report.sweep;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a chart as PNG and SVG side by side (name.png, name.svg) and returns the PNG bytes for
 * embedding in the HTML report. (A small writer of the sweep report's own; the run report has
 * one too, and the two can be unified.)
 */
final class ChartFiles {
    private ChartFiles() {}

    static byte[] write(JFreeChart chart, Path dir, String name, int width, int height) throws IOException {
        Files.createDirectories(dir);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(png, chart, width, height);
        byte[] bytes = png.toByteArray();
        Files.write(dir.resolve(name + ".png"), bytes);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        SVGUtils.writeToSVG(dir.resolve(name + ".svg").toFile(), g2.getSVGElement());
        return bytes;
    }
}
