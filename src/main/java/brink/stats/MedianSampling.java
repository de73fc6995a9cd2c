package brink.stats;

import org.apache.commons.math3.distribution.BinomialDistribution;

import java.util.Arrays;

/**
 * The exact bootstrap distribution of a sample's median: the distribution of the median of n
 * draws with replacement from the n values, which 2,000 resamples only estimate. It follows from
 * counts alone (Maritz and Jarrett 1978; Efron 1982, ch. 10): with N(v) the number of draws at or
 * below v, N(v) ~ Binomial(n, F(v)) where F is the sample's distribution function, and
 *
 * <ul>
 *   <li>for odd n the median is the draw of rank r = (n + 1) / 2, at or below v exactly when
 *       N(v) &ge; r;</li>
 *   <li>for even n (m = n / 2) it is the mean of ranks m and m + 1, as Commons Math's
 *       {@code Percentile} takes it: it equals a value v_i when N(v_{i-1}) &lt; m and
 *       N(v_i) &gt; m, and (v_i + v_j) / 2 when exactly m draws lie at or below v_i, one of them
 *       at v_i, and the smallest of the other n - m is v_j.</li>
 * </ul>
 *
 * Only the distinct values matter, so a tie-heavy outcome (a rung 0 to 11, a whole day) has a
 * handful of atoms, and a continuous one of a million values only the few thousand around the
 * middle where the probability is not negligible ({@link #NEGLIGIBLE}). Nothing is resampled and
 * no random number is drawn.
 */
public final class MedianSampling {
    /** Atoms whose probability is below this are left out (their total stays far below any quantile used). */
    static final double NEGLIGIBLE = 1e-14;

    /** The atoms, ascending, and their probabilities (summing to 1 up to the neglected tails). */
    private final double[] values;
    private final double[] probabilities;

    private MedianSampling(double[] values, double[] probabilities) {
        this.values = values;
        this.probabilities = probabilities;
    }

    public double[] values() { return values.clone(); }
    public double[] probabilities() { return probabilities.clone(); }
    public int atoms() { return values.length; }

    /** The bootstrap distribution of the median of {@code sorted} (ascending, no NaN, at least one value). */
    public static MedianSampling ofSorted(double[] sorted) {
        int n = sorted.length;
        if (n == 0) throw new IllegalArgumentException("no values");
        // distinct values and their cumulative shares F_i
        double[] v = new double[n];
        long[] cum = new long[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (m > 0 && sorted[i] == v[m - 1]) {
                cum[m - 1] = i + 1;
            } else {
                v[m] = sorted[i];
                cum[m++] = i + 1;
            }
        }
        Atoms atoms = new Atoms(Math.min(1 << 16, 4 * m + 16));
        if (n % 2 == 1) odd(n, v, cum, m, atoms);
        else even(n, v, cum, m, atoms);
        return atoms.sorted();
    }

    /** P(N_i >= r) for the cumulative count cum of n values. */
    private static double atLeast(int n, long cum, int r) {
        if (cum >= n) return 1;
        if (cum <= 0) return 0;
        // cumulativeProbability(r - 1) is P(N <= r - 1); its complement is accurate enough above NEGLIGIBLE
        return 1 - new BinomialDistribution(null, n, (double) cum / n).cumulativeProbability(r - 1);
    }

    private static double exactly(int n, long cum, int k) {
        if (cum >= n) return k == n ? 1 : 0;
        if (cum <= 0) return k == 0 ? 1 : 0;
        return new BinomialDistribution(null, n, (double) cum / n).probability(k);
    }

