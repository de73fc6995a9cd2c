package brink.experiment.sweep;

import brink.results.sweep.SweepPoint;
import brink.results.sweep.PointResult;
/**
 * Computes one point's result. An evaluator is used by one thread at a time (it may hold a reused
 * replication); executors create one per worker. It may throw: the executor records the failure.
 */
public interface PointEvaluator {
    PointResult evaluate(SweepPoint point);
}
