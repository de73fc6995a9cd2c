package brink.chart;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Renders a chart as PNG and SVG bytes. Charts only draw: the report writes the bytes into its
 * folder through the results lifecycle (atomic, durable, recorded in the manifest).
 */
public final class ChartFiles {
    public static final int WIDTH = 1000;
    public static final int HEIGHT = 600;

    static {
        // Charts are drawn off-screen; no display is needed (or wanted) for files.
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    private ChartFiles() {}

    public static byte[] png(JFreeChart chart, int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 17);
        try {
            ChartUtils.writeChartAsPNG(out, chart, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException("a chart could not be drawn in memory", e);
        }
        return out.toByteArray();
    }

    public static byte[] svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        // JFreeSVG prefixes its clip-path ids with the clock's nanoseconds by default: a fixed prefix makes the same
        // chart the same bytes (each SVG is its own file, so the ids cannot clash with another chart's)
        g2.setDefsKeyPrefix("brink");
        chart.draw(g2, new Rectangle(0, 0, width, height));
        // as SVGUtils.writeToSVG lays the file out
        String svg = "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
                + g2.getSVGElement() + "\n";
        return svg.getBytes(StandardCharsets.UTF_8);
    }
}
