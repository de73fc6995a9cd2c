package brink.experiment;

import brink.model.EscalationLadder;
import brink.model.Metric;
import brink.model.ParameterKey;
import brink.model.RunRecord;
import brink.model.Rung;
import brink.scenario.ParameterSpec;
import brink.scenario.Scenario;
import brink.scenario.ScenarioSampler;

import java.util.List;

/**
 * The rows of runs.csv: one per replication, with its sampled parameter values (every parameter,
 * in the scenario's order) and its outcomes (maximum rung, first day each rung was crossed or an
 * empty cell, the final value of every metric).
 */
public final class RunRows {
    private static final Metric[] METRICS = Metric.values();
    private static final Rung[] RUNGS = Rung.values();

    /** Fixed parameters never change: their text is formatted once. */
    private final String[] fixedText;

    public RunRows(Scenario scenario) {
        List<ParameterSpec> specs = List.copyOf(scenario.parameters().values());
        fixedText = new String[specs.size()];
        for (int i = 0; i < specs.size(); i++) {
            ParameterSpec s = specs.get(i);
            if (s.distribution().isFixed() && s.asOf() == null) { // a dated stock grows with its (perhaps sampled) rate
                // the same clamping and rounding as ScenarioSampler.sample
                double v = Math.max(s.def().min(), Math.min(s.def().max(), s.distribution().mean()));
                if (s.def().isInteger()) v = Math.rint(v);
                fixedText[i] = Numbers.format(v);
            }
        }
    }

    public static String header(Scenario scenario) {
        StringBuilder sb = new StringBuilder("replication");
        for (ParameterKey key : scenario.parameters().keySet()) sb.append(',').append(key.path());
        sb.append(",max_rung");
        for (Rung r : RUNGS) sb.append(",first_day_").append(r.key());
        sb.append(",first_day_ceasefire,war_end_day");
        for (Metric m : METRICS) sb.append(",final_").append(m.key());
        return sb.append('\n').toString();
    }

    /** Appends one replication's row (with its line end). */
    public void append(StringBuilder sb, long replication, ScenarioSampler sampler, RunRecord record) {
        sb.append(replication);
        for (int i = 0; i < fixedText.length; i++) {
            sb.append(',');
            if (fixedText[i] != null) sb.append(fixedText[i]);
            else Numbers.append(sb, sampler.lastSample(i));
        }
        sb.append(',').append(record.maxRung());
        for (Rung r : RUNGS) {
            sb.append(',');
            int day = record.firstCrossedDay(r);
            if (day != EscalationLadder.NEVER) sb.append(day);
        }
        sb.append(',');
        if (record.firstCeasefireDay() != EscalationLadder.NEVER) sb.append(record.firstCeasefireDay());
        sb.append(',');
        if (record.warEndDay() != EscalationLadder.NEVER) sb.append(record.warEndDay());
        for (Metric m : METRICS) {
            sb.append(',');
            Numbers.append(sb, record.finalValue(m));
        }
        sb.append('\n');
    }
}
