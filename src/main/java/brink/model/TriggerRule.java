package brink.model;

import java.io.Serializable;

/**
 * A conditional rule the articles state, e.g. "if NK troops cross into Ukraine, the US lifts its
 * restrictions": when the condition first holds, the action follows with some probability after a
 * delay of 1 to {@code withinDays} days, uniformly (the rule is evaluated once, on the first day
 * its condition holds). Alliance commitments (the June 2024
 * Russia-DPRK pact, Article 5, the US-ROK alliance) are rules of this kind, whose probability is
 * the probability the commitment is honoured.
 */
public final class TriggerRule implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What the rule waits for. */
    public enum Condition {
        /** A rung becomes active. */
        RUNG_CROSSED("rung_crossed"),
        /** Ukraine holds part of Kursk (Russian territory is "attacked", in the pact's sense). */
        KURSK_HELD_BY_UKRAINE("kursk_held_by_ukraine");

        private final String key;
        Condition(String key) { this.key = key; }
        public String key() { return key; }
        public static Condition fromKey(String key) {
            for (Condition c : values()) if (c.key.equals(key)) return c;
            return null;
        }
    }

    public final String id;
    public final Condition condition;
    /** The rung for {@link Condition#RUNG_CROSSED}, else null. */
    public final Rung whenRung;
    public final EventType action;
    /** The troops for an action that needs an amount. */
    public final double amount;
    /** Probability that the action follows (sampled per replication). */
    public double probability;
    /** Maximum delay in days (sampled per replication). */
    public double withinDays;

    public TriggerRule(String id, Condition condition, Rung whenRung, EventType action, double amount,
                       double probability, double withinDays) {
        this.id = id;
        this.condition = condition;
        this.whenRung = whenRung;
        this.action = action;
        this.amount = amount;
        this.probability = probability;
        this.withinDays = withinDays;
    }

    /** A short readable statement of the rule, for narratives. */
    public String describe() {
        String when = condition == Condition.RUNG_CROSSED
                ? "if \"" + whenRung.title() + "\"" : "if Ukraine holds Russian territory in Kursk";
        String then = action.description();
        // "then the US lifts ...": descriptions start sentences elsewhere; only the article is lowered, never a name
        if (then.startsWith("The ")) then = "the " + then.substring(4);
        return when + " then " + then;
    }
}
