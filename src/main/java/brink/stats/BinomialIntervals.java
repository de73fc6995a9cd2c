package brink.stats;

import org.apache.commons.math3.stat.interval.ClopperPearsonInterval;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * Confidence intervals for event probabilities: every probability Brink reports comes with one,
 * never as a bare frequency. Wilson and Clopper-Pearson come from Commons Math; the interval for a
 * difference of two proportions is Newcombe's hybrid score method (method 10, Newcombe 1998),
 * built from the two Wilson intervals.
 */
public final class BinomialIntervals {
    public static final double LEVEL = 0.95;

    private BinomialIntervals() {}

    /** A closed interval [low, high]. */
    public record Interval(double low, double high) {}

    /** Wilson score interval for k successes in n trials (Commons Math needs n > 0). */
    public static Interval wilson(long k, long n, double level) {
        if (n <= 0) return new Interval(0, 1);
        ConfidenceInterval ci = new WilsonScoreInterval().createInterval((int) n, (int) k, level);
        // at k = 0 and k = n the exact Wilson bounds are 0 and 1; Commons Math leaves rounding noise (1e-19)
        double low = k == 0 ? 0 : Math.max(0, ci.getLowerBound());
        double high = k == n ? 1 : Math.min(1, ci.getUpperBound());
        return new Interval(low, high);
    }

    public static Interval wilson(long k, long n) { return wilson(k, n, LEVEL); }

    /** Exact Clopper-Pearson interval (Commons Math gives NaN-free bounds for 0 < k < n; the edges are fixed here). */
    public static Interval clopperPearson(long k, long n, double level) {
        if (n <= 0) return new Interval(0, 1);
        ConfidenceInterval ci = new ClopperPearsonInterval().createInterval((int) n, (int) k, level);
        double lo = k == 0 ? 0 : ci.getLowerBound();
        double hi = k == n ? 1 : ci.getUpperBound();
        return new Interval(lo, hi);
    }

    /** Newcombe's hybrid score interval for p1 - p2 (independent samples). */
    public static Interval difference(long k1, long n1, long k2, long n2, double level) {
        double p1 = n1 == 0 ? 0 : (double) k1 / n1;
        double p2 = n2 == 0 ? 0 : (double) k2 / n2;
        Interval a = wilson(k1, n1, level);
        Interval b = wilson(k2, n2, level);
        double d = p1 - p2;
        double low = d - Math.sqrt(sq(p1 - a.low()) + sq(b.high() - p2));
        double high = d + Math.sqrt(sq(a.high() - p1) + sq(p2 - b.low()));
        return new Interval(Math.max(-1, low), Math.min(1, high));
    }

    public static Interval difference(long k1, long n1, long k2, long n2) { return difference(k1, n1, k2, n2, LEVEL); }

    private static double sq(double x) { return x * x; }
}
