package brink.model;

import brink.random.StreamId;
import brink.random.Substream;

import java.io.Serializable;
import java.util.List;

/**
 * The conditional rules of a scenario, as hazards (docs/model.md 7.6). A rule is <em>armed</em>
 * on a day when the war is being fought, its condition holds, and its action would still change
 * something. An armed rule's daily log-survival is its onset value (see
 * {@link TriggerRule#onsetLogHazard()}), faded by the age of its occasion (responses) and times a
 * state factor:
 * <ul>
 *   <li>an action that sends North Korean troops needs them: the factor is North Korea's means
 *       N / (N + half), 0 without troops;</li>
 *   <li>while China presses, an action on a rung of Moscow's or Pyongyang's is slowed by
 *       e^(-restraint * severity), as China's pressing raises those actors' own thresholds.</li>
 * </ul>
 * The draws use the integrated-hazard method: at each new occasion (the day a rule becomes armed
 * after it was not) a rule draws an exponential threshold E from its own stream, sums its daily
 * log-survival while armed, and acts on the day the sum reaches E; exactly a daily Bernoulli
 * trial with the day's hazard, but with one draw per occasion instead of one per day, so two
 * scenarios that arm a rule on different days still share its numbers. A commitment first
 * draws, once per run, whether it is honoured at all.
 */
final class RuleBook implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<TriggerRule> rules;
    private final Substream[] streams;
    private final boolean[] honoured;
    private final boolean[] tested;
    private final boolean[] armed;
    private final double[] threshold;
    private final double[] accumulated;
    /** Today's log-survival at factor 1: the onset value, faded by the occasion's age. */
    private final double[] current;
    private final double[] onset;
    private final double[] decay;
    /** e^(-restraint * severity) for a Russian-camp rung action while China presses, else 1; fixed per run. */
    private final double[] chinaFactor;

    RuleBook(List<TriggerRule> rules) {
        this.rules = rules;
        int n = rules.size();
        streams = new Substream[n];
        for (int i = 0; i < n; i++) streams[i] = new Substream(StreamId.of("rule." + rules.get(i).id));
        honoured = new boolean[n];
        tested = new boolean[n];
        armed = new boolean[n];
        threshold = new double[n];
        accumulated = new double[n];
        current = new double[n];
        onset = new double[n];
        decay = new double[n];
        chinaFactor = new double[n];
        armableRules = new int[n];
    }

    /** A new run: reseeds each rule's stream and draws whether each commitment is honoured. */
    void reset(long root, ModelParameters p) {
        lastLadderVersion = Integer.MIN_VALUE;
        armableCount = 0;
        double restraint = p.actor(ActorId.CHINA).restraint;
        for (int i = 0; i < rules.size(); i++) {
            TriggerRule t = rules.get(i);
            streams[i].reseed(root);
            double u = streams[i].uniform();
            honoured[i] = t.kind != TriggerRule.Kind.COMMITMENT || u < t.probability;
            tested[i] = false;
            armed[i] = false;
            onset[i] = t.onsetLogHazard();
            decay[i] = t.hazardDecay();
            Rung rung = t.action.rung();
            chinaFactor[i] = rung != null && !t.action.isStepDown() && rung.isMoveOf(ActorId.Camp.RUSSIAN) && !rung.isMoveOf(ActorId.Camp.WESTERN)
                    ? StrictMath.exp(-restraint * rung.severity()) : 1.0;
        }
    }

    /**
     * Today's armed rules accumulate their hazard; those whose threshold is reached act. Whether a
     * rule is armed depends only on the ladder, the war's phase, Kursk, NK troops and China's
     * pressing, so it is re-derived only when one of those changed since yesterday.
     */
    void step(BrinkModel m, int day) {
        if (rules.isEmpty()) return;
        if (stateChanged(m)) {
            // re-derive, in rule order, which rules can act: each sees what the rules before it did
            // today; a rule that no longer can act loses its occasion
            armableCount = 0;
            for (int i = 0; i < rules.size(); i++) {
                if (!armable(rules.get(i), m)) {
                    armed[i] = false;
                    continue;
                }
                armableRules[armableCount++] = i;
                act(i, m, day);
            }
        } else {
            for (int k = 0; k < armableCount; k++) act(armableRules[k], m, day);
        }
    }

    /** An armable rule's day: a new occasion or one day older, its hazard accumulated; it acts when its threshold is reached. */
    private void act(int i, BrinkModel m, int day) {
        TriggerRule t = rules.get(i);
        if (!armed[i]) { // a new occasion: a fresh threshold, the urgency back at its onset value
            armed[i] = true;
            threshold[i] = streams[i].exponential();
            accumulated[i] = 0;
            current[i] = onset[i];
        } else {
            current[i] *= decay[i];
        }
        if (t.kind == TriggerRule.Kind.COMMITMENT && !tested[i]) {
            tested[i] = true;
            if (m.narrator() != null) m.narrator().record(new Narration.CommitmentTested(day, t, honoured[i]));
        }
        if (!honoured[i]) return;
        double f = means(t, m) * (m.postures().chinaPressing() ? chinaFactor[i] : 1.0);
        accumulated[i] += current[i] * f;
        if (accumulated[i] >= threshold[i]) {
            armed[i] = false; // the action is now in effect; if it is undone later, that is a new occasion
            m.applyEvent(t.action, t.amount, day, Narration.Origin.RULE, t.id, false,
                    m.narrator() != null ? t.describe() : null); // the sentence only for a narrative
            lastLadderVersion = Integer.MIN_VALUE; // the action changed the state: re-derive tomorrow
        }
    }

    /** Whether a rule can act today: the war is fought, the ladder not frozen, the condition holds, the action would change something. */
    private static boolean armable(TriggerRule t, BrinkModel m) {
        return m.war().phase() == WarPhase.FIGHTING && !m.ladder().isFrozen() && conditionHolds(t, m) && !t.action.inEffect(m);
    }

    /** The rules armable as of the last re-derivation, in rule order (the first {@link #armableCount}). */
    private final int[] armableRules;
    private int armableCount;

    /** What armable() depends on, as of the last re-derivation. */
    private int lastLadderVersion = Integer.MIN_VALUE;
    private WarPhase lastPhase;
    private boolean lastContested, lastTroops, lastInCombat, lastPressing;

    private boolean stateChanged(BrinkModel m) {
        int version = m.ladder().version();
        WarPhase phase = m.war().phase();
        boolean contested = m.front().kurskContested();
        boolean troops = m.front().hasNkTroops();
        boolean inCombat = m.front().nkInCombat() > 0;
        boolean pressing = m.postures().chinaPressing();
        if (version == lastLadderVersion && phase == lastPhase && contested == lastContested && troops == lastTroops
                && inCombat == lastInCombat && pressing == lastPressing) return false;
        lastLadderVersion = version;
        lastPhase = phase;
        lastContested = contested;
        lastTroops = troops;
        lastInCombat = inCombat;
        lastPressing = pressing;
        return true;
    }

    private static boolean conditionHolds(TriggerRule t, BrinkModel m) {
        return t.condition == TriggerRule.Condition.RUNG_CROSSED
                ? m.ladder().isActive(t.whenRung)
                : m.front().kurskContested();
    }

    /** North Korea's means for an action that sends its troops (1 for any other action). */
    private static double means(TriggerRule t, BrinkModel m) {
        if (t.action == EventType.NK_TROOPS_ENTER_COMBAT) return m.perception().meansToEnterCombat();
        if (t.action == EventType.NK_TROOPS_CROSS_INTO_UKRAINE) return m.perception().meansToCrossIntoUkraine();
        return 1.0;
    }
}
