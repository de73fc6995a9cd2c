package brink.experiment.sweep;

import brink.results.sweep.PointResult;
import brink.results.sweep.SensitivityTable;
import brink.results.sweep.SensitivityTable.Row;
import brink.scenario.sweep.SweepSpec;
import brink.stats.MorrisIndices;
import brink.stats.PartialRankCorrelation;
import brink.stats.SobolIndices;
import org.apache.commons.math3.distribution.NormalDistribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The sensitivity indices a design supports, per outcome and factor, from the points' estimates:
 * Sobol S1 and ST with bootstrap intervals (sobol), mu*, mu and sigma (morris), and partial rank
 * correlations with Fisher-z intervals (grid, lhs). Failed points are left out: a Sobol base row
 * needs all its k + 2 points, a Morris effect both of its points.
 */
public final class SensitivityAnalysis {
    public static final String FILE = SensitivityTable.FILE;
    public static final int BOOTSTRAP_RESAMPLES = SensitivityTable.BOOTSTRAP_RESAMPLES;

    private SensitivityAnalysis() {}

    public static List<Row> compute(SweepSpec spec, DesignPlan plan, Map<Integer, PointResult> results) {
        List<Row> rows = new ArrayList<>();
        int k = spec.factorCount();
        for (int o = 0; o < spec.outcomes().size(); o++) {
            String id = spec.outcomes().get(o).id();
            double[] y = new double[plan.size()];
            for (int p = 0; p < y.length; p++) {
                PointResult r = results.get(p);
                y[p] = r == null || r.failed() ? Double.NaN : r.estimate()[o];
            }
            switch (spec.design()) {
                case SOBOL -> sobol(spec, y, id, rows);
                case MORRIS -> {
                    MorrisIndices.Result m = MorrisEffects.compute(plan.morris(), y, spec.seed());
                    for (int i = 0; i < k; i++) {
                        String f = spec.factors().get(i).path();
                        rows.add(new Row(id, f, "mu_star", m.muStar()[i], m.muStarLow()[i], m.muStarHigh()[i]));
                        rows.add(new Row(id, f, "mu", m.mu()[i], Double.NaN, Double.NaN));
                        rows.add(new Row(id, f, "sigma", m.sigma()[i], Double.NaN, Double.NaN));
                    }
                }
                case GRID, LHS -> prcc(spec, plan, y, id, rows);
            }
        }
        return rows;
    }

    private static void sobol(SweepSpec spec, double[] y, String id, List<Row> rows) {
        int k = spec.factorCount();
        int n = spec.options().baseSamples();
        List<Integer> complete = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            boolean ok = true;
            for (int b = 0; b < k + 2; b++) ok &= !Double.isNaN(y[SaltelliDesign.index(j, b, k)]);
            if (ok) complete.add(j);
        }
        if (complete.size() < 2) return;
        int m = complete.size();
        double[] yA = new double[m], yB = new double[m];
        double[][] yAB = new double[k][m];
        for (int c = 0; c < m; c++) {
            int j = complete.get(c);
            yA[c] = y[SaltelliDesign.index(j, SaltelliDesign.A, k)];
            yB[c] = y[SaltelliDesign.index(j, SaltelliDesign.B, k)];
            for (int i = 0; i < k; i++) yAB[i][c] = y[SaltelliDesign.index(j, 2 + i, k)];
        }
        SobolIndices.Result r = SobolIndices.withBootstrap(yA, yB, yAB, BOOTSTRAP_RESAMPLES, spec.seed());
        for (int i = 0; i < k; i++) {
            String f = spec.factors().get(i).path();
            rows.add(new Row(id, f, "S1", r.s1()[i], r.s1Low()[i], r.s1High()[i]));
            rows.add(new Row(id, f, "ST", r.st()[i], r.stLow()[i], r.stHigh()[i]));
        }
    }

    private static void prcc(SweepSpec spec, DesignPlan plan, double[] y, String id, List<Row> rows) {
        int k = spec.factorCount();
        List<double[]> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int p = 0; p < y.length; p++) {
            if (Double.isNaN(y[p])) continue;
            xs.add(plan.points().get(p).values());
            ys.add(y[p]);
        }
        int n = ys.size();
        if (n < k + 3) return;
        double[] r = PartialRankCorrelation.compute(xs.toArray(new double[0][]), ys.stream().mapToDouble(Double::doubleValue).toArray());
        double zc = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.975);
        double se = 1 / Math.sqrt(n - 3 - (k - 1));
        for (int i = 0; i < k; i++) {
            double lo = Double.NaN, hi = Double.NaN;
            if (!Double.isNaN(r[i]) && Math.abs(r[i]) < 1) {
                double z = 0.5 * StrictMath.log((1 + r[i]) / (1 - r[i])); // StrictMath: the same digits on every JVM and CPU
                lo = StrictMath.tanh(z - zc * se);
                hi = StrictMath.tanh(z + zc * se);
            }
            rows.add(new Row(id, spec.factors().get(i).path(), "prcc", r[i], lo, hi));
        }
    }

}
