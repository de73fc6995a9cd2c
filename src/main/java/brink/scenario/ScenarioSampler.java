package brink.scenario;

import brink.model.ModelParameters;
import brink.model.ParameterDef;
import brink.model.Rung;
import brink.model.ScheduledEvent;
import brink.scenario.ParameterSpec;
import ec.util.MersenneTwisterFast;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * Turns a scenario into one {@link ModelParameters} per replication. Built once per worker: the
 * structure (horizon, starting rungs, triggers, events) is fixed, and {@link #sample} draws every
 * distributed parameter from the run's generator into the same object, allocating nothing.
 */
public final class ScenarioSampler {
    private final Scenario scenario;
    private final ModelParameters params = new ModelParameters();
    private final RandomGeneratorAdapter adapter;
    private final ParameterDef[] defs;
    private final DoubleSupplier[] samplers;
    private final double[] lastSample;

    public ScenarioSampler(Scenario scenario, MersenneTwisterFast random) {
        this.scenario = scenario;
        this.adapter = new RandomGeneratorAdapter(random);
        params.horizonDays = scenario.horizonDays();
        for (Rung r : scenario.initialRungs()) params.initiallyActive[r.ordinal()] = true;
        for (TriggerSpec t : scenario.triggers()) params.triggers.add(t.toRule());
        for (EventSpec e : scenario.events()) {
            params.events.add(new ScheduledEvent(e.day(), e.type(), e.amount(), e.note(), false));
        }
        List<ParameterSpec> specs = new ArrayList<>(scenario.parameters().values());
        defs = new ParameterDef[specs.size()];
        samplers = new DoubleSupplier[specs.size()];
        lastSample = new double[specs.size()];
        for (int i = 0; i < specs.size(); i++) {
            defs[i] = specs.get(i).def();
            samplers[i] = specs.get(i).distribution().bind(adapter);
        }
    }

    /** The parameters object the sampler writes into; give it to the model once. */
    public ModelParameters parameters() { return params; }

    public Scenario scenario() { return scenario; }

    /**
     * Draws every parameter from {@code random} (the run's own generator, already seeded) in
     * catalog order. Values are clamped into the parameter's allowed range (only the far tails of
     * an unbounded distribution can leave it; validation checks the 99.9% range).
     */
    public void sample(MersenneTwisterFast random) {
        adapter.setSource(random);
        for (int i = 0; i < defs.length; i++) {
            double v = samplers[i].getAsDouble();
            v = Math.max(defs[i].min(), Math.min(defs[i].max(), v));
            defs[i].set(params, v);
            lastSample[i] = defs[i].get(params);
        }
    }

    /** Number of parameters sampled. */
    public int size() { return defs.length; }
    public ParameterDef def(int i) { return defs[i]; }
    /** The value the last {@link #sample} gave parameter i. */
    public double lastSample(int i) { return lastSample[i]; }
}
