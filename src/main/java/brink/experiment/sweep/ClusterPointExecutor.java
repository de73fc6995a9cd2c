package brink.experiment.sweep;

import brink.experiment.engine.ClusterSession;
import brink.experiment.engine.EngineException;
import brink.results.sweep.PointResult;
import brink.results.sweep.SweepPoint;

import java.util.List;
import java.util.function.Consumer;

/**
 * Runs points on a cluster, {@code pointsPerTask} to a task ({@link SweepBlock}); results come
 * back as tasks finish, so points.csv fills (and is a checkpoint) as it does on local threads.
 */
public final class ClusterPointExecutor implements PointExecutor {
    private final ClusterSession session;
    private final SweepSource source;
    private final int pointsPerTask;
    private final SweepBlock.Evaluators evaluators;

    public ClusterPointExecutor(ClusterSession session, SweepSource source, int pointsPerTask) {
        this(session, source, pointsPerTask, ReplicationPointEvaluator::new);
    }

    public ClusterPointExecutor(ClusterSession session, SweepSource source, int pointsPerTask, SweepBlock.Evaluators evaluators) {
        if (pointsPerTask < 1) throw new IllegalArgumentException("points per task must be at least 1");
        this.session = session;
        this.source = source;
        this.pointsPerTask = pointsPerTask;
        this.evaluators = evaluators;
    }

    @Override
    public void execute(List<SweepPoint> points, Consumer<PointResult> onResult) throws InterruptedException {
        if (points.isEmpty()) return;
        try {
            session.compute(new SweepBlock(source, evaluators), points, pointsPerTask, onResult);
        } catch (EngineException e) {
            throw new ClusterFailedException(e);
        }
    }

    /** The cluster could not compute the points (it was lost, or refused the job); the message is for the user. */
    public static final class ClusterFailedException extends RuntimeException implements brink.scenario.BadInput {
        private static final long serialVersionUID = 1L;

        ClusterFailedException(EngineException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
