package brink.experiment.sweep;

import brink.experiment.engine.BlockComputer;
import brink.results.sweep.PointResult;
import brink.results.sweep.SweepPoint;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * Computes a block of sweep points wherever it runs: the sweep is loaded from its shipped bytes,
 * and each point is evaluated exactly as by {@link LocalPointExecutor} (same evaluator, same
 * seeds; a point whose model code throws is a failed point), so a block gives the same results on
 * any machine, in any task, however often it is computed.
 */
public final class SweepBlock implements BlockComputer<SweepPoint, PointResult> {
    private static final long serialVersionUID = 1L;
    private final SweepSource source;
    private final Evaluators evaluators;

    /** Points evaluated as by {@code brink sweep} ({@link ReplicationPointEvaluator}). */
    public SweepBlock(SweepSource source) {
        this(source, ReplicationPointEvaluator::new);
    }

    public SweepBlock(SweepSource source, Evaluators evaluators) {
        this.source = source;
        this.evaluators = evaluators;
    }

    /** Makes a block's evaluator from the loaded sweep; shipped with the block, so it must be serializable. */
    @FunctionalInterface
    public interface Evaluators extends java.io.Serializable {
        PointEvaluator create(brink.scenario.sweep.SweepSpec spec);
    }

    /**
     * Each executor thread keeps its evaluator (and so its built model) from task to task, as a local
     * thread does from point to point: building one costs more than a small point.
     */
    private static final ThreadLocal<Map<String, PointEvaluator>> KEPT = ThreadLocal.withInitial(HashMap::new);

    @Override
    public List<PointResult> compute(List<SweepPoint> points) {
        var spec = source.load();
        String key = source.key() + "\n" + evaluators.getClass().getName();
        Map<String, PointEvaluator> kept = KEPT.get();
        PointEvaluator evaluator = kept.computeIfAbsent(key, k -> evaluators.create(spec));
        List<PointResult> results = new ArrayList<>(points.size());
        for (SweepPoint p : points) {
            PointResult r = LocalPointExecutor.evaluateOrFail(evaluator, p);
            if (r.failed()) {
                // a fresh evaluator after a failure: the failed one may be in a broken state
                evaluator = evaluators.create(spec);
                kept.put(key, evaluator);
            }
            results.add(r);
        }
        return results;
    }
}
