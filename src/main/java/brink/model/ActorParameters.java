package brink.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One actor's behavioural parameters (sampled once per replication). Pressure follows a
 * Richardson (1960) action-reaction update; the hold / escalate / step-down choice is a logit
 * (quantal-response) rule over the actor's drive against its red lines.
 */
public final class ActorParameters implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Pressure at day 0. */
    public double initialPressure;
    /** Richardson reaction: pressure gained per unit of observed hostility per day. */
    public double reactivity;
    /** Richardson restraint/fatigue: share of pressure that decays per day. */
    public double decay;
    /** Richardson grievance: standing pressure added per day whatever the other side does. */
    public double grievance;
    /** Resolve in [0, 1]: added to the drive to escalate and subtracted from the wish to step down. */
    public double resolve;
    /** Risk aversion in [0, 1]: makes severe rungs look further away. */
    public double riskAversion;
    /** Logit precision (rationality) of the daily choice. */
    public double rationality;
    /**
     * Red-line thresholds on the drive, one per rung the actor controls (NaN where it controls none).
     * When the drive exceeds the threshold, escalating past that rung becomes likely.
     */
    /**
     * Threshold for the actor's moves that are not rungs: Ukraine's shift to an offensive posture,
     * China's pressing of Pyongyang and Moscow. NaN for the others.
     */
    public double postureThreshold = Double.NaN;
    public final double[] redLine = new double[Rung.COUNT];

    public ActorParameters() {
        Arrays.fill(redLine, Double.NaN);
    }

    public void copyFrom(ActorParameters o) {
        initialPressure = o.initialPressure;
        reactivity = o.reactivity;
        decay = o.decay;
        grievance = o.grievance;
        resolve = o.resolve;
        riskAversion = o.riskAversion;
        rationality = o.rationality;
        postureThreshold = o.postureThreshold;
        System.arraycopy(o.redLine, 0, redLine, 0, redLine.length);
    }
}
