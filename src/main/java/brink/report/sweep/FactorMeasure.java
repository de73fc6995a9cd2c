package brink.report.sweep;

import brink.results.sweep.SensitivityTable;
import brink.scenario.sweep.Outcome;
import brink.scenario.sweep.SweepSpec;

import java.util.Arrays;
import java.util.List;

/**
 * One sensitivity measure of an outcome per factor, in factor order, with its 95% interval, as
 * sensitivity.csv holds it (NaN where absent or where the method gives no interval).
 */
public record FactorMeasure(double[] estimate, double[] low, double[] high) {

    public static FactorMeasure of(SweepSpec spec, List<SensitivityTable.Row> rows, Outcome out, String measure) {
        int k = spec.factorCount();
        double[] e = new double[k], lo = new double[k], hi = new double[k];
        Arrays.fill(e, Double.NaN);
        Arrays.fill(lo, Double.NaN);
        Arrays.fill(hi, Double.NaN);
        for (SensitivityTable.Row r : rows) {
            if (!r.outcome().equals(out.id()) || !r.measure().equals(measure)) continue;
            for (int i = 0; i < k; i++) {
                if (spec.factors().get(i).path().equals(r.factor())) {
                    e[i] = r.estimate();
                    lo[i] = r.low();
                    hi[i] = r.high();
                }
            }
        }
        return new FactorMeasure(e, lo, hi);
    }
}
