package brink.experiment.engine;

import java.io.Serializable;
import java.util.List;

/**
 * Computes a block of items (sweep points, say) from serializable inputs alone, so that any
 * machine can compute any block and give the same values: an engine ships the computer to where
 * it runs with a block of items, and brings the results back. A failure inside the model is part
 * of the result (a failed item), never an exception: an engine computes a block again only when
 * the machine computing it is lost, and a block computed again gives the same values.
 *
 * @param <I> an item to compute
 * @param <R> an item's result
 */
public interface BlockComputer<I extends Serializable, R extends Serializable> extends Serializable {
    /** The results of {@code items}, one per item, in their order. */
    List<R> compute(List<I> items);
}
