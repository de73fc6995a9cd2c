package brink.experiment;

import brink.model.EscalationLadder;
import brink.model.Metric;
import brink.model.ParameterKey;
import brink.model.RunRecord;
import brink.model.Rung;
import brink.results.Numbers;
import brink.results.RunsTable;
import brink.scenario.ParameterSpec;
import brink.scenario.Scenario;
import brink.scenario.ScenarioSampler;

import java.util.List;

/**
 * The rows of runs.csv: one per replication, with its sampled parameter values (every parameter,
 * in the scenario's order) and its outcomes (maximum rung, first day each rung was crossed or an
 * empty cell, the first day of a ceasefire and the day the war ended or an empty cell, the final
 * value of every metric); the columns are {@link RunsTable}'s.
 */
public final class RunRows {
    private static final Metric[] METRICS = Metric.values();
    private static final Rung[] RUNGS = Rung.values();

    /** Fixed parameters never change: their text is formatted once. */
    private final String[] fixedText;
    private final double[] fixedValue;

    public RunRows(Scenario scenario) {
        List<ParameterSpec> specs = List.copyOf(scenario.parameters().values());
        fixedText = new String[specs.size()];
        fixedValue = new double[specs.size()];
        for (int i = 0; i < specs.size(); i++) {
            ParameterSpec s = specs.get(i);
            if (s.distribution().isFixed() && s.asOf() == null) { // a dated stock grows with its (perhaps sampled) rate
                // the same clamping and rounding as ScenarioSampler.sample
                double v = Math.max(s.def().min(), Math.min(s.def().max(), s.distribution().mean()));
                if (s.def().isInteger()) v = Math.rint(v);
                fixedText[i] = Numbers.format(v);
                fixedValue[i] = v;
            }
        }
    }

    public static String header(Scenario scenario) {
        return RunsTable.header(parameterPaths(scenario));
    }

    /** The parameters' columns, in the scenario's order (each named by its key's path). */
    public static List<String> parameterPaths(Scenario scenario) {
        return scenario.parameters().keySet().stream().map(ParameterKey::path).toList();
    }

    /** The column names, in order (runs.csv's header, runs.parquet's columns). */
    public static List<String> columns(Scenario scenario) {
        return RunsTable.columns(parameterPaths(scenario));
    }

    /** The same row as numbers, into out[offset ...] (a day that never came is NaN, as its empty cell). */
    public void values(double[] out, int offset, long replication, ScenarioSampler sampler, RunRecord record) {
        int k = offset;
        out[k++] = replication;
        for (int i = 0; i < fixedText.length; i++) out[k++] = fixedText[i] != null ? fixedValue[i] : sampler.lastSample(i);
        out[k++] = record.maxRung();
        for (Rung r : RUNGS) out[k++] = day(record.firstCrossedDay(r));
        out[k++] = day(record.firstCeasefireDay());
        out[k++] = day(record.warEndDay());
        for (Metric m : METRICS) out[k++] = record.finalValue(m);
    }

    private static double day(int day) { return day == EscalationLadder.NEVER ? Double.NaN : day; }

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
