package brink.chart;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

import java.awt.Color;
import java.text.DecimalFormat;
import java.util.List;

/**
 * A histogram over named categories (the highest rung each run reached): horizontal bars so long
 * category names stay readable, each bar labelled with its share of runs.
 */
public final class CategoryHistogram {
    private final String title;
    private final String subtitle;
    private final String categoryLabel;
    private final String legend;
    private final Color colour;

    public CategoryHistogram(String title, String subtitle, String categoryLabel, String legend, Color colour) {
        this.title = title;
        this.subtitle = subtitle;
        this.categoryLabel = categoryLabel;
        this.legend = legend;
        this.colour = colour;
    }

    /** One bar per category, in order; counts out of {@code total} runs. */
    public JFreeChart build(List<String> categories, long[] counts, long total) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < categories.size(); i++) {
            data.addValue(100.0 * counts[i] / Math.max(1, total), legend, categories.get(i));
        }
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, colour);
        r.setItemMargin(0);
        r.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}%", new DecimalFormat("0.#")));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        r.setItemLabelAnchorOffset(4);
        r.setDefaultItemLabelFont(ChartStyle.TICK);
        r.setDefaultLegendTextFont(ChartStyle.LEGEND);
        CategoryAxis x = new CategoryAxis(categoryLabel);
        x.setCategoryMargin(0.15);
        x.setMaximumCategoryLabelWidthRatio(0.5f);
        // a long category (rung 7, "NATO members intercept Russian missiles/drones from their own
        // territory") wraps onto a second line instead of ending in an ellipsis
        x.setMaximumCategoryLabelLines(2);
        ChartStyle.axis(x);
        NumberAxis y = new NumberAxis("Share of runs (%)");
        y.setNumberFormatOverride(new DecimalFormat("0"));
        y.setUpperMargin(0.12);
        ChartStyle.axis(y);
        CategoryPlot plot = new CategoryPlot(data, x, y, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setRangeGridlinePaint(ChartStyle.GRID);
        return ChartStyle.finish(new JFreeChart(title, ChartStyle.TITLE, plot, true), subtitle);
    }
}
