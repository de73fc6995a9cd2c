package brink.experiment;

import brink.model.BrinkModel;
import brink.model.ParameterDef;
import brink.model.RunRecord;
import brink.scenario.Scenario;
import brink.scenario.ScenarioSampler;

/**
 * One worker's replication machinery: a model, its parameter sampler and its run record, all
 * built once and reused for every replication the worker runs. A replication is fully determined
 * by (master seed, point, replication index), never by which worker or thread runs it.
 */
public final class Replication {
    private final RunRecord record;
    private final BrinkModel model;
    private final ScenarioSampler sampler;

    public Replication(Scenario scenario) {
        this.record = new RunRecord(scenario.horizonDays());
        this.sampler = new ScenarioSampler(scenario);
        this.model = new BrinkModel(sampler.parameters(), record);
    }

    /** Seeds the run's streams, samples the parameters from theirs, and starts the model at day 0. */
    public void start(long masterSeed, long point, long replication) {
        start(masterSeed, point, replication, NONE, NO_VALUES);
    }

    private static final ParameterDef[] NONE = new ParameterDef[0];
    private static final double[] NO_VALUES = new double[0];

    /**
     * As {@link #start(long, long, long)}, then pins {@code pinned[i]} to {@code values[i]} before
     * the model starts (a sweep point on a reused replication). Built from a scenario in which the
     * pinned parameters are fixed, this gives exactly the run of a scenario fixing them at these
     * values: a fixed parameter draws nothing from the generator.
     */
    public void start(long masterSeed, long point, long replication, ParameterDef[] pinned, double[] values) {
        model.seed(masterSeed, point, replication);
        sampler.sample(model.rootSeed());
        for (int i = 0; i < pinned.length; i++) pinned[i].set(sampler.parameters(), values[i]);
        model.start();
    }

    /** One whole replication with some parameters pinned (see {@link #start(long, long, long, ParameterDef[], double[])}). */
    public RunRecord run(long masterSeed, long point, long replication, ParameterDef[] pinned, double[] values) {
        start(masterSeed, point, replication, pinned, values);
        model.runToHorizon();
        model.finish();
        return record;
    }

    /** Runs one whole replication through MASON's schedule; the result is in {@link #record()}. */
    public RunRecord run(long masterSeed, long point, long replication) {
        start(masterSeed, point, replication);
        model.runToHorizon();
        model.finish();
        return record;
    }

    /**
     * The same replication as {@link #run}, with the daily step called in a plain loop instead of
     * through MASON's schedule: the same {@code Sequence} of actors and resolver, hence the same
     * record (tested), without the schedule's per-step bookkeeping. The Monte Carlo runner uses it;
     * {@code brink bench} measures the difference.
     */
    public RunRecord runDirect(long masterSeed, long point, long replication) {
        return runDirect(masterSeed, point, replication, NONE, NO_VALUES);
    }

    /** {@link #runDirect(long, long, long)} with some parameters pinned (a sweep point; tested equal to {@link #run(long, long, long, ParameterDef[], double[])}). */
    public RunRecord runDirect(long masterSeed, long point, long replication, ParameterDef[] pinned, double[] values) {
        start(masterSeed, point, replication, pinned, values);
        int horizon = sampler.parameters().horizonDays;
        while (model.day() < horizon) model.stepDayDirectly();
        model.finish();
        return record;
    }

    public BrinkModel model() { return model; }
    public RunRecord record() { return record; }
    public ScenarioSampler sampler() { return sampler; }
}
