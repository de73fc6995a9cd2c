package brink.experiment.sweep;

import brink.scenario.sweep.Factor;
import brink.scenario.sweep.SweepSpec;
import brink.results.sweep.SweepPoint;
import brink.results.sweep.PointResult;
import brink.experiment.Replication;
import brink.model.ParameterDef;

/**
 * Evaluates points on one reused {@link Replication}: replication r of a point is seeded from
 * (sweep seed, the point's seed index, r) and runs with the factors pinned to the point's values, so any point can be
 * recomputed alone and gives the same numbers. Runs use the daily step in a plain loop, as
 * {@code brink run} does ({@link Replication#runDirect}): the same runs as through MASON's
 * schedule (tested), without its per-step bookkeeping.
 */
public final class ReplicationPointEvaluator implements PointEvaluator {
    private final Replication replication;
    private final PointOutcomes outcomes;
    private final ParameterDef[] pinned;
    private final long seed;
    private final int replications;

    public ReplicationPointEvaluator(SweepSpec spec) {
        this.replication = new Replication(spec.pinnedScenario());
        this.outcomes = new PointOutcomes(spec.outcomes(), spec.replications(), spec.base().horizonDays());
        this.pinned = spec.factors().stream().map(Factor::def).toArray(ParameterDef[]::new);
        this.seed = spec.seed();
        this.replications = spec.replications();
    }

    @Override
    public PointResult evaluate(SweepPoint point) {
        outcomes.reset();
        for (int r = 0; r < replications; r++) {
            outcomes.add(replication.runDirect(seed, point.seedIndex(), r, pinned, point.values()));
        }
        return outcomes.result(point);
    }
}
