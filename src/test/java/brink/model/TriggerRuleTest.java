package brink.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conditional rules as hazards. A response with chance p and window W acts with a log-survival of
 * -ln(1 - p)(1 - q) q^k on the k-th day of its occasion (q = e^(-1/W)), so the chance that it has
 * acted within K days of the condition arising is 1 - (1 - p)^(1 - q^(K+1)), and p in all. A
 * commitment is honoured with chance p per run and then acts at a constant hazard that puts 90%
 * of its actions within W days. The condition here is a scheduled event on day 30 (NK troops enter
 * combat) and the action "the US lifts its strike restrictions"; everything else is quiet.
 */
class TriggerRuleTest {
    private static final int CONDITION_DAY = 30;

    private static ModelParameters withRule(TriggerRule.Kind kind, double probability, double withinDays, int horizon) {
        ModelParameters p = QuietWorld.parameters(horizon);
        p.contingent.troops = 10_000;
        p.events.add(new ScheduledEvent(CONDITION_DAY, EventType.NK_TROOPS_ENTER_COMBAT, 0, "", false));
        p.triggers.add(new TriggerRule("us_lifts_if_nk_in_combat", kind, TriggerRule.Condition.RUNG_CROSSED,
                Rung.NK_COMBAT_IN_KURSK, EventType.US_LIFTS_STRIKE_RESTRICTIONS, 0, probability, withinDays));
        return p;
    }

    private static int lifted(BrinkModel m) { return m.record().firstCrossedDay(Rung.STRIKE_RESTRICTIONS_LIFTED); }

    @Test
    void aResponseActsWithItsTotalChanceAndFadingUrgency() {
        // n = 4,000 runs, p = 0.4, W = 10: acted ~ Binomial(4000, 0.4), sd 31; within 10 days
        // 1 - 0.6^(1 - q^11) = 0.3284, sd 30; accept 4 sd each
        int n = 4000;
        double p = 0.4, w = 10, q = Math.exp(-1 / w);
        BrinkModel m = new BrinkModel(withRule(TriggerRule.Kind.RESPONSE, p, w, 400), new RunRecord(400));
        int acted = 0, withinWindow = 0;
        for (long seed = 0; seed < n; seed++) {
            int day = lifted(QuietWorld.rerun(m, seed));
            if (day == EscalationLadder.NEVER) continue;
            assertThat(day).as("never before its condition").isGreaterThanOrEqualTo(CONDITION_DAY);
            acted++;
            if (day - CONDITION_DAY <= w) withinWindow++;
        }
        double expectedWithin = 1 - Math.pow(1 - p, 1 - Math.pow(q, w + 1));
        assertThat(acted).isBetween((int) (n * p - 4 * 31), (int) (n * p + 4 * 31));
        assertThat(withinWindow).isBetween((int) (n * expectedWithin - 4 * 30), (int) (n * expectedWithin + 4 * 30));
    }

    @Test
    void aLongStandingConditionDoesNotMakeAResponseCertain() {
        // the condition holds from day 0 (Ukraine holds part of Kursk) for ten years: a response with
        // p = 0.3 still acts in about 30% of runs (n = 2000: sd 20.5, accept 4 sd)
        ModelParameters p = QuietWorld.parameters(3650);
        p.contingent.troops = 10_000;
        p.triggers.add(new TriggerRule("pact", TriggerRule.Kind.RESPONSE, TriggerRule.Condition.KURSK_HELD_BY_UKRAINE, null,
                EventType.NK_TROOPS_ENTER_COMBAT, 0, 0.3, 5));
        BrinkModel m = new BrinkModel(p, new RunRecord(3650));
        int acted = 0, n = 2000;
        for (long seed = 0; seed < n; seed++) {
            if (QuietWorld.rerun(m, seed).record().firstCrossedDay(Rung.NK_COMBAT_IN_KURSK) != EscalationLadder.NEVER) acted++;
        }
        assertThat(acted).isBetween(600 - 82, 600 + 82);
    }

    @Test
    void aRuleWithChanceZeroNeverActs() {
        BrinkModel m = new BrinkModel(withRule(TriggerRule.Kind.RESPONSE, 0.0, 10, 120), new RunRecord(120));
        for (long seed = 0; seed < 300; seed++) assertThat(lifted(QuietWorld.rerun(m, seed))).isEqualTo(EscalationLadder.NEVER);
    }

