package brink.experiment.sweep;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One point of a sweep: its index in the design and the value of each factor (in the sweep's
 * factor order). A plain serializable value, so any executor (local threads now, a cluster later)
 * can ship it.
 */
public record SweepPoint(int index, double[] values) implements Serializable {

    @Override
    public boolean equals(Object o) {
        return o instanceof SweepPoint p && p.index == index && Arrays.equals(p.values, values);
    }

    @Override
    public int hashCode() { return 31 * index + Arrays.hashCode(values); }

    @Override
    public String toString() { return "point " + index + " " + Arrays.toString(values); }
}
