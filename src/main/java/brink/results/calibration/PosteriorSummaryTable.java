package brink.results.calibration;

import brink.results.Csv;
import brink.results.Numbers;

import java.util.List;

/**
 * The schema of parameters.csv: per fitted parameter, the prior (as the scenario grammar writes
 * it, with its mean and sd) and the weighted posterior's mean, sd, 5%, 50% and 95% quantiles,
 * the ratio of posterior to prior sd (near 1: the targets do not identify the parameter), and
 * the fitted distribution written into the fitted scenario.
 */
public final class PosteriorSummaryTable {
    public static final String FILE = "parameters.csv";
    public static final List<String> COLUMNS = List.of("parameter", "prior", "prior_mean", "prior_sd", "posterior_mean", "posterior_sd",
            "posterior_q05", "posterior_median", "posterior_q95", "sd_ratio", "fitted");

    public record Row(String parameter, String prior, double priorMean, double priorSd, double mean, double sd,
                      double q05, double median, double q95, double sdRatio, String fitted) {}

    private PosteriorSummaryTable() {}

    public static String render(List<Row> rows) {
        StringBuilder sb = new StringBuilder(Csv.line(COLUMNS)).append('\n');
        for (Row r : rows) {
            sb.append(Csv.line(List.of(r.parameter(), r.prior(), Numbers.format(r.priorMean()), Numbers.format(r.priorSd()),
                    Numbers.format(r.mean()), Numbers.format(r.sd()), Numbers.format(r.q05()), Numbers.format(r.median()),
                    Numbers.format(r.q95()), Numbers.format(r.sdRatio()), r.fitted()))).append('\n');
        }
        return sb.toString();
    }
}
