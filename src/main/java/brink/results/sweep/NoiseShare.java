package brink.results.sweep;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * How much of an outcome's spread across a sweep's points could be Monte Carlo noise: the typical
 * per-point standard error (95% interval width / 3.92) squared, against the variance of the
 * estimates across points. Near 0 the indices speak of the factors; near 100% mostly of the
 * noise, and the sweep needs more replications per point. Shared by the report and the console.
 *
 * @param share the noise share of variance, 0 to 1 (NaN when the estimates do not vary)
 */
public record NoiseShare(String outcome, double sd, double standardError, double share) {

    /** @param outcomes the sweep's outcome ids, in the order of the points' estimates */
    public static List<NoiseShare> of(List<String> outcomes, Collection<PointResult> points) {
        List<NoiseShare> out = new ArrayList<>();
        for (int o = 0; o < outcomes.size(); o++) {
            double sum = 0, sumSq = 0, se = 0;
            int n = 0;
            for (PointResult r : points) {
                if (r.failed()) continue;
                double e = r.estimate()[o];
                sum += e;
                sumSq += e * e;
                se += (r.high()[o] - r.low()[o]) / 3.92;
                n++;
            }
            if (n < 2) continue;
            double mean = sum / n;
            double sd = Math.sqrt(Math.max(0, (sumSq - n * mean * mean) / (n - 1)));
            se /= n;
            out.add(new NoiseShare(outcomes.get(o), sd, se, sd > 0 ? Math.min(1, se * se / (sd * sd)) : Double.NaN));
        }
        return out;
    }
}
