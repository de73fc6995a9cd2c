package brink.results.sweep;

import brink.results.Csv;
import brink.results.Numbers;

import java.util.List;

/** The schema of sensitivity.csv: one index per outcome, factor and measure, with its 95% interval where the method gives one. */
public final class SensitivityTable {
    public static final String FILE = "sensitivity.csv";
    /** Resamples behind the bootstrap intervals of Sobol indices. */
    public static final int BOOTSTRAP_RESAMPLES = 1000;
    public static final List<String> COLUMNS = List.of("outcome", "factor", "measure", "estimate", "ci_low", "ci_high");

    /** One index; low and high are NaN (empty cells) where the method gives no interval. */
    public record Row(String outcome, String factor, String measure, double estimate, double low, double high) {}

    private SensitivityTable() {}

    public static String render(List<Row> rows) {
        StringBuilder sb = new StringBuilder(Csv.line(COLUMNS)).append('\n');
        for (Row r : rows) {
            sb.append(Csv.field(r.outcome())).append(',').append(Csv.field(r.factor())).append(',')
                    .append(Csv.field(r.measure())).append(',').append(Numbers.format(r.estimate())).append(',')
                    .append(Numbers.format(r.low())).append(',').append(Numbers.format(r.high())).append('\n');
        }
        return sb.toString();
    }
}
