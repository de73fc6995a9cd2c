package brink.results.calibration;

import brink.results.Csv;
import brink.results.Numbers;

import java.util.List;

/**
 * The schema of targets.csv: each target's observed range and scale, and its simulated
 * statistic under the prior (the first population, drawn from the prior) and the posterior (the
 * last population, weighted): mean and 5% / 95% quantiles across particles, and the share of
 * posterior weight inside the observed range.
 */
public final class TargetFitTable {
    public static final String FILE = "targets.csv";
    public static final List<String> COLUMNS = List.of("target", "statistic", "observed_low", "observed_high", "scale",
            "prior_mean", "prior_q05", "prior_q95", "posterior_mean", "posterior_q05", "posterior_q95", "posterior_share_inside", "source");

    public record Row(String target, String statistic, double low, double high, double scale,
                      double priorMean, double priorQ05, double priorQ95,
                      double posteriorMean, double posteriorQ05, double posteriorQ95, double shareInside, String source) {}

    private TargetFitTable() {}

    public static String render(List<Row> rows) {
        StringBuilder sb = new StringBuilder(Csv.line(COLUMNS)).append('\n');
        for (Row r : rows) {
            sb.append(Csv.line(List.of(r.target(), r.statistic(), Numbers.format(r.low()), Numbers.format(r.high()),
                    Numbers.format(r.scale()), Numbers.format(r.priorMean()), Numbers.format(r.priorQ05()), Numbers.format(r.priorQ95()),
                    Numbers.format(r.posteriorMean()), Numbers.format(r.posteriorQ05()), Numbers.format(r.posteriorQ95()),
                    Numbers.format(r.shareInside()), r.source()))).append('\n');
        }
        return sb.toString();
    }
}
