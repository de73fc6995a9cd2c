package brink.experiment.engine;

import java.io.Serializable;
import java.util.List;
import java.util.function.Consumer;

/** A connection to a cluster, for one command; closed when the command ends. */
public interface ClusterSession extends AutoCloseable {
    /** The master URL, as the engine reports it. */
    String master();

    /** What computes the tasks now, for the console: "2 executors", "local, 2 threads". */
    String workers();

    /**
     * Computes {@code items} in tasks of {@code itemsPerTask} consecutive items (the last one
     * shorter) and hands each item's result to {@code onResult} on the calling
     * thread, task after task as they finish (items of one task in index order), never
     * concurrently. A task lost with its machine is computed again; the results are those of
     * the first attempt that finished. Returns when every item was handed over.
     */
    <I extends Serializable, R extends Serializable> void compute(BlockComputer<I, R> computer, List<I> items,
                                                                  int itemsPerTask, Consumer<R> onResult)
            throws InterruptedException, EngineException;

    @Override
    void close();
}
