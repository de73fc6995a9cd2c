package brink.chart;

import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
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

    /**
     * The chart as an SVG file, drawn by Apache Batik's SVG generator (Apache-2.0; JFreeSVG, which
     * JFreeChart's documents suggest, is GPL-3.0 and could not be bundled in Brink's jar). Text
     * stays text, styles are CSS attributes, and the ids Batik gives clip paths are numbered in
     * drawing order, so the same chart is the same bytes.
     */
    public static byte[] svg(JFreeChart chart, int width, int height) {
        Document doc;
        try {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                    .createDocument(SVG_NAMESPACE, "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot make a document", e);
        }
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(doc);
        context.setComment(null);
        context.setEmbeddedFontsOn(false);
        SVGGraphics2D g2 = new SVGGraphics2D(context, false);
        g2.setSVGCanvasSize(new Dimension(width, height));
        chart.draw(g2, new Rectangle(0, 0, width, height));
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            g2.stream(w, true);
        } catch (IOException e) { // Batik's SVGGraphics2DIOException too
            throw new UncheckedIOException("a chart could not be written as SVG in memory", e);
        } finally {
            g2.dispose();
        }
        return out.toByteArray();
    }

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
}
