package brink.experiment;

import brink.model.Metric;

/**
 * The mean of every metric on every day, from block sums added strictly in block order with
 * Kahan compensation: deterministic whatever the thread count, and accurate for any N.
 */
final class MonteCarloAverages {
    private final int days;
    private final double[] sum;
    private final double[] compensation;
    private long runs;

    MonteCarloAverages(int days) {
        this.days = days;
        this.sum = new double[Metric.COUNT * (days + 1)];
        this.compensation = new double[sum.length];
    }

    void add(BlockResult block) {
        double[] s = block.sums;
        for (int i = 0; i < sum.length; i++) {
            double y = s[i] - compensation[i];
            double t = sum[i] + y;
            compensation[i] = (t - sum[i]) - y;
            sum[i] = t;
        }
        runs += block.count;
    }

    double mean(Metric m, int day) {
        return runs == 0 ? Double.NaN : sum[m.ordinal() * (days + 1) + day] / runs;
    }
}
