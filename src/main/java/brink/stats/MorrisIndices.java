package brink.stats;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * Morris's (1991) screening measures from elementary effects: mu (mean), mu* (mean absolute
 * value, Campolongo et al. 2007) and sigma (standard deviation, n - 1), and a 95% bootstrap
 * percentile interval for mu* from resampling whole trajectories (each trajectory gives one
 * effect per factor, so trajectories are the independent units; Campolongo et al. 2007 and
 * Saltelli et al. 2008 use the same scheme). The generator has a fixed seed: the same effects
 * always give the same interval.
 */
public final class MorrisIndices {
    public static final int RESAMPLES = 1000;

    private MorrisIndices() {}

    /** Per factor: mu*, its interval, mu, sigma, and the number of effects behind them. */
    public record Result(double[] muStar, double[] muStarLow, double[] muStarHigh, double[] mu, double[] sigma, int[] effects) {}

    /**
     * @param effects effects[t][f]: trajectory t's elementary effect of factor f (NaN where a point failed)
     */
    public static Result of(double[][] effects, int resamples, long seed) {
        int r = effects.length, k = r == 0 ? 0 : effects[0].length;
        int[] all = new int[r];
        for (int t = 0; t < r; t++) all[t] = t;
        double[][] est = estimate(effects, all, k);
        double[] low = new double[k], high = new double[k];
        java.util.Arrays.fill(low, Double.NaN);
        java.util.Arrays.fill(high, Double.NaN);
        if (r >= 2 && resamples > 0) {
            double[][] boot = new double[k][resamples];
            MersenneTwister rng = new MersenneTwister(seed);
            int[] pick = new int[r];
            for (int b = 0; b < resamples; b++) {
                for (int t = 0; t < r; t++) pick[t] = rng.nextInt(r);
                double[] muStar = estimate(effects, pick, k)[0];
                for (int f = 0; f < k; f++) boot[f][b] = muStar[f];
            }
            Percentile p = new Percentile();
            for (int f = 0; f < k; f++) {
                double[] v = java.util.Arrays.stream(boot[f]).filter(x -> !Double.isNaN(x)).toArray();
                if (v.length == 0) continue;
                low[f] = p.evaluate(v, 2.5);
                high[f] = p.evaluate(v, 97.5);
            }
        }
        int[] n = new int[k];
        for (double[] row : effects) for (int f = 0; f < k; f++) if (!Double.isNaN(row[f])) n[f]++;
        return new Result(est[0], low, high, est[1], est[2], n);
    }

    /** {mu*, mu, sigma} over the given trajectories (a resample repeats some). */
    private static double[][] estimate(double[][] effects, int[] trajectories, int k) {
        double[] sum = new double[k], sumAbs = new double[k], sumSq = new double[k];
        int[] n = new int[k];
        for (int t : trajectories) {
            for (int f = 0; f < k; f++) {
                double ee = effects[t][f];
                if (Double.isNaN(ee)) continue;
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
        return new double[][]{muStar, mu, sigma};
    }
}
