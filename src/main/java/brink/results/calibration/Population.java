package brink.results.calibration;

import java.util.Arrays;
import java.util.List;

/**
 * One ABC-SMC population: the particles accepted at {@code tolerance} (infinite for the first,
 * drawn from the prior) and the proposals simulated to get them.
 */
public record Population(int index, double tolerance, List<Particle> particles) {

    public long simulated() {
        long s = 0;
        for (Particle p : particles) s += p.attempts();
        return s;
    }

    public double acceptanceRate() { return particles.size() / (double) simulated(); }

    /** Kish's effective sample size of the weights, (Σw)² / Σw². */
    public double ess() {
        double sum = 0, sq = 0;
        for (Particle p : particles) {
            sum += p.weight();
            sq += p.weight() * p.weight();
        }
        return sum * sum / sq;
    }

    public double[] distances() {
        return particles.stream().mapToDouble(Particle::distance).toArray();
    }

    /**
     * The empirical q-quantile of the accepted distances (the smallest distance at or above a
     * share q of them): the next population's tolerance.
     */
    public double distanceQuantile(double q) {
        double[] d = distances();
        Arrays.sort(d);
        int i = (int) Math.ceil(q * d.length) - 1;
        return d[Math.max(0, Math.min(d.length - 1, i))];
    }

    public double[] values(int parameter) {
        return particles.stream().mapToDouble(p -> p.values()[parameter]).toArray();
    }

    public double[] statistics(int target) {
        return particles.stream().mapToDouble(p -> p.statistics()[target]).toArray();
    }

    public double[] weights() {
        return particles.stream().mapToDouble(Particle::weight).toArray();
    }
}
