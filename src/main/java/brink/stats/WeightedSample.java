package brink.stats;

import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.Variance;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Summaries of a weighted sample (a population's values or statistics): Commons Math's weighted
 * mean and variance, and the weighted quantile as the smallest value whose cumulative weight
 * reaches the share asked for.
 */
public final class WeightedSample {
    private final double[] values;
    private final double[] weights;

    public WeightedSample(double[] values, double[] weights) {
        this.values = values;
        this.weights = weights;
    }

    public double mean() { return new Mean().evaluate(values, weights); }

    /** The weighted variance Σw(x − m)²/Σw (weights as frequencies, no bias correction: the population's own spread, as the kernel uses it). */
    public double variance() { return values.length < 2 ? 0 : new Variance(false).evaluate(values, weights); }

    public double sd() { return Math.sqrt(variance()); }

    public double quantile(double q) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
        double total = 0;
        for (double w : weights) total += w;
        double c = 0;
        for (Integer i : order) {
            c += weights[i];
            if (c >= q * total * (1 - 1e-12)) return values[i];
        }
        return values[order[order.length - 1]];
    }

    /** The share of the weight on values in [low, high]. */
    public double shareWithin(double low, double high) {
        double total = 0, in = 0;
        for (int i = 0; i < values.length; i++) {
            total += weights[i];
            if (values[i] >= low && values[i] <= high) in += weights[i];
        }
        return in / total;
    }
}
