package brink.results.sweep;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One point of a sweep: its index in the design, the value of each factor (in the sweep's factor
 * order) and the index its replications are seeded with: replication r runs with
 * {@code Seeds.key(sweep seed, seedIndex, r)}. The seed index is the point index, or with common
 * random numbers the point's group (see the experiment's DesignPlan). A plain serializable value, so any
 * executor (local threads now, a cluster later) can ship it.
 */
public record SweepPoint(int index, double[] values, long seedIndex) implements Serializable {

    public SweepPoint(int index, double[] values) { this(index, values, index); }

    @Override
    public boolean equals(Object o) {
        return o instanceof SweepPoint p && p.index == index && p.seedIndex == seedIndex && Arrays.equals(p.values, values);
    }

    @Override
    public int hashCode() { return 31 * index + Arrays.hashCode(values); }

    @Override
    public String toString() { return "point " + index + " " + Arrays.toString(values); }
}
