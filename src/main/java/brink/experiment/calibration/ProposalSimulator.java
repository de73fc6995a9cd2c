package brink.experiment.calibration;

/**
 * Turns a proposal into its summary statistics and its distance to the targets. Used by one
 * thread at a time; it must draw every random number from seeds keyed by {@code point} alone.
 */
interface ProposalSimulator {
    /** The targets' statistics for the fitted parameters at {@code values}, from the runs seeded by {@code point}. */
    double[] statistics(double[] values, long point);

    /** The distance of these statistics to the targets (0: all inside their observed ranges). */
    double distance(double[] statistics);
}
