package brink.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rung crossed by an event is a commitment: the controller's daily logit never steps back from
 * it, only a step-down event does. A rung crossed by the actor's own choice stays reversible.
 */
class CommitmentTest {

    /** South Korea is eager to step down (its drive is far below its red line) but aid came from an event. */
    private static ModelParameters eagerToStepDown(int horizon) {
        ModelParameters p = QuietWorld.parameters(horizon);
        ActorParameters sk = p.actor(ActorId.SOUTH_KOREA);
        sk.rationality = 10;
        sk.redLine[Rung.SK_LETHAL_AID.ordinal()] = 3.0;
        p.decision.inertia = 0;           // stepping down would have odds e^(10 * 2) against 1: certain
        p.decision.stepDownHysteresis = 1.0;
        return p;
    }

    @Test
    void theLogitNeverUndoesARungAnEventCrossed() {
        for (long seed = 1; seed <= 50; seed++) {
            ModelParameters p = eagerToStepDown(120);
            p.events.add(new ScheduledEvent(30, EventType.SK_LETHAL_AID, 0, "", false));
            BrinkModel m = QuietWorld.run(p, seed);
            assertThat(m.ladder().isActive(Rung.SK_LETHAL_AID)).as("seed %d", seed).isTrue();
            assertThat(m.ladder().isCommitted(Rung.SK_LETHAL_AID.level())).isTrue();
        }
    }

    @Test
    void aStepDownEventEndsTheCommitmentAndTheActorChoosesAgain() {
        ModelParameters p = eagerToStepDown(60);
        p.events.add(new ScheduledEvent(10, EventType.SK_LETHAL_AID, 0, "", false));
        p.events.add(new ScheduledEvent(20, EventType.SK_HALTS_LETHAL_AID, 0, "", false));
        BrinkModel m = QuietWorld.run(p, 7);
        assertThat(m.ladder().isActive(Rung.SK_LETHAL_AID)).isFalse();
        assertThat(m.ladder().isCommitted(Rung.SK_LETHAL_AID.level())).isFalse();
        assertThat(m.ladder().lastChangedDay(Rung.SK_LETHAL_AID)).isEqualTo(20);
    }

    @Test
    void aRungTheActorChoseItselfStaysReversible() {
        // South Korea's drive is 0.5 above its red line at first (it escalates), then the red line is out of reach
        ModelParameters p = QuietWorld.parameters(200);
        ActorParameters sk = p.actor(ActorId.SOUTH_KOREA);
        sk.rationality = 10;
        sk.initialPressure = 1.0;
        sk.decay = 0.2;                   // pressure fades to 0 within weeks
        sk.redLine[Rung.SK_LETHAL_AID.ordinal()] = 0.5;
        p.decision.inertia = 0;
        p.decision.stepDownHysteresis = 0.0;
        BrinkModel m = QuietWorld.run(p, 11);
        assertThat(m.ladder().firstCrossedDay(Rung.SK_LETHAL_AID)).isPositive();
        assertThat(m.ladder().isActive(Rung.SK_LETHAL_AID)).as("stepped back once pressure faded").isFalse();
    }

    @Test
    void chinaKeepsPressingAfterAnEventThoughItsOwnDriveIsLow() {
        ModelParameters p = QuietWorld.parameters(90);
        ActorParameters cn = p.actor(ActorId.CHINA);
        cn.rationality = 10;
        cn.postureThreshold = 3.0;
        p.decision.inertia = 0;
        p.decision.stepDownHysteresis = 1.0;
        p.events.add(new ScheduledEvent(5, EventType.CHINA_PRESSES_PYONGYANG, 0, "", false));
        BrinkModel m = QuietWorld.run(p, 3);
        assertThat(m.chinaPressing()).isTrue();
        assertThat(m.postures().chinaCommitted()).isTrue();
    }

    @Test
    void northKoreaCannotCommitTroopsItDoesNotHave() {
        ModelParameters p = QuietWorld.parameters(120);
        ActorParameters nk = p.actor(ActorId.NORTH_KOREA);
        nk.rationality = 10;
        nk.resolve = 1.0;
        p.decision.resolveWeight = 1.0;   // drive 0.5, red line 0: it would escalate at once with troops
        nk.redLine[Rung.NK_COMBAT_IN_KURSK.ordinal()] = 0;
        p.decision.inertia = 0;
        p.contingent.troops = 0;
        assertThat(QuietWorld.run(p, 2).ladder().firstCrossedDay(Rung.NK_COMBAT_IN_KURSK)).isEqualTo(EscalationLadder.NEVER);
        p.contingent.troops = 10_000;
        assertThat(QuietWorld.run(p, 2).ladder().firstCrossedDay(Rung.NK_COMBAT_IN_KURSK)).isBetween(1, 10);
    }
}
