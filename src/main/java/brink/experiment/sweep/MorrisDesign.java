package brink.experiment.sweep;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * Morris's (1991) one-at-a-time trajectories on a p-level grid of the unit cube. Each trajectory
 * starts at a random grid point, then moves every factor once, in random order, by the step
 * delta = p / (2 (p - 1)) up or down, so it has k + 1 points; trajectory t's step m is point
 * t(k+1) + m. The elementary effect of the factor moved at step m is
 * (y_m - y_(m-1)) / (+delta or -delta), in units of the factor's range.
 */
public final class MorrisDesign {
    private final double[][] unit;
    private final int[][] moved;
    private final boolean[][] up;
    private final int k;
    private final double delta;

    private MorrisDesign(double[][] unit, int[][] moved, boolean[][] up, int k, double delta) {
        this.unit = unit;
        this.moved = moved;
        this.up = up;
        this.k = k;
        this.delta = delta;
    }

    public static MorrisDesign generate(int trajectories, int levels, int k, RandomGenerator rng) {
        double delta = levels / (2.0 * (levels - 1));
        int startLevels = levels / 2; // grid levels i/(p-1) with i < p/2 leave room for +delta
        double[][] unit = new double[trajectories * (k + 1)][];
        int[][] moved = new int[trajectories][k + 1];
        boolean[][] up = new boolean[trajectories][k + 1];
        for (int t = 0; t < trajectories; t++) {
            double[] x = new double[k];
            boolean[] goesUp = new boolean[k];
            for (int i = 0; i < k; i++) {
                double low = rng.nextInt(startLevels) / (double) (levels - 1);
                goesUp[i] = rng.nextBoolean();
                x[i] = goesUp[i] ? low : low + delta;
            }
            int[] order = new int[k];
            for (int i = 0; i < k; i++) order[i] = i;
            for (int i = k - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int tmp = order[i]; order[i] = order[j]; order[j] = tmp;
            }
            unit[t * (k + 1)] = x.clone();
            moved[t][0] = -1;
            for (int m = 1; m <= k; m++) {
                int f = order[m - 1];
                x[f] += goesUp[f] ? delta : -delta;
                x[f] = Math.max(0, Math.min(1, x[f]));
                unit[t * (k + 1) + m] = x.clone();
                moved[t][m] = f;
                up[t][m] = goesUp[f];
            }
        }
        return new MorrisDesign(unit, moved, up, k, delta);
    }

    public double[][] unit() { return unit; }
    public int trajectories() { return moved.length; }
    public int factors() { return k; }
    public double delta() { return delta; }
    /** The factor moved at step m (1..k) of trajectory t. */
    public int moved(int t, int m) { return moved[t][m]; }
    /** Whether that move went up. */
    public boolean up(int t, int m) { return up[t][m]; }
    public static int index(int t, int m, int k) { return t * (k + 1) + m; }
}
