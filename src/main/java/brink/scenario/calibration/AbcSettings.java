package brink.scenario.calibration;

/**
 * How the ABC-SMC runs (docs/calibration.md): {@code particles} accepted per population;
 * at most {@code populations} populations; {@code replications} runs per particle for its summary
 * statistics; the next tolerance is the {@code quantile} of the current population's distances;
 * the calibration stops after a population whose acceptance rate falls below
 * {@code minAcceptance}; a particle that needs more than {@code maxAttempts} simulated proposals
 * ends the calibration at the previous population.
 */
public record AbcSettings(int particles, int populations, int replications, double quantile,
                          double minAcceptance, int maxAttempts) {
    public static final int DEFAULT_PARTICLES = 200;
    public static final int DEFAULT_POPULATIONS = 5;
    public static final int DEFAULT_REPLICATIONS = 40;
    public static final double DEFAULT_QUANTILE = 0.5;
    public static final double DEFAULT_MIN_ACCEPTANCE = 0.02;
    public static final int DEFAULT_MAX_ATTEMPTS = 2_000;
}
