package brink.scenario;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.EnumeratedRealDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;

/**
 * A parameter's value: a fixed number or a distribution sampled once per replication. Each kind
 * is backed by a Commons Math distribution bound once (per worker) to that worker's generator.
 */
public sealed interface ParameterDistribution {

    /** Tail probability outside which unbounded distributions must stay inside a parameter's range. */
    double TAIL = 0.0005;

    /** e.g. "uniform(10000, 12000)". */
    String describe();

    /** Smallest value the distribution gives in practice (its 0.05% quantile when unbounded). */
    double lower();

    /** Largest value the distribution gives in practice (its 99.95% quantile when unbounded). */
    double upper();

    /** Mean, for summaries. */
    double mean();

    /** A sampler drawing from {@code rng}; create once per worker, call once per replication. */
    DoubleSupplier bind(RandomGenerator rng);

    /** The definition as plain values, for manifest.json. */
    Map<String, Object> toMap();

    default boolean isFixed() { return this instanceof Fixed; }

    private static Map<String, Object> map(String dist, Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dist", dist);
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
        return m;
    }

    private static String n(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format("%,d", (long) v);
        return String.valueOf(v);
    }

    record Fixed(double value) implements ParameterDistribution {
        public String describe() { return n(value); }
        public double lower() { return value; }
        public double upper() { return value; }
        public double mean() { return value; }
        public DoubleSupplier bind(RandomGenerator rng) { return () -> value; }
        public Map<String, Object> toMap() { return map("fixed", "value", value); }
    }

    record Uniform(double min, double max) implements ParameterDistribution {
        public String describe() { return "uniform(" + n(min) + ", " + n(max) + ")"; }
        public double lower() { return min; }
        public double upper() { return max; }
        public double mean() { return (min + max) / 2; }
        public DoubleSupplier bind(RandomGenerator rng) {
            if (min == max) return () -> min;
            UniformRealDistribution d = new UniformRealDistribution(rng, min, max);
            return d::sample;
        }
        public Map<String, Object> toMap() { return map("uniform", "min", min, "max", max); }
    }

    record Triangular(double min, double mode, double max) implements ParameterDistribution {
        public String describe() { return "triangular(" + n(min) + ", " + n(mode) + ", " + n(max) + ")"; }
        public double lower() { return min; }
        public double upper() { return max; }
        public double mean() { return (min + mode + max) / 3; }
        public DoubleSupplier bind(RandomGenerator rng) {
            if (min == max) return () -> min;
            TriangularDistribution d = new TriangularDistribution(rng, min, mode, max);
            return d::sample;
        }
        public Map<String, Object> toMap() { return map("triangular", "min", min, "mode", mode, "max", max); }
    }

    record Normal(double mean, double sd) implements ParameterDistribution {
        public String describe() { return "normal(mean " + n(mean) + ", sd " + n(sd) + ")"; }
        public double lower() { return sd == 0 ? mean : new NormalDistribution(null, mean, sd).inverseCumulativeProbability(TAIL); }
        public double upper() { return sd == 0 ? mean : new NormalDistribution(null, mean, sd).inverseCumulativeProbability(1 - TAIL); }
        public DoubleSupplier bind(RandomGenerator rng) {
            if (sd == 0) return () -> mean;
            NormalDistribution d = new NormalDistribution(rng, mean, sd);
            return d::sample;
        }
        public Map<String, Object> toMap() { return map("normal", "mean", mean, "sd", sd); }
    }

