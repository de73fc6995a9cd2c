package brink.experiment.sweep;

import brink.results.sweep.SweepPoint;
import brink.results.sweep.PointResult;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs points on a pool of local threads, one {@link PointEvaluator} per thread (each holds its
 * own reused replication). Results are handed to {@code onResult} on the calling thread, so the
 * consumer needs no locking. Every point is computed alone from its own seeds, so results do not
 * depend on the number of threads or on which thread ran which point.
 */
public final class LocalPointExecutor implements PointExecutor {
    private final int threads;
    private final Supplier<PointEvaluator> evaluatorFactory;

    public LocalPointExecutor(int threads, Supplier<PointEvaluator> evaluatorFactory) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        this.threads = threads;
        this.evaluatorFactory = evaluatorFactory;
    }

    @Override
    public void execute(List<SweepPoint> points, Consumer<PointResult> onResult) throws InterruptedException {
        if (points.isEmpty()) return;
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, points.size()), r -> {
            Thread t = new Thread(r, "brink-sweep-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<PointEvaluator> evaluator = ThreadLocal.withInitial(evaluatorFactory);
        BlockingQueue<PointResult> done = new LinkedBlockingQueue<>();
        try {
            for (SweepPoint p : points) {
                pool.execute(() -> done.add(evaluate(evaluator, p)));
            }
            for (int i = 0; i < points.size(); i++) onResult.accept(done.take());
        } finally {
            pool.shutdownNow();
        }
    }

    private static PointResult evaluate(ThreadLocal<PointEvaluator> evaluator, SweepPoint p) {
        PointResult r = evaluateOrFail(evaluator.get(), p);
        // a fresh evaluator for this thread's next point: the failed one may be in a broken state
        if (r.failed()) evaluator.remove();
        return r;
    }

    /** The point's result, or a failed point if the model code threw (the evaluator should then be replaced). */
    static PointResult evaluateOrFail(PointEvaluator evaluator, SweepPoint p) {
        try {
            return evaluator.evaluate(p);
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            return PointResult.failure(p, describe(e));
        }
    }

    /** One line: the exception's type and message, and where in Brink it was thrown. */
    static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder(e.getClass().getSimpleName());
        if (e.getMessage() != null) sb.append(": ").append(e.getMessage());
        for (StackTraceElement f : e.getStackTrace()) {
            if (f.getClassName().startsWith("brink.")) {
                sb.append(" (at ").append(f.getClassName()).append('.').append(f.getMethodName())
                        .append(':').append(f.getLineNumber()).append(')');
                break;
            }
        }
        return sb.toString().replaceAll("[\\r\\n]+", " ");
    }
}
