package brink.report;

import brink.chart.ChartFiles;
import brink.results.ResultsException;
import brink.results.ResultsFolder;
import org.jfree.chart.JFreeChart;

import java.util.List;

/** A chart drawn in memory: its PNG and SVG, title, and a caption for the page; written with {@link #writeAll}. */
public record ChartRef(String name, String title, String caption, byte[] png, byte[] svg) {

    public static ChartRef draw(String name, String title, String caption, JFreeChart chart, int width, int height) {
        return new ChartRef(name, title, caption, ChartFiles.png(chart, width, height), ChartFiles.svg(chart, width, height));
    }

    public static ChartRef draw(String name, String title, String caption, JFreeChart chart) {
        return draw(name, title, caption, chart, ChartFiles.WIDTH, ChartFiles.HEIGHT);
    }

    /** Writes {@code charts/NAME.png} and {@code charts/NAME.svg} for each chart. */
    public static void writeAll(ResultsFolder folder, List<ChartRef> charts) throws ResultsException {
        for (ChartRef c : charts) {
            folder.write(RunReport.CHARTS + "/" + c.name() + ".png", c.png());
            folder.write(RunReport.CHARTS + "/" + c.name() + ".svg", c.svg());
        }
    }
}
