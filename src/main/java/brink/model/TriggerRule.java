package brink.model;

import java.io.Serializable;

/**
 * A conditional rule the articles state, e.g. "if NK troops cross into Ukraine, the US lifts its
 * restrictions". It is <em>armed</em> while its condition holds (and its action would still change
 * something), and acts with a daily hazard while armed; it stops when the condition no longer
 * holds, so a later event (China pressing, a withdrawal) still changes what follows. Two kinds:
 *
 * <ul>
 *   <li>a <b>response</b>: {@code probability} p is the chance that it acts at all while its
 *       condition persists after it arises, and {@code withinDays} W is the time constant of its
 *       urgency: the hazard is highest on the day the condition arises and fades as
 *       e^(-age / W), so about 63% of its actions come within W days and 95% within 3W. A new
 *       onset of the condition (after it lapsed, or after the action was undone) is a new
 *       occasion with a new chance p. A long-standing condition therefore does not make the
 *       response certain merely because time passes;</li>
 *   <li>an alliance <b>commitment</b> (the June 2024 Russia-DPRK pact, Article 5): p keeps its
 *       meaning of the chance that the commitment is honoured at all in a run (drawn once per
 *       run); an honoured commitment acts with the constant hazard that makes 90% of its actions
 *       fall within W days of the condition holding.</li>
 * </ul>
 * See {@link RuleBook} for how the hazard is drawn and what scales it.
 */
public final class TriggerRule implements Serializable {
    private static final long serialVersionUID = 1L;

    /** What the rule waits for. */
    public enum Condition {
        /** A rung is active. */
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

    /** Whether the probability is a per-window hazard or a chance of being honoured. */
    public enum Kind {
        RESPONSE("response"),
        COMMITMENT("commitment");

        private final String key;
        Kind(String key) { this.key = key; }
        public String key() { return key; }
        public static Kind fromKey(String key) {
            for (Kind k : values()) if (k.key.equals(key)) return k;
            return null;
        }
    }

    /** Share of an honoured commitment's actions that fall within its window. */
    static final double COMMITMENT_WITHIN_SHARE = 0.9;

    public final String id;
    public final Kind kind;
    public final Condition condition;
    /** The rung for {@link Condition#RUNG_CROSSED}, else null. */
    public final Rung whenRung;
    public final EventType action;
    /** The troops for an action that needs an amount. */
    public final double amount;
    /** Chance of acting within the window (response) or of being honoured (commitment); sampled per replication. */
    public double probability;
    /** The window in days (sampled per replication). */
    public double withinDays;

    public TriggerRule(String id, Kind kind, Condition condition, Rung whenRung, EventType action, double amount,
                       double probability, double withinDays) {
        this.id = id;
        this.kind = kind;
        this.condition = condition;
        this.whenRung = whenRung;
        this.action = action;
        this.amount = amount;
        this.probability = probability;
        this.withinDays = withinDays;
    }

    /**
     * The rule's log-survival per day at the condition's onset (age 0): -ln(1 - p)(1 - e^(-1/W))
     * for a response, so that the fading hazard sums to exactly -ln(1 - p) over an unending
     * condition; -ln(1 - 0.9) / W for a commitment, constant.
     */
    public double onsetLogHazard() {
        double w = Math.max(1.0, withinDays);
        if (kind == Kind.COMMITMENT) return -StrictMath.log1p(-COMMITMENT_WITHIN_SHARE) / w;
        if (probability >= 1) return Double.POSITIVE_INFINITY;
        return -StrictMath.log1p(-probability) * -StrictMath.expm1(-1.0 / w);
    }

    /** The daily factor on the log-survival as the condition ages: e^(-1/W) for a response, 1 for a commitment. */
    public double hazardDecay() {
        return kind == Kind.COMMITMENT ? 1.0 : StrictMath.exp(-1.0 / Math.max(1.0, withinDays));
    }

    /** A short readable statement of the rule, for narratives. */
    public String describe() {
        String when = condition == Condition.RUNG_CROSSED
                ? "while \"" + whenRung.title() + "\"" : "while Ukraine holds Russian territory in Kursk";
        String then = action.description();
        // "then the US lifts ...": descriptions start sentences elsewhere; only the article is lowered, never a name
        if (then.startsWith("The ")) then = "the " + then.substring(4);
        return when + ", " + then;
    }
}
