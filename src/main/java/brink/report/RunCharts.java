package brink.report;

import brink.chart.CategoryHistogram;
import brink.chart.ChartStyle;
import brink.chart.CrossingChart;
import brink.chart.FanChart;
import brink.chart.Histogram;
import brink.chart.HistogramBins;
import brink.model.Metric;
import brink.model.Rung;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The charts of one results folder: fan charts from daily.csv, and from two streaming passes over
 * runs.csv the crossing curves, the max-rung histogram and the outcome histograms.
 */
final class RunCharts {
    static final Color RUSSIA = ChartStyle.colour(1);
    static final Color UKRAINE = ChartStyle.colour(0);
    static final Color ESCALATION = ChartStyle.colour(3);

    private RunCharts() {}

    static List<ChartRef> draw(RunResults f) throws IOException {
        List<ChartRef> charts = new ArrayList<>();
        String sub = f.caption();
        String x = f.dayAxisLabel();
        Map<String, brink.chart.FanData> daily = f.daily();

        charts.add(save("escalation_level", "Escalation level over time",
                "Highest active rung each day: median run, and the bands holding the middle 50% and 90% of runs.",
                escalationFan(sub, x).add("Escalation level", ESCALATION, f.fan(daily, Metric.ESCALATION_LEVEL.key()), true)
                        .build()));
        charts.add(save("casualties", "Cumulative casualties by side",
                "Killed and wounded since February 2022, Russian and Ukrainian: median and 50%/90% bands across runs.",
                new FanChart("Cumulative casualties by side", sub, x, "Killed and wounded, cumulative (soldiers)")
                        .add("Russian", RUSSIA, f.fan(daily, Metric.RUSSIAN_CASUALTIES.key()), true)
                        .add("Ukrainian", UKRAINE, f.fan(daily, Metric.UKRAINIAN_CASUALTIES.key()), true).build()));
        charts.add(save("manpower", "Manpower at the front by side",
                "Soldiers at the front each day, Russian and Ukrainian: median and 50%/90% bands across runs.",
                new FanChart("Manpower at the front by side", sub, x, "Manpower at the front (soldiers)")
                        .add("Russian", RUSSIA, f.fan(daily, Metric.RUSSIAN_MANPOWER.key()), true)
                        .add("Ukrainian", UKRAINE, f.fan(daily, Metric.UKRAINIAN_MANPOWER.key()), true).build()));
        charts.add(save("nk_troops", "North Korean troops in combat and lost",
                "North Korean troops fighting each day, and those killed or wounded so far: median and 50%/90% bands.",
                new FanChart("North Korean troops in combat and lost", sub, x, "North Korean troops (soldiers)")
                        .integerTicks()
                        .add("In combat", ChartStyle.colour(4), f.fan(daily, Metric.NK_IN_COMBAT.key()), true)
                        .add("Killed or wounded (cumulative)", ChartStyle.colour(11), f.fan(daily, Metric.NK_LOST.key()), true)
                        .build()));

        // pass 1 over runs.csv: crossing curves, max rung, outcome ranges
        CrossingCurves curves = new CrossingCurves(f.horizonDays());
        long[] maxRung = new long[Rung.COUNT];
        List<Outcome> histogrammed = new ArrayList<>();
        for (Outcome o : Outcome.values()) if (o.histogram()) histogrammed.add(o);
        Map<Outcome, double[]> range = new EnumMap<>(Outcome.class);   // min, max, all-integral (1/0)
        for (Outcome o : histogrammed) range.put(o, new double[]{Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1});
        f.forEachRun(row -> {
            curves.add(row);
            double m = row.maxRung();
            if (!Double.isNaN(m)) maxRung[(int) Math.max(0, Math.min(Rung.COUNT - 1, m))]++;
            for (Outcome o : histogrammed) {
                double v = o.of(row);
                if (Double.isNaN(v)) continue;
                double[] r = range.get(o);
                r[0] = Math.min(r[0], v);
                r[1] = Math.max(r[1], v);
                if (v != Math.rint(v)) r[2] = 0;
            }
        });
        // pass 2: bins
        Map<Outcome, HistogramBins> bins = new EnumMap<>(Outcome.class);
        for (Outcome o : histogrammed) {
            double[] r = range.get(o);
            bins.put(o, HistogramBins.over(r[0], r[1], r[2] == 1));
        }
        f.forEachRun(row -> {
            for (Outcome o : histogrammed) bins.get(o).add(o.of(row));
        });

        CrossingChart crossing = new CrossingChart("Probability of having crossed each rung by day t", sub, x);
        for (Rung r : Rung.values()) {
            if (curves.changesOverTime(r)) {
                crossing.add(r.level() + " " + r.key(), ChartStyle.colour(r.level()), false, curves.days(), curves.cumulative(r));
            }
        }
        charts.add(save("rung_crossing", "Probability of having crossed each rung by day t",
                "Share of runs in which each rung had been crossed by a given day (rungs never crossed, and rungs active from day 0 in every run, are not drawn).",
                crossing.build()));

        charts.add(save("max_rung", "Highest rung reached",
                "Share of runs whose highest rung crossed within the horizon was each rung.",
                new CategoryHistogram("Highest rung reached within the horizon", sub, "Highest rung crossed (rung)",
                        "Share of runs", ESCALATION).build(maxRungLabels(), maxRung, curves.runs())));

        Color[] colours = {RUSSIA, ChartStyle.colour(7), ChartStyle.colour(4), ChartStyle.colour(2), ChartStyle.colour(5)};
        int c = 0;
        for (Outcome o : histogrammed) {
            charts.add(save("outcome_" + o.key(), o.title(),
                    "Distribution across runs of: " + o.axisLabel() + ".",
                    new Histogram(o.title(), sub, o.axisLabel(), "Share of runs in each bin", colours[c++ % colours.length])
                            .build(bins.get(o))));
        }
        return charts;
    }

    /** The escalation fan chart's axes; shared with the comparison's overlay. */
    static FanChart escalationFan(String subtitle, String xLabel) {
        return new FanChart("Escalation level over time", subtitle, xLabel, "Escalation level (highest active rung, 0 to 11)")
                .integerTicks().yRange(0, Rung.COUNT - 1 + 0.3);
    }

    /** The highest-rung histogram's categories, one per rung: "4 NK troops in combat in Kursk". */
    static List<String> maxRungLabels() {
        List<String> labels = new ArrayList<>();
        for (Rung r : Rung.values()) labels.add(r.level() + " " + shortTitle(r));
        return labels;
    }

    /** A rung's title up to its first parenthesis or semicolon, for bar labels. */
    static String shortTitle(Rung r) {
        String t = r.title();
        int cut = t.length();
        for (char ch : new char[]{'(', ';'}) {
            int i = t.indexOf(ch);
            if (i > 0) cut = Math.min(cut, i);
        }
        return t.substring(0, cut).trim();
    }

    static ChartRef save(String name, String title, String caption, org.jfree.chart.JFreeChart chart) {
        return ChartRef.draw(name, title, caption, chart);
    }
}
