package brink.results.sweep;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What one point gave: per outcome (in the sweep's outcome order) the estimate and its 95%
 * interval, or the error that stopped it. A plain serializable value.
 *
 * @param error null when the point succeeded, else the model's error message
 */
public record PointResult(SweepPoint point, double[] estimate, double[] low, double[] high, String error)
        implements Serializable {

    public static PointResult failure(SweepPoint point, String error) {
        return new PointResult(point, null, null, null, error);
    }

    public boolean failed() { return error != null; }

    public int index() { return point.index(); }

    @Override
    public boolean equals(Object o) {
        return o instanceof PointResult r && r.point.equals(point) && Arrays.equals(r.estimate, estimate)
                && Arrays.equals(r.low, low) && Arrays.equals(r.high, high) && java.util.Objects.equals(r.error, error);
    }

    @Override
    public int hashCode() { return point.hashCode() * 31 + Arrays.hashCode(estimate); }
}
