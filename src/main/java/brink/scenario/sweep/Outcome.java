package brink.scenario.sweep;

import brink.model.Metric;
import brink.model.Rung;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One outcome a sweep analyses at every point, from the replications of that point.
 *
 * @param rung       for PROBABILITY and MEDIAN_DAY
 * @param withinDays for PROBABILITY: crossed on or before this day (the horizon when not given)
 * @param metric     for MEDIAN and MEAN: the metric's final value
 * @param threshold  level of the tipping contour on heatmaps, or NaN for the middle of the outcome's range
 */
public record Outcome(Kind kind, Rung rung, int withinDays, Metric metric, double threshold) {

    public enum Kind {
        /** Share of replications that crossed the rung within the days (Wilson 95% interval). */
        PROBABILITY("probability"),
        /** Median of a metric's final value (order-statistic 95% interval). */
        MEDIAN("median"),
        /** Median of the day the rung is first crossed; runs that never cross count as horizon + 1. */
        MEDIAN_DAY("median_day"),
        /** Mean of a metric's final value (Student t 95% interval). */
        MEAN("mean");

        private final String key;

        Kind(String key) { this.key = key; }

        public String key() { return key; }

        public static Kind fromKey(String key) {
            for (Kind k : values()) if (k.key.equals(key)) return k;
            return null;
        }

        public static String allowed() {
            return Arrays.stream(values()).map(Kind::key).collect(Collectors.joining(", "));
        }
    }

    /** Column name in points.csv and sensitivity.csv, e.g. p_nato_russia_clash_365d. */
    public String id() {
        return switch (kind) {
            case PROBABILITY -> "p_" + rung.key() + "_" + withinDays + "d";
            case MEDIAN -> "median_" + metric.key();
            case MEDIAN_DAY -> "median_day_" + rung.key();
            case MEAN -> "mean_" + metric.key();
        };
    }

    /** Human title for charts and the report. */
    public String title() {
        return switch (kind) {
            case PROBABILITY -> "P(" + rung.key() + " within " + withinDays + " days)";
            case MEDIAN -> "Median " + metric.key() + " at the horizon";
            case MEDIAN_DAY -> "Median day " + rung.key() + " is first crossed";
            case MEAN -> "Mean " + metric.key() + " at the horizon";
        };
    }

    /** Unit for axis labels. */
    public String unit() {
        return switch (kind) {
            case PROBABILITY -> "probability";
            case MEDIAN, MEAN -> metric.unit();
            case MEDIAN_DAY -> "day";
        };
    }
}
