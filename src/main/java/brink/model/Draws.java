package brink.model;

import ec.util.MersenneTwisterFast;

/**
 * Draws the hot loop needs straight from MASON's generator. Commons Math distributions are used
 * for parameters (sampled once per replication); here a per-day Poisson count would need a new
 * distribution object for every mean, so the two textbook samplers are written out instead.
 */
final class Draws {
    private Draws() {}

    /** A Poisson count: Knuth's multiplication method for small means, a rounded normal otherwise. */
    static double poisson(MersenneTwisterFast random, double mean) {
        if (mean <= 0) return 0;
        if (mean > 30) {
            return Math.max(0, Math.rint(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }
}
