package brink.experiment.sweep;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * Latin hypercube sample in the unit cube: for each factor the n points fall one in each of the
 * n equal strata of [0, 1], in a random order, at a uniform position within their stratum.
 */
public final class LatinHypercube {
    private LatinHypercube() {}

    /** n points by k factors. */
    public static double[][] sample(int n, int k, RandomGenerator rng) {
        double[][] x = new double[n][k];
        int[] perm = new int[n];
        for (int f = 0; f < k; f++) {
            for (int i = 0; i < n; i++) perm[i] = i;
            for (int i = n - 1; i > 0; i--) { // Fisher-Yates
                int j = rng.nextInt(i + 1);
                int t = perm[i]; perm[i] = perm[j]; perm[j] = t;
            }
            for (int i = 0; i < n; i++) x[i][f] = (perm[i] + rng.nextDouble()) / n;
        }
        return x;
    }
}
