package brink.results.calibration;

/**
 * One accepted particle of an ABC-SMC population: the fitted parameters' values, its distance
 * to the targets, its importance weight (normalised within the population), the proposals it
 * took to be accepted, and its summary statistics (one per target, the mean over its runs).
 */
public record Particle(int index, double[] values, double distance, double weight, int attempts, double[] statistics) {}
