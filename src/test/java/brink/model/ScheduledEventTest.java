package brink.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Scheduled events happen on their day; events injected between steps (the GUI) happen the next day. */
class ScheduledEventTest {

    @Test
    void aScheduledEventCrossesItsRungOnItsDay() {
        ModelParameters p = QuietWorld.parameters(60);
        p.events.add(new ScheduledEvent(30, EventType.SK_LETHAL_AID, 0, "", false));
        p.events.add(new ScheduledEvent(45, EventType.SK_HALTS_LETHAL_AID, 0, "", false));
        RunRecord rec = QuietWorld.run(p, 3).record();
        assertThat(rec.firstCrossedDay(Rung.SK_LETHAL_AID)).isEqualTo(30);
        assertThat(rec.value(Metric.ESCALATION_LEVEL, 29)).isEqualTo(Rung.NK_TROOPS_IN_RUSSIA.level());
        assertThat(rec.value(Metric.ESCALATION_LEVEL, 30)).isEqualTo(Rung.SK_LETHAL_AID.level());
        assertThat(rec.value(Metric.ESCALATION_LEVEL, 44)).isEqualTo(Rung.SK_LETHAL_AID.level());
        assertThat(rec.value(Metric.ESCALATION_LEVEL, 45)).isEqualTo(Rung.NK_TROOPS_IN_RUSSIA.level());
    }

    @Test
    void anInjectedEventAppliesTheNextDay() {
        ModelParameters p = QuietWorld.parameters(30);
        p.contingent.troops = 10_000; // no troops, no troop event
        BrinkModel m = new BrinkModel(p, new RunRecord(30));
        m.seed(5, 0, 0);
        m.start();
        for (int i = 0; i < 10; i++) m.schedule.step(m);
        assertThat(m.day()).isEqualTo(10);
        m.inject(EventType.NK_TROOPS_CROSS_INTO_UKRAINE, 0);
        assertThat(m.ladder().isActive(Rung.NK_IN_UKRAINE)).as("nothing happens before the next step").isFalse();
        m.schedule.step(m);
        assertThat(m.ladder().firstCrossedDay(Rung.NK_IN_UKRAINE)).isEqualTo(11);
        m.runToHorizon();
        assertThat(m.record().firstCrossedDay(Rung.NK_IN_UKRAINE)).isEqualTo(11);
        assertThat(m.record().firstCrossedDay(Rung.NK_COMBAT_IN_KURSK)).isEqualTo(11);
    }

    @Test
    void aSecondContingentEntersCombatOnceNkTroopsAreCommitted() {
        ModelParameters p = QuietWorld.parameters(60);
        p.contingent.troops = 10_000;
        p.contingent.combatEntryDays = 10;
        p.contingent.exposure = 0; // no NK losses, so the flows are exact
        p.events.add(new ScheduledEvent(5, EventType.NK_TROOPS_ENTER_COMBAT, 0, "", false));
        p.events.add(new ScheduledEvent(20, EventType.NK_SECOND_CONTINGENT, 5_000, "", false));
        RunRecord rec = QuietWorld.run(p, 1).record();
        assertThat(rec.value(Metric.NK_IN_COMBAT, 4)).isZero();
        assertThat(rec.value(Metric.NK_IN_COMBAT, 5)).isEqualTo(1_000);   // 10,000 over 10 days
        assertThat(rec.value(Metric.NK_IN_COMBAT, 14)).isEqualTo(10_000);
        assertThat(rec.value(Metric.NK_IN_COMBAT, 60)).isEqualTo(15_000);
    }
}
