package brink.report;

import brink.model.Metric;
import brink.model.Rung;

import java.util.function.ToDoubleFunction;

/**
 * The key outcomes of a run that reports chart and comparisons test, each computed from one row
 * of runs.csv. NaN means the run has no value (e.g. the rung was never crossed) and is left out.
 * A key never repeats a {@link Metric}'s key unless it is that metric's final value: the horizon's
 * Russian casualties are {@code russian_casualties_in_horizon}, not the cumulative metric
 * {@code russian_casualties} that daily.csv and the sweeps' outcomes mean by that name.
 */
public enum Outcome {
    RUSSIAN_CASUALTIES("russian_casualties_in_horizon", "Russian casualties over the horizon",
            "Russian killed and wounded during the horizon (soldiers)", true,
            r -> r.finalValue(Metric.RUSSIAN_CASUALTIES) - r.get("front.russian_cumulative_casualties")),
    NK_LOST("nk_lost", "North Korean troops lost",
            "North Korean troops killed or wounded by the horizon (soldiers)", true,
            r -> r.finalValue(Metric.NK_LOST)),
    NK_DEFECTED("nk_defected", "North Korean troops defected",
            "North Korean troops defected by the horizon (soldiers)", true,
            r -> r.finalValue(Metric.NK_DEFECTED)),
    KURSK_CONTROL("kursk_control", "Russian control of the Kursk salient",
            "Russian share of the Kursk salient at the horizon (%)", true,
            r -> 100 * r.finalValue(Metric.KURSK_CONTROL)),
    MAX_RUNG("max_rung", "Highest rung reached", "Highest rung crossed (rung, 0 to 11)", false,
            RunRow::maxRung),
    DAY_NK_COMBAT("day_" + Rung.NK_COMBAT_IN_KURSK.key(), "Day North Korean troops entered combat in Kursk",
            "Day rung 4 was first crossed, among runs that crossed it (day)", false,
            r -> r.firstDay(Rung.NK_COMBAT_IN_KURSK));

    private final String key;
    private final String title;
    private final String axisLabel;
    private final boolean histogram;
    private final ToDoubleFunction<RunRow> value;

    Outcome(String key, String title, String axisLabel, boolean histogram, ToDoubleFunction<RunRow> value) {
        this.key = key;
        this.title = title;
        this.axisLabel = axisLabel;
        this.histogram = histogram;
        this.value = value;
    }

    public String key() { return key; }
    public String title() { return title; }
    /** What the value is, with its unit. */
    public String axisLabel() { return axisLabel; }
    /** Whether the run report draws a histogram of it. */
    public boolean histogram() { return histogram; }
    public double of(RunRow row) { return value.applyAsDouble(row); }
}
