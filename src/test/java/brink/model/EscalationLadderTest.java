package brink.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ladder is a set of flags with crossing days, not a counter; the top rung is absorbing. */
class EscalationLadderTest {

    private static EscalationLadder fresh() {
        EscalationLadder l = new EscalationLadder();
        l.reset(new boolean[Rung.COUNT]);
        return l;
    }

    @Test
    void startsAtConventionalWarOrTheGivenRungs() {
        EscalationLadder l = fresh();
        assertThat(l.level()).isZero();
        assertThat(l.maxRung()).isZero();
        assertThat(l.isActive(Rung.CONVENTIONAL_WAR)).isTrue();
        assertThat(l.firstCrossedDay(Rung.STRIKE_RESTRICTIONS_LIFTED)).isEqualTo(EscalationLadder.NEVER);

        boolean[] initial = new boolean[Rung.COUNT];
        initial[Rung.NK_TROOPS_IN_RUSSIA.ordinal()] = true;
        l.reset(initial);
        assertThat(l.level()).isEqualTo(1);
        assertThat(l.firstCrossedDay(Rung.NK_TROOPS_IN_RUSSIA)).isZero();
    }

    @Test
    void firstCrossingDayIsKeptAfterSteppingDownAndRecrossing() {
        EscalationLadder l = fresh();
        assertThat(l.cross(Rung.STRIKE_RESTRICTIONS_LIFTED, 3)).isTrue();
        assertThat(l.cross(Rung.STRIKE_RESTRICTIONS_LIFTED, 4)).as("already active").isFalse();
        assertThat(l.stepDown(Rung.STRIKE_RESTRICTIONS_LIFTED, 5)).isTrue();
        assertThat(l.isActive(Rung.STRIKE_RESTRICTIONS_LIFTED)).isFalse();
        assertThat(l.stepDown(Rung.STRIKE_RESTRICTIONS_LIFTED, 6)).as("not active").isFalse();
        assertThat(l.cross(Rung.STRIKE_RESTRICTIONS_LIFTED, 9)).isTrue();
        assertThat(l.firstCrossedDay(Rung.STRIKE_RESTRICTIONS_LIFTED)).isEqualTo(3);
        assertThat(l.lastChangedDay(Rung.STRIKE_RESTRICTIONS_LIFTED)).isEqualTo(9);
    }

    @Test
    void levelIsTheHighestActiveRungAndMaxRungNeverFalls() {
        EscalationLadder l = fresh();
        l.cross(Rung.SK_LETHAL_AID, 2);
        l.cross(Rung.STRIKE_RESTRICTIONS_LIFTED, 4); // a lower rung after a higher one
        assertThat(l.level()).isEqualTo(Rung.SK_LETHAL_AID.level());
        l.stepDown(Rung.SK_LETHAL_AID, 6);
        assertThat(l.level()).isEqualTo(Rung.STRIKE_RESTRICTIONS_LIFTED.level());
        assertThat(l.maxRung()).isEqualTo(Rung.SK_LETHAL_AID.level());
        l.stepDown(Rung.STRIKE_RESTRICTIONS_LIFTED, 7);
        assertThat(l.level()).isZero();
        assertThat(l.maxRung()).isEqualTo(Rung.SK_LETHAL_AID.level());
    }

    @Test
    void topRungIsAbsorbing() {
        EscalationLadder l = fresh();
        l.cross(Rung.NUCLEAR_ALERT, 1);
        l.cross(Rung.NUCLEAR_USE, 2);
        assertThat(l.stepDown(Rung.NUCLEAR_USE, 3)).isFalse();
        assertThat(l.isActive(Rung.NUCLEAR_USE)).isTrue();
        // nuclear use ends the run's escalation: the whole ladder is frozen
        assertThat(l.isFrozen()).isTrue();
        assertThat(l.stepDown(Rung.NUCLEAR_ALERT, 3)).as("nothing below it moves either").isFalse();
        assertThat(l.cross(Rung.SK_LETHAL_AID, 3)).isFalse();
        assertThat(l.level()).isEqualTo(Rung.NUCLEAR_USE.level());
    }

