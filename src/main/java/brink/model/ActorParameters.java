package brink.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One actor's behavioural parameters (sampled once per replication): the Richardson (1960)
 * pressure update's coefficients, and the red lines, resolve and risk aversion its logit choice
 * weighs (docs/model.md, 7.1-7.4).
 */
public final class ActorParameters implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Pressure at day 0. */
    public double initialPressure;
    /** Richardson reaction: pressure gained per day per unit of (saturated) observed hostility. */
    public double reactivity;
    /** Richardson restraint/fatigue: share of pressure that fades per day. */
    public double decay;
    /** Richardson grievance: standing pressure added per day whatever the other side does. */
    public double grievance;
    /** Resolve in [0, 1]: shifts the drive to escalate. */
    public double resolve;
    /** Risk aversion in [0, 1]: makes severe rungs look further away. */
    public double riskAversion;
    /** Logit precision (rationality) of the daily choice. */
    public double rationality;
    /** Threshold of the moves that are not rungs: Ukraine's posture, China's pressing. NaN for the others. */
    public double postureThreshold = Double.NaN;
    /** China only: how much its pressing raises Russia's and North Korea's thresholds (per unit severity). */
    public double restraint;
    /** Red lines on the drive, one per rung the actor decides (NaN elsewhere). */
    public final double[] redLine = new double[Rung.COUNT];

    public ActorParameters() {
        Arrays.fill(redLine, Double.NaN);
    }
}