    /** A normal restricted to [min, max], sampled by inverting the CDF over the truncated range. */
    record TruncatedNormal(double mean, double sd, double min, double max) implements ParameterDistribution {
        public String describe() { return "truncated_normal(mean " + n(mean) + ", sd " + n(sd) + ", " + n(min) + " to " + n(max) + ")"; }
        public double lower() { return min; }
        public double upper() { return max; }
        public double mean() {
            if (sd == 0) return Math.max(min, Math.min(max, mean));
            NormalDistribution z = new NormalDistribution(null, 0, 1);
            double a = (min - mean) / sd, b = (max - mean) / sd;
            double mass = z.cumulativeProbability(b) - z.cumulativeProbability(a);
            return mean + sd * (z.density(a) - z.density(b)) / mass;
        }
        public DoubleSupplier bind(RandomGenerator rng) {
            if (sd == 0) { double v = Math.max(min, Math.min(max, mean)); return () -> v; }
            NormalDistribution d = new NormalDistribution(rng, mean, sd);
            double lo = d.cumulativeProbability(min);
            double hi = d.cumulativeProbability(max);
            return () -> Math.max(min, Math.min(max, d.inverseCumulativeProbability(lo + rng.nextDouble() * (hi - lo))));
        }
        public Map<String, Object> toMap() { return map("truncated_normal", "mean", mean, "sd", sd, "min", min, "max", max); }
    }

    /** Lognormal given by its median and the sd of its logarithm. */
    record LogNormal(double median, double sigma) implements ParameterDistribution {
        public String describe() { return "lognormal(median " + n(median) + ", sigma " + n(sigma) + ")"; }
        public double lower() { return sigma == 0 ? median : dist(null).inverseCumulativeProbability(TAIL); }
        public double upper() { return sigma == 0 ? median : dist(null).inverseCumulativeProbability(1 - TAIL); }
        public double mean() { return median * Math.exp(sigma * sigma / 2); }
        private LogNormalDistribution dist(RandomGenerator rng) { return new LogNormalDistribution(rng, Math.log(median), sigma); }
        public DoubleSupplier bind(RandomGenerator rng) {
            if (sigma == 0) return () -> median;
            LogNormalDistribution d = dist(rng);
            return d::sample;
        }
        public Map<String, Object> toMap() { return map("lognormal", "median", median, "sigma", sigma); }
    }

    /** Beta(alpha, beta) scaled to [min, max] (default [0, 1]). */
    record Beta(double alpha, double beta, double min, double max) implements ParameterDistribution {
        public String describe() {
            return "beta(" + n(alpha) + ", " + n(beta) + (min == 0 && max == 1 ? "" : ", on " + n(min) + " to " + n(max)) + ")";
        }
        public double lower() { return min; }
        public double upper() { return max; }
        public double mean() { return min + (max - min) * alpha / (alpha + beta); }
        public DoubleSupplier bind(RandomGenerator rng) {
            BetaDistribution d = new BetaDistribution(rng, alpha, beta);
            return () -> min + (max - min) * d.sample();
        }
        public Map<String, Object> toMap() { return map("beta", "alpha", alpha, "beta", beta, "min", min, "max", max); }
    }

    /** One of a list of values, with optional weights (equal by default). */
    record Choice(double[] values, double[] weights) implements ParameterDistribution {
        public String describe() {
            StringBuilder sb = new StringBuilder("choice(");
            for (int i = 0; i < values.length; i++) {
                if (i > 0) sb.append(", ");
                sb.append(n(values[i]));
                if (weights != null) sb.append(" w ").append(n(weights[i]));
            }
            return sb.append(")").toString();
        }
        public double lower() { return Arrays.stream(values).min().orElse(Double.NaN); }
        public double upper() { return Arrays.stream(values).max().orElse(Double.NaN); }
        public double mean() {
            double sw = 0, s = 0;
            for (int i = 0; i < values.length; i++) {
                double w = weights == null ? 1 : weights[i];
                sw += w;
                s += w * values[i];
            }
            return s / sw;
        }
        public DoubleSupplier bind(RandomGenerator rng) {
            double[] w = weights;
            if (w == null) { w = new double[values.length]; Arrays.fill(w, 1.0); }
            EnumeratedRealDistribution d = new EnumeratedRealDistribution(rng, values, w);
            return d::sample;
        }
        public Map<String, Object> toMap() {
            return map("choice", "values", values, "weights", weights == null ? null : weights);
        }
        @Override public boolean equals(Object o) {
            return o instanceof Choice c && Arrays.equals(values, c.values) && Arrays.equals(weights, c.weights);
        }
        @Override public int hashCode() { return 31 * Arrays.hashCode(values) + Arrays.hashCode(weights); }
        @Override public String toString() { return describe(); }
    }
}
