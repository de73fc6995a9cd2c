package brink.scenario;

import brink.model.ModelParameters;
import brink.model.ParameterDef;
import brink.model.Rung;
import brink.model.ScheduledEvent;
import brink.random.ParameterDraws;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a scenario into one {@link ModelParameters} per replication. Built once per worker: the
 * structure (horizon, starting rungs, rules, events) is fixed, and {@link #sample} draws every
 * distributed parameter into the same object, allocating nothing.
 *
 * <p>Each parameter is drawn by inversion from one uniform of its own stream, keyed by its
 * {@link brink.model.ParameterKey}: a what-if that changes one parameter's distribution changes
 * that parameter alone, and moves each run's value to the same quantile of the new distribution.
 * A dated stock (a figure "as of" a date before day 0) is then carried forward to day 0 at its
 * daily rate, as sampled in the same run.
 */
public final class ScenarioSampler {
    private final Scenario scenario;
    private final ModelParameters params = new ModelParameters();
    private final ParameterDef[] defs;
    private final ParameterDistribution[] distributions;
    private final java.util.function.DoubleUnaryOperator[] quantiles;
    private final long[] streams;
    private final double[] lastSample;
    /** Scratch for each parameter stream's seed words (see ParameterDraws.uniform). */
    private final long[] seedWords = new long[4];
    /** For each dated stock: its index, the index of its rate, and the days from its date to day 0. */
    private final int[] stockIndex;
    private final int[] rateIndex;
    private final long[] stockDays;

    public ScenarioSampler(Scenario scenario) {
        this.scenario = scenario;
        params.horizonDays = scenario.horizonDays();
        for (Rung r : scenario.initialRungs()) params.initiallyActive[r.ordinal()] = true;
        for (TriggerSpec t : scenario.triggers()) params.triggers.add(t.toRule());
        for (EventSpec e : scenario.events()) {
            params.events.add(new ScheduledEvent(e.day(), e.type(), e.amount(), e.note(), false));
        }
        List<ParameterSpec> specs = new ArrayList<>(scenario.parameters().values());
        defs = new ParameterDef[specs.size()];
        distributions = new ParameterDistribution[specs.size()];
        quantiles = new java.util.function.DoubleUnaryOperator[specs.size()];
        streams = new long[specs.size()];
        lastSample = new double[specs.size()];
        List<int[]> dated = new ArrayList<>();
        List<Long> days = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            ParameterSpec s = specs.get(i);
            defs[i] = s.def();
            distributions[i] = s.distribution();
            quantiles[i] = s.distribution().quantileFunction();
            streams[i] = ParameterDraws.stream(s.key().path());
            if (s.asOf() != null) {
                int rate = indexOf(specs, s.def().stockRate());
                dated.add(new int[]{i, rate});
                days.add(ChronoUnit.DAYS.between(s.asOf(), scenario.startDate()));
            }
        }
        stockIndex = dated.stream().mapToInt(a -> a[0]).toArray();
        rateIndex = dated.stream().mapToInt(a -> a[1]).toArray();
        stockDays = days.stream().mapToLong(Long::longValue).toArray();
    }

    private static int indexOf(List<ParameterSpec> specs, brink.model.ParameterKey key) {
        for (int i = 0; i < specs.size(); i++) if (specs.get(i).key().equals(key)) return i;
        throw new IllegalStateException("no rate parameter " + key);
    }

    /** The parameters object the sampler writes into; give it to the model once. */
    public ModelParameters parameters() { return params; }

    public Scenario scenario() { return scenario; }

    /**
     * Draws every parameter for the replication rooted at {@code root} (its seed, see
     * {@link brink.random.ReplicationSeed}), in catalog order. Values are clamped into the
     * parameter's allowed range (only the far tails of an unbounded distribution can leave it;
     * validation checks the 99.9% range).
     */
    public void sample(long root) {
        for (int i = 0; i < defs.length; i++) {
            ParameterDistribution d = distributions[i];
            double v = d.isFixed() ? d.mean() : quantiles[i].applyAsDouble(ParameterDraws.uniform(root, streams[i], seedWords));
            lastSample[i] = v;
        }
        for (int k = 0; k < stockIndex.length; k++) {
            lastSample[stockIndex[k]] += stockDays[k] * lastSample[rateIndex[k]];
        }
        for (int i = 0; i < defs.length; i++) {
            double v = Math.max(defs[i].min(), Math.min(defs[i].max(), lastSample[i]));
            defs[i].set(params, v);
            lastSample[i] = defs[i].get(params);
        }
    }

    /** Number of parameters sampled. */
    public int size() { return defs.length; }
    public ParameterDef def(int i) { return defs[i]; }
    /** The value the last {@link #sample} gave parameter i (at day 0, after any carrying forward). */
    public double lastSample(int i) { return lastSample[i]; }
}