    /** The first distinct value i whose P(N_i >= r) exceeds the negligible (binary search: it rises with i). */
    private static int firstRelevant(int n, long[] cum, int m, int r) {
        int lo = 0, hi = m - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (atLeast(n, cum[mid], r) > NEGLIGIBLE) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private static void odd(int n, double[] v, long[] cum, int m, Atoms atoms) {
        int r = (n + 1) / 2;
        int i = firstRelevant(n, cum, m, r);
        double below = i == 0 ? 0 : atLeast(n, cum[i - 1], r); // P(N_{i-1} >= r)
        for (; i < m; i++) {
            double upTo = atLeast(n, cum[i], r);
            atoms.add(v[i], upTo - below);
            if (1 - upTo < NEGLIGIBLE) break;
            below = upTo;
        }
    }

    private static void even(int n, double[] v, long[] cum, int m, Atoms atoms) {
        int half = n / 2;
        int i = firstRelevant(n, cum, m, half);
        // P(N >= half + 1) and P(N = half) at v_{i-1}, carried from one value to the next (a binomial
        // tail at n = 10^6 costs microseconds, and a continuous outcome has thousands of values here)
        long before = i == 0 ? 0 : cum[i - 1];
        double aboveBefore = atLeast(n, before, half + 1), halfBefore = exactly(n, before, half);
        for (; i < m; i++) {
            double aboveHere = atLeast(n, cum[i], half + 1), halfHere = exactly(n, cum[i], half);
            // the median is v_i: N_i >= half + 1, and not N_{i-1} >= half (either above it, or exactly half with the next draw at v_i)
            double single = aboveHere - aboveBefore - halfBefore * (1 - ratioPower(n - half, n - cum[i], n - before));
            if (single > 0) atoms.add(v[i], single);
            // the draw of rank half is v_i (exactly half draws at or below v_i, at least one of them at v_i),
            // and the smallest of the other n - half is v_j (j > i)
            double exactlyHalf = halfHere * (1 - ratioPower(half, before, cum[i]));
            if (exactlyHalf > NEGLIGIBLE && i + 1 < m) {
                double above = n - cum[i]; // values above v_i: the other draws come from these
                double survive = 1; // P(all n - half other draws lie above v_{j-1}), relative to above v_i
                for (int j = i + 1; j < m && survive * exactlyHalf > NEGLIGIBLE; j++) {
                    double next = ratioPower(n - half, n - cum[j], above);
                    atoms.add((v[i] + v[j]) / 2, exactlyHalf * (survive - next));
                    survive = next;
                }
            }
            if (aboveHere > 1 - NEGLIGIBLE) break; // the median lies at or below v_i: nothing above is left
            before = cum[i];
            aboveBefore = aboveHere;
            halfBefore = halfHere;
        }
    }

    /** (a / b)^k for counts a <= b (1 when b = 0). */
    private static double ratioPower(int k, double a, double b) {
        if (b <= 0) return 1;
        if (a <= 0) return 0;
        return StrictMath.exp(k * StrictMath.log1p((a - b) / b)); // StrictMath: the same digits on every JVM and CPU
    }

    /**
     * The percentile interval of median(b) - median(a) for independent samples: the smallest d
     * with P(D <= d) >= (1 - level) / 2 and the smallest with P(D <= d) >= (1 + level) / 2, where
     * D is the difference of the two bootstrap medians. {low, high}.
     */
    public static double[] differenceInterval(MedianSampling a, MedianSampling b, double level) {
        double tail = (1 - level) / 2;
        return new double[]{differenceQuantile(a, b, tail), differenceQuantile(a, b, 1 - tail)};
    }

    /** The smallest difference d (an atom of B - A) with P(B - A <= d) >= q. */
    static double differenceQuantile(MedianSampling a, MedianSampling b, double q) {
        double lo = b.values[0] - a.values[a.values.length - 1];
        double hi = b.values[b.values.length - 1] - a.values[0];
        if (cdfOfDifference(a, b, lo) >= q) return lo;
        // bisection over the doubles in order (their bit patterns, mapped to an ordered long)
        long l = ordered(lo), h = ordered(hi);
        while (l + 1 < h) { // (h - l can overflow: the range may span both signs)
            long mid = (l & h) + ((l ^ h) >> 1); // the floor of the mean, without overflow
            if (cdfOfDifference(a, b, unordered(mid)) >= q) h = mid;
            else l = mid;
        }
        return unordered(h);
    }

    /** P(B - A <= d) = sum over a of P(A = a) P(B <= a + d): one merge of the two sorted atom lists. */
    static double cdfOfDifference(MedianSampling a, MedianSampling b, double d) {
        double total = 0, cumB = 0;
        int j = 0;
        for (int i = 0; i < a.values.length; i++) {
            // as a rises, b - a falls: the values of B counted so far stay counted
            while (j < b.values.length && b.values[j] - a.values[i] <= d) {
                cumB += b.probabilities[j++];
            }
            total += a.probabilities[i] * cumB;
        }
        return total;
    }

    private static long ordered(double x) {
        long bits = Double.doubleToLongBits(x == 0 ? 0.0 : x);
        return bits >= 0 ? bits : Long.MIN_VALUE - bits;
    }

    private static double unordered(long o) {
        return Double.longBitsToDouble(o >= 0 ? o : Long.MIN_VALUE - o);
    }

    /** A growing list of (value, probability), sorted and merged at the end. */
    private static final class Atoms {
        double[] v, p;
        int size;

        Atoms(int capacity) {
            v = new double[capacity];
            p = new double[capacity];
        }

        void add(double value, double probability) {
            if (!(probability > 0)) return;
            if (size == v.length) {
                v = Arrays.copyOf(v, 2 * size);
                p = Arrays.copyOf(p, 2 * size);
            }
            v[size] = value;
            p[size++] = probability;
        }

        /** Atoms in ascending order, equal values merged (a primitive sort, then each atom placed by binary search). */
        MedianSampling sorted() {
            double[] distinct = Arrays.copyOf(v, size);
            Arrays.sort(distinct);
            int k = 0;
            for (int i = 0; i < size; i++) if (k == 0 || distinct[i] != distinct[k - 1]) distinct[k++] = distinct[i];
            double[] vs = Arrays.copyOf(distinct, k), ps = new double[k];
            for (int i = 0; i < size; i++) ps[Arrays.binarySearch(vs, v[i])] += p[i];
            return new MedianSampling(vs, ps);
        }
    }
}
