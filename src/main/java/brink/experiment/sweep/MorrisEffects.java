package brink.experiment.sweep;

/**
 * Morris's (1991) screening measures from the elementary effects of each factor: mu (mean),
 * mu* (mean absolute value, Campolongo et al. 2007) and sigma (standard deviation, n - 1).
 * Effects are in units of the factor's range, so factors with different units compare.
 */
public final class MorrisEffects {
    private MorrisEffects() {}

    public record Result(double[] muStar, double[] mu, double[] sigma, int[] effects) {}

    /**
     * @param y outputs by point index (NaN where a point failed; effects that need it are skipped)
     */
    public static Result compute(MorrisDesign design, double[] y) {
        int k = design.factors();
        double[] sum = new double[k], sumAbs = new double[k], sumSq = new double[k];
        int[] n = new int[k];
        for (int t = 0; t < design.trajectories(); t++) {
            for (int m = 1; m <= k; m++) {
                double before = y[MorrisDesign.index(t, m - 1, k)];
                double after = y[MorrisDesign.index(t, m, k)];
                if (Double.isNaN(before) || Double.isNaN(after)) continue;
                int f = design.moved(t, m);
                double ee = (after - before) / (design.up(t, m) ? design.delta() : -design.delta());
                sum[f] += ee;
                sumAbs[f] += Math.abs(ee);
                sumSq[f] += ee * ee;
                n[f]++;
            }
        }
        double[] mu = new double[k], muStar = new double[k], sigma = new double[k];
        for (int f = 0; f < k; f++) {
            mu[f] = n[f] == 0 ? Double.NaN : sum[f] / n[f];
            muStar[f] = n[f] == 0 ? Double.NaN : sumAbs[f] / n[f];
            sigma[f] = n[f] < 2 ? Double.NaN : Math.sqrt(Math.max(0, (sumSq[f] - n[f] * mu[f] * mu[f]) / (n[f] - 1)));
        }
        return new Result(muStar, mu, sigma, n);
    }
}
