package brink.experiment.sweep;

import brink.results.sweep.SweepPoint;
import brink.results.sweep.PointResult;
import java.util.List;
import java.util.function.Consumer;

/**
 * Maps sweep points to results. {@code onResult} is called once per point, in completion order,
 * never concurrently; a point whose evaluation throws is reported as a {@link PointResult#failure}.
 * The local implementation uses threads; a distributed one can be added without touching the
 * model or the statistics, since points and results are plain serializable values.
 */
public interface PointExecutor {
    void execute(List<SweepPoint> points, Consumer<PointResult> onResult) throws InterruptedException;
}
