package brink.stats;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * Distribution-free confidence interval for a median from order statistics: [x(l), x(n-l+1)]
 * with the largest l such that 2 P(Bin(n, 1/2) <= l-1) <= 1 - level, so the coverage is at least
 * the level, with no resampling and no random numbers. Below n = 6 no such l exists at 95% and
 * the interval is the sample range (coverage 1 - 2^(1-n), stated in the report).
 */
public final class OrderStatisticInterval {
    private OrderStatisticInterval() {}

    /** The 1-based rank l of the lower bound for n sorted values (at least 1). */
    public static int lowerRank(int n, double level) {
        if (n < 1) throw new IllegalArgumentException("n must be at least 1");
        BinomialDistribution b = new BinomialDistribution(null, n, 0.5);
        double alpha = 1 - level;
        int l = 1;
        while (l + 1 <= (n + 1) / 2 && 2 * b.cumulativeProbability(l) <= alpha) l++;
        return l;
    }

    /** {low, high} from values sorted ascending. */
    public static double[] ofSorted(double[] sorted, int n, double level) {
        int l = lowerRank(n, level);
        return new double[]{sorted[l - 1], sorted[n - l]};
    }
}