    @Test
    void aRuleStopsWhenItsConditionLapsesAndANewOccasionIsANewChance() {
        // the condition holds on days 30-34 only, then again from day 200; with p = 0.9, W = 50 the
        // response acts only inside those spells, and the second spell gives it a fresh chance
        ModelParameters p = withRule(TriggerRule.Kind.RESPONSE, 0.9, 50, 400);
        p.events.add(new ScheduledEvent(35, EventType.NK_TROOPS_WITHDRAW, 0, "", false));
        p.events.add(new ScheduledEvent(200, EventType.NK_TROOPS_ENTER_COMBAT, 0, "", false));
        p.events.sort((a, b) -> Integer.compare(a.day(), b.day()));
        BrinkModel m = new BrinkModel(p, new RunRecord(400));
        int firstSpell = 0, secondSpell = 0;
        for (long seed = 0; seed < 2000; seed++) {
            int day = lifted(QuietWorld.rerun(m, seed));
            if (day == EscalationLadder.NEVER) continue;
            assertThat(day).as("no action while the condition does not hold").matches(d -> d < 35 || d >= 200);
            if (day < 35) firstSpell++; else secondSpell++;
        }
        // five days of a 50-day urgency: 1 - 0.1^(1 - q^5) = 0.198; the rest get a new 0.9 chance
        assertThat(firstSpell).isBetween(396 - 80, 396 + 80);
        assertThat(secondSpell).isBetween((int) ((2000 - 396) * 0.9) - 90, (int) ((2000 - 396) * 0.9) + 90);
    }

    @Test
    void aCommitmentIsHonouredAtItsChanceAndThenActsWithinItsWindow() {
        // n = 2000, p = 0.3: honoured ~ 600 (sd 20.5); of those, 90% act within W = 20 days
        int n = 2000;
        BrinkModel m = new BrinkModel(withRule(TriggerRule.Kind.COMMITMENT, 0.3, 20, 300), new RunRecord(300));
        int acted = 0, within = 0;
        for (long seed = 0; seed < n; seed++) {
            int day = lifted(QuietWorld.rerun(m, seed));
            if (day == EscalationLadder.NEVER) continue;
            acted++;
            if (day - CONDITION_DAY < 20) within++;
        }
        assertThat(acted).isBetween(600 - 82, 600 + 82);
        // within ~ Binomial(acted, 0.9): sd about 7.3 at acted = 600; accept 5 sd
        assertThat(within).isBetween((int) (0.9 * acted) - 37, (int) (0.9 * acted) + 37);
    }

    @Test
    void aRuleThatSendsTroopsNeedsThem() {
        ModelParameters p = QuietWorld.parameters(120);
        p.triggers.add(new TriggerRule("pact", TriggerRule.Kind.COMMITMENT, TriggerRule.Condition.KURSK_HELD_BY_UKRAINE, null,
                EventType.NK_TROOPS_ENTER_COMBAT, 0, 1.0, 5));
        p.contingent.troops = 0;
        BrinkModel m = new BrinkModel(p, new RunRecord(120));
        for (long seed = 0; seed < 200; seed++) {
            assertThat(QuietWorld.rerun(m, seed).record().firstCrossedDay(Rung.NK_COMBAT_IN_KURSK)).isEqualTo(EscalationLadder.NEVER);
        }
    }

    @Test
    void aRulesNumbersAreItsOwn() {
        // adding a second rule changes nothing about the first: each rule draws from its own stream
        ModelParameters one = withRule(TriggerRule.Kind.RESPONSE, 0.5, 10, 200);
        ModelParameters two = withRule(TriggerRule.Kind.RESPONSE, 0.5, 10, 200);
        two.triggers.add(0, new TriggerRule("china_presses", TriggerRule.Kind.RESPONSE, TriggerRule.Condition.RUNG_CROSSED,
                Rung.NK_COMBAT_IN_KURSK, EventType.CHINA_PRESSES_PYONGYANG, 0, 0.0, 10));
        BrinkModel a = new BrinkModel(one, new RunRecord(200));
        BrinkModel b = new BrinkModel(two, new RunRecord(200));
        for (long seed = 0; seed < 200; seed++) {
            assertThat(lifted(QuietWorld.rerun(b, seed))).isEqualTo(lifted(QuietWorld.rerun(a, seed)));
        }
    }
}
