package brink.model;

/**
 * Receives the plain-sentence story of a run: what each actor did and which rule fired. Only the
 * trace command and the GUI attach one; Monte Carlo runs leave it null, so no sentence is built.
 */
public interface Narrator {
    /**
     * @param day           the day the entry belongs to
     * @param actor         who acted, or null for the world (front, hazard, scheduled events)
     * @param rule          the rule that fired, e.g. "logit choice", "trigger us_lifts_if_nk_in_ukraine"
     * @param text          a sentence a student can read
     * @param parameterPath the scenario parameter that mattered most (for its source quote), or null
     */
    void record(int day, ActorId actor, String rule, String text, String parameterPath);
}
