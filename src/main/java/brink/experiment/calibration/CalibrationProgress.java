package brink.experiment.calibration;

import brink.results.calibration.Population;

/** What a calibration tells the terminal as it goes (the CLI shows it; tests pass {@link #NONE}). */
public interface CalibrationProgress {
    /** A population starts (tolerance infinite for the first). */
    void populationStarted(int population, int populations, double tolerance, int particles);

    /** Particles of the current population accepted so far. */
    void accepted(int done, int total);

    /** A population is done (computed now, or read back from its checkpoint on resume). */
    void populationDone(Population p, int populations, double seconds, boolean resumed);

    CalibrationProgress NONE = new CalibrationProgress() {
        public void populationStarted(int population, int populations, double tolerance, int particles) {}
        public void accepted(int done, int total) {}
        public void populationDone(Population p, int populations, double seconds, boolean resumed) {}
    };
}
