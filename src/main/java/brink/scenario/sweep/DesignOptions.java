package brink.scenario.sweep;

/**
 * The numbers a design needs (0 where a design does not use one).
 *
 * @param pointsPerFactor grid: values per factor that has a range and no levels of its own
 * @param points          lhs: number of points
 * @param baseSamples     sobol: N, the rows of each of the A and B matrices
 * @param trajectories    morris: r
 * @param levels          morris: p, the number of levels of the grid each factor moves on (even)
 */
public record DesignOptions(int pointsPerFactor, int points, int baseSamples, int trajectories, int levels) {

    /** Morris's step in unit space, p / (2 (p - 1)) (Morris 1991). */
    public double morrisDelta() { return levels / (2.0 * (levels - 1)); }
}
