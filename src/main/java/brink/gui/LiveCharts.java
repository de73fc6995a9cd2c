package brink.gui;

import brink.model.ActorId;
import brink.model.Metric;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The four live charts (JFreeChart 1.5 {@link ChartPanel}s; MASON's own chart classes need
 * JFreeChart 1.0): escalation level, casualties by side since day 0, manpower, and each actor's
 * pressure. Series are appended on the event thread, one point per day, and cleared on restart.
 */
final class LiveCharts {
    static final String ESCALATION = "Escalation";
    static final String CASUALTIES = "Casualties";
    static final String MANPOWER = "Manpower";
    static final String PRESSURE = "Pressure";

    private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 20);
    private static final Font LABEL = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    private static final Color[] ACTOR_COLORS = {new Color(200, 30, 30), new Color(110, 20, 20), new Color(240, 170, 0),
            new Color(30, 60, 160), new Color(0, 150, 150), new Color(150, 60, 170)};

    private final Map<String, ChartPanel> panels = new LinkedHashMap<>();
    private final List<XYSeries> all = new ArrayList<>();
    private final XYSeries level = series("Escalation level (highest active rung)");
    private final XYSeries maxRung = series("Highest rung crossed so far");
    private final XYSeries ruCas = series("Russian");
    private final XYSeries uaCas = series("Ukrainian");
    private final XYSeries nkCas = series("North Korean (lost + defected)");
    private final XYSeries ruMan = series("Russian");
    private final XYSeries uaMan = series("Ukrainian");
    private final XYSeries[] pressure = new XYSeries[ActorId.COUNT];
    private double ruCasAtStart;
    private double uaCasAtStart;

    LiveCharts() {
        for (ActorId a : ActorId.values()) pressure[a.ordinal()] = series(a.displayName());

        XYPlot esc = plot(ESCALATION, "Escalation ladder", "rung", level, maxRung);
        esc.setRenderer(new XYStepRenderer());
        esc.getRenderer().setSeriesPaint(0, new Color(200, 30, 30));
        esc.getRenderer().setSeriesPaint(1, new Color(120, 120, 120));
        esc.getRenderer().setSeriesStroke(0, new BasicStroke(4f));
        esc.getRenderer().setSeriesStroke(1, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{6f, 4f}, 0f));
        NumberAxis rungs = (NumberAxis) esc.getRangeAxis();
        rungs.setRange(0, 11.5);
        rungs.setTickUnit(new NumberTickUnit(1));

        XYPlot cas = plot(CASUALTIES, "Casualties since day 0 (killed and wounded)", "soldiers", ruCas, uaCas, nkCas);
        cas.getRenderer().setSeriesPaint(0, ACTOR_COLORS[0]);
        cas.getRenderer().setSeriesPaint(1, ACTOR_COLORS[2]);
        cas.getRenderer().setSeriesPaint(2, ACTOR_COLORS[1]);

        XYPlot man = plot(MANPOWER, "Manpower at the front", "soldiers", ruMan, uaMan);
        man.getRenderer().setSeriesPaint(0, ACTOR_COLORS[0]);
        man.getRenderer().setSeriesPaint(1, ACTOR_COLORS[2]);
        ((NumberAxis) man.getRangeAxis()).setAutoRangeIncludesZero(false);

        XYPlot pre = plot(PRESSURE, "Pressure on each actor", "pressure", pressure);
        for (ActorId a : ActorId.values()) pre.getRenderer().setSeriesPaint(a.ordinal(), ACTOR_COLORS[a.ordinal()]);
    }

    private XYSeries series(String name) {
        XYSeries s = new XYSeries(name, true, false);
        all.add(s);
        return s;
    }

    private XYPlot plot(String key, String title, String yLabel, XYSeries... series) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (XYSeries s : series) data.addSeries(s);
        JFreeChart chart = org.jfree.chart.ChartFactory.createXYLineChart(title, "day", yLabel, data,
                PlotOrientation.VERTICAL, true, true, false);
        chart.getTitle().setFont(TITLE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(210, 210, 210));
        plot.setRangeGridlinePaint(new Color(210, 210, 210));
        for (var axis : new org.jfree.chart.axis.ValueAxis[]{plot.getDomainAxis(), plot.getRangeAxis()}) {
            axis.setLabelFont(LABEL);
            axis.setTickLabelFont(TICK);
        }
        ((NumberAxis) plot.getDomainAxis()).setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < series.length; i++) renderer.setSeriesStroke(i, new BasicStroke(3f));
        plot.setRenderer(renderer);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(TICK);
        ChartPanel panel = new ChartPanel(chart, false);
        panel.setMouseWheelEnabled(true);
        panels.put(key, panel);
        return plot;
    }

    /** The chart panels by name, in display order. */
    Map<String, ChartPanel> panels() { return panels; }

    void clear() {
        for (XYSeries s : all) s.clear();
    }

    /** Appends one day to every series; the first day seen sets the casualty baseline. */
    void add(DaySnapshot s) {
        if (level.getItemCount() == 0) {
            ruCasAtStart = s.value(Metric.RUSSIAN_CASUALTIES);
            uaCasAtStart = s.value(Metric.UKRAINIAN_CASUALTIES);
        }
        double d = s.day;
        level.addOrUpdate(d, s.value(Metric.ESCALATION_LEVEL));
        maxRung.addOrUpdate(d, s.value(Metric.MAX_RUNG));
        ruCas.addOrUpdate(d, s.value(Metric.RUSSIAN_CASUALTIES) - ruCasAtStart);
        uaCas.addOrUpdate(d, s.value(Metric.UKRAINIAN_CASUALTIES) - uaCasAtStart);
        nkCas.addOrUpdate(d, s.value(Metric.NK_LOST) + s.value(Metric.NK_DEFECTED));
        ruMan.addOrUpdate(d, s.value(Metric.RUSSIAN_MANPOWER));
        uaMan.addOrUpdate(d, s.value(Metric.UKRAINIAN_MANPOWER));
        for (ActorId a : ActorId.values()) pressure[a.ordinal()].addOrUpdate(d, s.value(Metric.pressureOf(a)));
    }

    /** Number of days plotted so far (for tests). */
    int days() { return level.getItemCount(); }

    /** Number of points in every series of one chart (for tests). */
    int[] itemCounts(String key) {
        XYSeriesCollection data = (XYSeriesCollection) panels.get(key).getChart().getXYPlot().getDataset();
        int[] n = new int[data.getSeriesCount()];
        for (int i = 0; i < n.length; i++) n[i] = data.getSeries(i).getItemCount();
        return n;
    }
}
