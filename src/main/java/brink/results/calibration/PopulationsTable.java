package brink.results.calibration;

import brink.results.Csv;
import brink.results.Numbers;

import java.util.List;

/**
 * The schema of populations.csv, the per-population diagnostics of an ABC-SMC calibration: the
 * tolerance the population was accepted at (empty for the first, drawn from the prior and all
 * accepted), the particles, the proposals simulated, the acceptance rate, the effective sample size
 * (Σw)²/Σw², and the median and largest distance of the accepted particles.
 */
public final class PopulationsTable {
    public static final String FILE = "populations.csv";
    public static final List<String> COLUMNS = List.of("population", "tolerance", "particles", "simulated",
            "acceptance_rate", "ess", "median_distance", "max_distance");

    /** One population's diagnostics. */
    public record Row(int population, double tolerance, int particles, long simulated, double acceptanceRate,
                      double ess, double medianDistance, double maxDistance) {}

    private PopulationsTable() {}

    public static String render(List<Row> rows) {
        StringBuilder sb = new StringBuilder(Csv.line(COLUMNS)).append('\n');
        for (Row r : rows) {
            sb.append(r.population()).append(',')
                    .append(Double.isInfinite(r.tolerance()) ? "" : Numbers.format(r.tolerance())).append(',')
                    .append(r.particles()).append(',').append(r.simulated()).append(',')
                    .append(Numbers.format(r.acceptanceRate())).append(',').append(Numbers.format(r.ess())).append(',')
                    .append(Numbers.format(r.medianDistance())).append(',').append(Numbers.format(r.maxDistance())).append('\n');
        }
        return sb.toString();
    }
}
