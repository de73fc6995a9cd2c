package brink.results.sweep;

import java.util.List;
import java.util.Map;

/**
 * What a finished sweep left: the points by index, the failures, how many points were kept from
 * an earlier interrupted run, how many rows of points.csv were damaged and recomputed, and the
 * sensitivity indices.
 */
public record SweepResult(Map<Integer, PointResult> points, List<PointResult> failures, int reused, int damaged,
                          List<SensitivityTable.Row> sensitivity) {
    public int computed() { return points.size() + failures.size() - reused; }
}