    /**
     * In a whole run: Russia, under overwhelming pressure that then fades, crosses nuclear use on
     * day 1; afterwards it would step down from every reversible rung it controls, but nuclear use
     * ended the run's escalation: nothing moves, and the front takes the strike's losses.
     */
    @Test
    void nuclearUseEndsTheRunsEscalation() {
        ModelParameters p = QuietWorld.parameters(60);
        for (Rung r : new Rung[]{Rung.RUSSIAN_COUNTER_SIGNAL, Rung.RUSSIAN_ATTACK_ON_NATO, Rung.NATO_RUSSIA_CLASH, Rung.NUCLEAR_ALERT}) {
            p.initiallyActive[r.ordinal()] = true;
        }
        ActorParameters russia = p.actor(ActorId.RUSSIA);
        russia.initialPressure = 30;  // drive 30 against a red line of 0: escalation is certain on day 1
        russia.decay = 0.3;           // then the pressure fades to nothing within weeks
        russia.redLine[Rung.NUCLEAR_USE.ordinal()] = 0;
        for (Rung r : new Rung[]{Rung.RUSSIAN_COUNTER_SIGNAL, Rung.RUSSIAN_ATTACK_ON_NATO, Rung.NATO_RUSSIA_CLASH, Rung.NUCLEAR_ALERT}) {
            russia.redLine[r.ordinal()] = 5;
        }
        p.decision.inertia = 0;
        p.decision.stepDownHysteresis = 0;
        p.front.nuclearCasualties = 0.02;
        BrinkModel m = QuietWorld.run(p, 11);
        RunRecord rec = m.record();
        assertThat(rec.firstCrossedDay(Rung.NUCLEAR_USE)).isEqualTo(1);
        // the strike's losses: 2% of Ukraine's 500,000 on day 1 (no other Ukrainian losses in this world but b R)
        assertThat(rec.value(Metric.UKRAINIAN_DAILY_CASUALTIES, 1)).isGreaterThan(10_000);
        for (int d = 1; d <= 60; d++) {
            assertThat(rec.value(Metric.ESCALATION_LEVEL, d)).as("level on day %d", d).isEqualTo(Rung.NUCLEAR_USE.level());
        }
        assertThat(m.ladder().isActive(Rung.NUCLEAR_ALERT)).as("Russia cannot step down from the alert").isTrue();
        assertThat(m.ladder().isActive(Rung.RUSSIAN_COUNTER_SIGNAL)).as("nor from the counter-signal").isTrue();
        assertThat(m.ladder().isActive(Rung.NUCLEAR_USE)).isTrue();
        assertThat(rec.maxRung()).isEqualTo(Rung.NUCLEAR_USE.level());
    }

    @Test
    void anEventOnARungWithAPrerequisiteCrossesThePrerequisiteToo() {
        ModelParameters p = QuietWorld.parameters(40);
        p.contingent.troops = 10_000;
        p.events.add(new ScheduledEvent(30, EventType.NK_TROOPS_CROSS_INTO_UKRAINE, 0, "", false));
        BrinkModel m = QuietWorld.run(p, 1);
        assertThat(m.record().firstCrossedDay(Rung.NK_IN_UKRAINE)).isEqualTo(30);
        assertThat(m.record().firstCrossedDay(Rung.NK_COMBAT_IN_KURSK)).isEqualTo(30);
        assertThat(m.ladder().isActive(Rung.NK_COMBAT_IN_KURSK)).isTrue();
    }

    /** Over many baseline-like runs: max rung never falls and is never below the level. */
    @Test
    void maxRungSeriesIsMonotoneAndAboveTheLevel() {
        ModelParameters p = QuietWorld.parameters(120);
        // an actor that flickers: escalation and step-down both likely every day
        ActorParameters nato = p.actor(ActorId.NATO);
        nato.initialPressure = 1;
        nato.redLine[Rung.STRIKE_RESTRICTIONS_LIFTED.ordinal()] = 1;
        nato.redLine[Rung.NATO_INTERCEPTS.ordinal()] = 1.2;
        p.decision.inertia = 0;
        p.decision.stepDownHysteresis = 0;
        BrinkModel m = new BrinkModel(p, new RunRecord(120));
        int changes = 0;
        for (long seed = 0; seed < 20; seed++) {
            RunRecord rec = QuietWorld.rerun(m, seed).record();
            for (int d = 1; d <= 120; d++) {
                assertThat(rec.value(Metric.MAX_RUNG, d)).isGreaterThanOrEqualTo(rec.value(Metric.MAX_RUNG, d - 1));
                assertThat(rec.value(Metric.MAX_RUNG, d)).isGreaterThanOrEqualTo(rec.value(Metric.ESCALATION_LEVEL, d));
                if (rec.value(Metric.ESCALATION_LEVEL, d) < rec.value(Metric.ESCALATION_LEVEL, d - 1)) changes++;
            }
        }
        assertThat(changes).as("the level did fall at times, so monotonicity was exercised").isGreaterThan(0);
    }
}
