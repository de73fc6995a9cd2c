package brink.model;

import ec.util.MersenneTwisterFast;

/**
 * Draws the hot loop needs straight from MASON's generator. Commons Math distributions are used
 * for parameters (sampled once per replication); here a per-day Poisson count would need a new
 * distribution object for every mean, so the textbook samplers are written out instead.
 */
final class Draws {
    private Draws() {}

    /**
     * A uniform on [0, 1) with resolution 2^-32, from one 32-bit output of the generator (MASON's
     * {@code nextDouble} takes two for 53 bits). Used where the value is only compared with a
     * probability (the daily logit choice, the incident hazard): the chance of any comparison
     * differs from the exact one by less than 2^-32, far below anything a Monte Carlo of even
     * 10^9 draws could see, and each day then needs seven words fewer.
     */
    static double uniform32(MersenneTwisterFast random) {
        return (random.nextInt() & 0xFFFFFFFFL) * 0x1.0p-32;
    }

    /**
     * A Poisson count: inversion (one uniform, then a sequential search of the cumulative
     * probabilities from 0 up) for small means, a rounded normal otherwise. Inversion gives the
     * exact Poisson law like Knuth's multiplication method but with one uniform instead of
     * count + 1 of them.
     */
    static double poisson(MersenneTwisterFast random, double mean) {
        if (mean <= 0) return 0;
        if (mean > 30) {
            return Math.max(0, Math.rint(mean + Math.sqrt(mean) * random.nextGaussian()));
        }
        double u = random.nextDouble();
        double p = Math.exp(-mean); // P(0); at least e^-30, far from underflow
        double cumulative = p;
        int count = 0;
        while (u >= cumulative) {
            count++;
            p *= mean / count;
            double next = cumulative + p;
            // past the mode the terms shrink; once they no longer change the sum (u within
            // rounding of 1, probability ~1e-16) the search stops instead of running on
            if (next == cumulative) break;
            cumulative = next;
        }
        return count;
    }
}
