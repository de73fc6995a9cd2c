package brink.cli;

import brink.experiment.calibration.CalibrationProgress;
import brink.results.calibration.Population;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a calibration on standard error: a line when a population starts (its tolerance), a
 * line at every quarter of its particles, and a line when it is done (acceptance rate, ESS, time).
 */
final class CalibrationProgressDisplay implements CalibrationProgress {
    private final PrintWriter err;
    private int population;
    private int lastQuarter;
    private long startNanos;

    CalibrationProgressDisplay(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void populationStarted(int population, int populations, double tolerance, int particles) {
        this.population = population;
        this.lastQuarter = 0;
        this.startNanos = System.nanoTime();
        // populations are numbered from 0, as in populations.csv, populations/ and the report
        err.printf(Locale.ROOT, "population %d (%d of %d): tolerance %s, %d particles%n", population, population + 1, populations,
                Double.isInfinite(tolerance) ? "none (drawn from the prior)" : String.format(Locale.ROOT, "%.4g", tolerance), particles);
        err.flush();
    }

    @Override
    public void accepted(int done, int total) {
        int quarter = done * 4 / Math.max(1, total);
        if (quarter > lastQuarter && done < total) {
            lastQuarter = quarter;
            double secs = (System.nanoTime() - startNanos) / 1e9;
            err.printf(Locale.ROOT, "  population %d: %d/%d particles accepted, %.0f s%n", population, done, total, secs);
            err.flush();
        }
    }

    @Override
    public void populationDone(Population p, int populations, double seconds, boolean resumed) {
        err.printf(Locale.ROOT, "population %d (%d of %d) %s: tolerance %s, acceptance %.1f%% (%d of %d proposals), ESS %.1f%s%n",
                p.index(), p.index() + 1, populations, resumed ? "kept from before" : "done",
                Double.isInfinite(p.tolerance()) ? "none" : String.format(Locale.ROOT, "%.4g", p.tolerance()),
                100 * p.acceptanceRate(), p.particles().size(), p.simulated(), p.ess(),
                resumed ? "" : String.format(Locale.ROOT, ", %.1f s", seconds));
        err.flush();
    }
}
