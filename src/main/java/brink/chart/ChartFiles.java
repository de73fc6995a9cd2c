package brink.chart;

import brink.experiment.AtomicFile;

import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGUtils;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Saves a chart as PNG and SVG side by side (name.png, name.svg), each written atomically. */
public final class ChartFiles {
    public static final int WIDTH = 1000;
    public static final int HEIGHT = 600;

    static {
        // Charts are drawn off-screen; no display is needed (or wanted) for files.
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    private ChartFiles() {}

    /** Writes {@code dir/name.png} and {@code dir/name.svg}; returns the PNG path. */
    public static Path save(JFreeChart chart, Path dir, String name) throws IOException {
        return save(chart, dir, name, WIDTH, HEIGHT);
    }

    public static Path save(JFreeChart chart, Path dir, String name, int width, int height) throws IOException {
        Files.createDirectories(dir);
        Path png = dir.resolve(name + ".png");
        AtomicFile.write(png, part -> ChartUtils.saveChartAsPNG(part.toFile(), chart, width, height));
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        String svg = g2.getSVGElement();
        AtomicFile.write(dir.resolve(name + ".svg"), part -> SVGUtils.writeToSVG(part.toFile(), svg));
        return png;
    }
}
