package brink.stats;

import org.apache.commons.math3.stat.interval.ClopperPearsonInterval;
import org.apache.commons.math3.stat.interval.ConfidenceInterval;
import org.apache.commons.math3.stat.interval.WilsonScoreInterval;

/**
 * Confidence intervals for event probabilities: every probability Brink reports comes with one,
 * never as a bare frequency. Wilson and Clopper-Pearson come from Commons Math; the interval for a
 * difference of two proportions is Newcombe's hybrid score method (method 10, Newcombe 1998),
 * built from the two Wilson intervals; for paired samples (the same replications under common
 * random numbers) it is the same construction with the correlation of the pairs (method 10 of
 * Newcombe 1998b).
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

    /**
     * The paired 2x2 table of n pairs: {@code both} pairs with the event in the first and the
     * second member, {@code firstOnly}, {@code secondOnly}, and {@code neither}.
     */
    public record PairedTable(long both, long firstOnly, long secondOnly, long neither) {
        public long pairs() { return both + firstOnly + secondOnly + neither; }
        /** Pairs whose members disagree (the only ones that move p1 - p2). */
        public long discordant() { return firstOnly + secondOnly; }
    }

    /**
     * Newcombe's hybrid score interval for p1 - p2 from paired data (Newcombe 1998b, "Improved
     * confidence intervals for the difference between binomial proportions based on paired data",
     * Stat Med 17:2635-2650, method 10; the "Newcombe square-and-add" interval of Fagerland,
     * Lydersen and Laake 2014, who recommend it). With p1 = (both + firstOnly) / n and
     * p2 = (both + secondOnly) / n, Wilson intervals [l1, u1] and [l2, u2] for each, and phi the
     * correlation of the pairs,
     *
     * <pre>
     *   low  = d - sqrt((p1 - l1)^2 - 2 phi (p1 - l1)(u2 - p2) + (u2 - p2)^2)
     *   high = d + sqrt((u1 - p1)^2 - 2 phi (u1 - p1)(p2 - l2) + (p2 - l2)^2)
     * </pre>
     *
     * As for independent samples but with the covariance term: the more the pairs agree, the
     * narrower the interval. phi = (A - n/2) / sqrt(product of the four margins) when
     * A = both * neither - firstOnly * secondOnly exceeds n/2, 0 for 0 &lt;= A &lt;= n/2, A / sqrt(...)
     * when A &lt; 0, and 0 when a margin is empty (Newcombe's continuity-type correction of phi).
     */
    public static Interval pairedDifference(PairedTable t, double level) {
        long n = t.pairs();
        if (n <= 0) return new Interval(-1, 1);
        long k1 = t.both() + t.firstOnly(), k2 = t.both() + t.secondOnly();
        double p1 = (double) k1 / n, p2 = (double) k2 / n, d = p1 - p2;
        Interval a = wilson(k1, n, level), b = wilson(k2, n, level);
        double phi = phi(t);
        double low = d - Math.sqrt(Math.max(0, sq(p1 - a.low()) - 2 * phi * (p1 - a.low()) * (b.high() - p2) + sq(b.high() - p2)));
        double high = d + Math.sqrt(Math.max(0, sq(a.high() - p1) - 2 * phi * (a.high() - p1) * (p2 - b.low()) + sq(p2 - b.low())));
        return new Interval(Math.max(-1, low), Math.min(1, high));
    }

    public static Interval pairedDifference(PairedTable t) { return pairedDifference(t, LEVEL); }

    /** Newcombe's corrected phi (see {@link #pairedDifference}); products in double, as counts reach 10^6 and more. */
    static double phi(PairedTable t) {
        double n = t.pairs();
        double e = t.both() + t.firstOnly(), f = t.secondOnly() + t.neither();
        double g = t.both() + t.secondOnly(), h = t.firstOnly() + t.neither();
        if (e == 0 || f == 0 || g == 0 || h == 0) return 0;
        double a = (double) t.both() * t.neither() - (double) t.firstOnly() * t.secondOnly();
        double margins = Math.sqrt(e) * Math.sqrt(f) * Math.sqrt(g) * Math.sqrt(h);
        if (a > n / 2) return (a - n / 2) / margins;
        if (a >= 0) return 0;
        return a / margins;
    }

    private static double sq(double x) { return x * x; }
}
