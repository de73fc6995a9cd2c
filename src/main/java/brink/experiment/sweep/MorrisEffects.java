package brink.experiment.sweep;

import brink.stats.MorrisIndices;

/**
 * The elementary effects of a Morris design's outputs, one per trajectory and factor, in units
 * of the factor's range (so factors with different units compare), and their screening measures
 * ({@link MorrisIndices}: mu*, with a bootstrap interval over trajectories, mu and sigma).
 */
public final class MorrisEffects {
    private MorrisEffects() {}

    /**
     * @param y outputs by point index (NaN where a point failed; effects that need it are NaN)
     * @return effects[t][f]
     */
    public static double[][] effects(MorrisDesign design, double[] y) {
        int k = design.factors();
        double[][] ee = new double[design.trajectories()][k];
        for (double[] row : ee) java.util.Arrays.fill(row, Double.NaN);
        for (int t = 0; t < design.trajectories(); t++) {
            for (int m = 1; m <= k; m++) {
                double before = y[MorrisDesign.index(t, m - 1, k)];
                double after = y[MorrisDesign.index(t, m, k)];
                if (Double.isNaN(before) || Double.isNaN(after)) continue;
                ee[t][design.moved(t, m)] = (after - before) / (design.up(t, m) ? design.delta() : -design.delta());
            }
        }
        return ee;
    }

    public static MorrisIndices.Result compute(MorrisDesign design, double[] y, long seed) {
        return MorrisIndices.of(effects(design, y), MorrisIndices.RESAMPLES, seed);
    }
}
