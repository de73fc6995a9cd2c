package brink.stats;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;

/**
 * Partial rank correlation coefficients (PRCC): rank-transform the factors and the output
 * (average ranks for ties), regress factor i's ranks and the output's ranks on the other
 * factors' ranks, and correlate the two residuals. Measures a monotone effect of factor i with
 * the others held out. With one factor it is Spearman's correlation.
 */
public final class PartialRankCorrelation {
    private PartialRankCorrelation() {}

    /** PRCC of each factor (columns of x) with y; NaN where a variable is constant. */
    public static double[] compute(double[][] x, double[] y) {
        int n = y.length;
        int k = x.length == 0 ? 0 : x[0].length;
        NaturalRanking ranking = new NaturalRanking(TiesStrategy.AVERAGE);
        double[][] rx = new double[k][];
        for (int i = 0; i < k; i++) {
            double[] col = new double[n];
            for (int p = 0; p < n; p++) col[p] = x[p][i];
            rx[i] = ranking.rank(col);
        }
        double[] ry = ranking.rank(y);
        double[] out = new double[k];
        for (int i = 0; i < k; i++) {
            double[] ex, ey;
            if (k == 1) {
                ex = rx[i];
                ey = ry;
            } else {
                double[][] others = new double[n][k - 1];
                for (int p = 0; p < n; p++) {
                    for (int j = 0, c = 0; j < k; j++) if (j != i) others[p][c++] = rx[j][p];
                }
                ex = residuals(rx[i], others);
                ey = residuals(ry, others);
            }
            out[i] = correlation(ex, ey);
        }
        return out;
    }

    private static double[] residuals(double[] y, double[][] x) {
        if (y.length <= x[0].length + 1) return null;
        try {
            OLSMultipleLinearRegression ols = new OLSMultipleLinearRegression();
            ols.newSampleData(y.clone(), x);
            return ols.estimateResiduals();
        } catch (RuntimeException singular) {
            return null;
        }
    }

    private static double correlation(double[] a, double[] b) {
        if (a == null || b == null || constant(a) || constant(b)) return Double.NaN;
        return new PearsonsCorrelation().correlation(a, b);
    }

    private static boolean constant(double[] v) {
        double scale = 0;
        for (double d : v) scale = Math.max(scale, Math.abs(d));
        for (double d : v) if (Math.abs(d - v[0]) > 1e-9 * Math.max(1, scale)) return false;
        return true;
    }
}
