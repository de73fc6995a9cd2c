package brink.experiment.calibration;

import brink.results.calibration.Population;
import brink.stats.WeightedSample;
import brink.results.calibration.Particle;
import org.apache.commons.math3.distribution.NormalDistribution;

import java.util.List;

/**
 * The proposal of ABC-SMC from population t−1 (Beaumont et al. 2009): pick a particle with
 * probability equal to its weight, then move each parameter by an independent normal step whose
 * variance is twice the population's weighted variance of that parameter. The same kernel's
 * density gives the importance weights. Each sd has a floor of a millionth of the prior's
 * width, so a population that collapsed onto one value still moves.
 */
final class PerturbationKernel {
    private static final NormalDistribution STANDARD = new NormalDistribution(null, 0, 1);

    private final List<Particle> particles;
    private final double[] cumulative;
    private final double[] sd;

    PerturbationKernel(Population previous, double[] priorWidths) {
        this.particles = previous.particles();
        int k = priorWidths.length;
        this.sd = new double[k];
        double[] w = previous.weights();
        for (int i = 0; i < k; i++) {
            double var = new WeightedSample(previous.values(i), w).variance();
            sd[i] = Math.max(Math.sqrt(2 * var), 1e-6 * priorWidths[i]);
        }
        cumulative = new double[w.length];
        double c = 0;
        for (int j = 0; j < w.length; j++) {
            c += w[j];
            cumulative[j] = c;
        }
    }

    double sd(int parameter) { return sd[parameter]; }

    /** The particle a uniform u in [0, 1) picks, with probability equal to its weight. */
    Particle pick(double u) {
        double target = u * cumulative[cumulative.length - 1];
        int lo = 0, hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > target) hi = mid;
            else lo = mid + 1;
        }
        return particles.get(lo);
    }

    /** The normal step for parameter i from a uniform in (0, 1), by inversion. */
    double step(int parameter, double u) {
        return sd[parameter] * STANDARD.inverseCumulativeProbability(u);
    }

    /** Σ_j w_j K(x | θ_j): the density of proposing x from the whole previous population. */
    double proposalDensity(double[] x) {
        double total = 0, previousWeight = 0;
        for (Particle p : particles) {
            double k = 1;
            double[] theta = p.values();
            for (int i = 0; i < x.length && k > 0; i++) k *= STANDARD.density((x[i] - theta[i]) / sd[i]) / sd[i];
            total += p.weight() * k;
            previousWeight += p.weight();
        }
        return total / previousWeight;
    }
}
