package brink.model;

/** Writes each day's values of every {@link Metric} into the run's {@link RunRecord}. */
final class DayRecorder {
    private DayRecorder() {}

    static void record(BrinkModel m, RunRecord record, int d) {
        EscalationLadder ladder = m.ladder();
        Front front = m.front();
        record.set(Metric.ESCALATION_LEVEL, d, ladder.level());
        record.set(Metric.MAX_RUNG, d, ladder.maxRung());
        for (Actor a : m.actors()) record.set(Metric.pressureOf(a.id()), d, a.pressure);
        record.set(Metric.RUSSIAN_CASUALTIES, d, front.russianCumulative);
        record.set(Metric.UKRAINIAN_CASUALTIES, d, front.ukrainianCumulative);
        record.set(Metric.RUSSIAN_DAILY_CASUALTIES, d, front.russianToday);
        record.set(Metric.UKRAINIAN_DAILY_CASUALTIES, d, front.ukrainianToday);
        record.set(Metric.RUSSIAN_MANPOWER, d, front.russianManpower);
        record.set(Metric.UKRAINIAN_MANPOWER, d, front.ukrainianManpower);
        record.set(Metric.NK_IN_COMBAT, d, front.nkInCombat);
        record.set(Metric.NK_LOST, d, front.nkLost);
        record.set(Metric.NK_DEFECTED, d, front.nkDefected);
        record.set(Metric.KURSK_CONTROL, d, front.kurskControl);
        record.set(Metric.WAR_PHASE, d, m.war().phase().ordinal());
    }
}
