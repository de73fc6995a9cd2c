package brink.scenario;

import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.special.Erf;
import brink.random.NormalQuantile;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A parameter's value: a fixed number or a distribution sampled once per replication, by
 * inversion of its distribution function (Commons Math's special functions and distributions).
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

    /**
     * The value at probability {@code u} in (0, 1): the inverse of the distribution function.
     * Every parameter is sampled by inversion from one uniform of its own stream, so a what-if
     * that shifts a distribution moves each run's value to the same quantile of the new one
     * (common random numbers).
     */
    double quantile(double u);

    /**
     * {@link #quantile} as a function that may have computed its constants once (a truncated
     * normal's bounds): the sampler calls it for every parameter of every replication.
     */
    default java.util.function.DoubleUnaryOperator quantileFunction() { return this::quantile; }

    /** The definition as plain values, for manifest.json. */
    Map<String, Object> toMap();

    default boolean isFixed() { return this instanceof Fixed; }

    private static double standardNormalCdf(double x) { return 0.5 * Erf.erfc(-x / Math.sqrt(2)); }

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
        public double quantile(double u) { return value; }
        public Map<String, Object> toMap() { return map("fixed", "value", value); }
    }

    record Uniform(double min, double max) implements ParameterDistribution {
        public String describe() { return "uniform(" + n(min) + ", " + n(max) + ")"; }
        public double lower() { return min; }
        public double upper() { return max; }
        public double mean() { return (min + max) / 2; }
        public double quantile(double u) { return min + u * (max - min); }
        public Map<String, Object> toMap() { return map("uniform", "min", min, "max", max); }
    }

    record Triangular(double min, double mode, double max) implements ParameterDistribution {
        public String describe() { return "triangular(" + n(min) + ", " + n(mode) + ", " + n(max) + ")"; }
        public double lower() { return min; }
        public double upper() { return max; }
        public double mean() { return (min + mode + max) / 3; }
        public double quantile(double u) {
            if (min == max) return min;
            double atMode = (mode - min) / (max - min);
            return u < atMode ? min + Math.sqrt(u * (max - min) * (mode - min))
                    : max - Math.sqrt((1 - u) * (max - min) * (max - mode));
        }
        public Map<String, Object> toMap() { return map("triangular", "min", min, "mode", mode, "max", max); }
    }

    record Normal(double mean, double sd) implements ParameterDistribution {
        public String describe() { return "normal(mean " + n(mean) + ", sd " + n(sd) + ")"; }
        public double lower() { return quantile(TAIL); }
        public double upper() { return quantile(1 - TAIL); }
        public double quantile(double u) { return sd == 0 ? mean : mean + sd * NormalQuantile.of(u); }
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
        public double quantile(double u) {
            return quantileFunction().applyAsDouble(u);
        }
        @Override
        public java.util.function.DoubleUnaryOperator quantileFunction() {
            if (sd == 0) {
                double v = Math.max(min, Math.min(max, mean));
                return u -> v;
            }
            double lo = standardNormalCdf((min - mean) / sd), hi = standardNormalCdf((max - mean) / sd);
            return u -> Math.max(min, Math.min(max, mean + sd * NormalQuantile.of(lo + u * (hi - lo))));
        }
        public Map<String, Object> toMap() { return map("truncated_normal", "mean", mean, "sd", sd, "min", min, "max", max); }
    }

    /** Lognormal given by its median and the sd of its logarithm. */
    record LogNormal(double median, double sigma) implements ParameterDistribution {
        public String describe() { return "lognormal(median " + n(median) + ", sigma " + n(sigma) + ")"; }
        public double lower() { return quantile(TAIL); }
        public double upper() { return quantile(1 - TAIL); }
        public double mean() { return median * StrictMath.exp(sigma * sigma / 2); }
        public double quantile(double u) { return sigma == 0 ? median : median * StrictMath.exp(sigma * NormalQuantile.of(u)); }
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
        public double quantile(double u) {
            return min + (max - min) * new BetaDistribution(null, alpha, beta).inverseCumulativeProbability(u);
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
        public double quantile(double u) {
            double total = 0;
            for (int i = 0; i < values.length; i++) total += weights == null ? 1 : weights[i];
            double target = u * total, cumulative = 0;
            for (int i = 0; i < values.length; i++) {
                cumulative += weights == null ? 1 : weights[i];
                if (target < cumulative) return values[i];
            }
            return values[values.length - 1];
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
