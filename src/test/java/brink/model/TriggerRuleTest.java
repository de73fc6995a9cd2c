package brink.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conditional rules (alliance commitments and the articles' IF/THEN statements): when the
 * condition first holds, the action follows with probability p after a delay of 1..within_days days.
 * The condition here is a scheduled event on day 30 (NK troops enter combat); the rule is "then the
 * US lifts its strike restrictions". Everything else is quiet, so the rung can only move by the rule.
 */
class TriggerRuleTest {
    private static final int CONDITION_DAY = 30;

    private static ModelParameters withRule(double probability, double withinDays) {
        ModelParameters p = QuietWorld.parameters(60);
        p.events.add(new ScheduledEvent(CONDITION_DAY, EventType.NK_TROOPS_ENTER_COMBAT, 0, "", false));
        p.triggers.add(new TriggerRule("us_lifts_if_nk_in_combat", TriggerRule.Condition.RUNG_CROSSED,
                Rung.NK_COMBAT_IN_KURSK, EventType.US_LIFTS_STRIKE_RESTRICTIONS, 0, probability, withinDays));
        return p;
    }

    @Test
    void aCertainRuleActsWithinItsWindowAndCoversIt() {
        BrinkModel m = new BrinkModel(withRule(1.0, 10), new RunRecord(60));
        boolean[] delaySeen = new boolean[11];
        for (long seed = 0; seed < 300; seed++) {
            int day = QuietWorld.rerun(m, seed).record().firstCrossedDay(Rung.STRIKE_RESTRICTIONS_LIFTED);
            int delay = day - CONDITION_DAY;
            assertThat(delay).as("seed %d", seed).isBetween(1, 10);
            delaySeen[delay] = true;
        }
        // the delay is uniform on 1..10: with 300 runs a missing value has chance 10 * 0.9^300 < 1e-12
        for (int d = 1; d <= 10; d++) assertThat(delaySeen[d]).as("delay %d days seen", d).isTrue();
    }

    @Test
    void aRuleWithProbabilityZeroNeverActs() {
        BrinkModel m = new BrinkModel(withRule(0.0, 10), new RunRecord(60));
        for (long seed = 0; seed < 300; seed++) {
            assertThat(QuietWorld.rerun(m, seed).record().firstCrossedDay(Rung.STRIKE_RESTRICTIONS_LIFTED))
                    .isEqualTo(EscalationLadder.NEVER);
        }
    }

    @Test
    void aRuleIsHonouredAtItsProbability() {
        // N = 2000 Bernoulli(0.3) draws: sd = sqrt(N p (1 - p)) = 20.5; accept 600 +- 4 sd (82)
        int n = 2000;
        BrinkModel m = new BrinkModel(withRule(0.3, 10), new RunRecord(60));
        int acted = 0;
        for (long seed = 0; seed < n; seed++) {
            if (QuietWorld.rerun(m, seed).record().firstCrossedDay(Rung.STRIKE_RESTRICTIONS_LIFTED) != EscalationLadder.NEVER) acted++;
        }
        assertThat(acted).isBetween(600 - 82, 600 + 82);
    }

    @Test
    void aRuleIsEvaluatedOnceEvenIfItsConditionHoldsAgain() {
        // the condition holds from day 0 (Ukraine holds part of Kursk) and every day after:
        // a rule with p = 0.3 must still act in about 30% of runs, not on nearly all of them
        ModelParameters p = QuietWorld.parameters(60);
        p.triggers.add(new TriggerRule("pact", TriggerRule.Condition.KURSK_HELD_BY_UKRAINE, null,
                EventType.NK_TROOPS_ENTER_COMBAT, 0, 0.3, 5));
        BrinkModel m = new BrinkModel(p, new RunRecord(60));
        int acted = 0, n = 2000;
        for (long seed = 0; seed < n; seed++) {
            int day = QuietWorld.rerun(m, seed).record().firstCrossedDay(Rung.NK_COMBAT_IN_KURSK);
            if (day != EscalationLadder.NEVER) {
                acted++;
                assertThat(day).as("condition met on day 0, so the action is due on day 1..5").isBetween(1, 5);
            }
        }
        assertThat(acted).isBetween(600 - 82, 600 + 82);
    }
}
