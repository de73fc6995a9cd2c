package brink.model;

/** The three choices of the logit rule. */
public enum Decision {
    HOLD, ESCALATE, STEP_DOWN
}
