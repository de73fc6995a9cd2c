package brink.gui;

import brink.model.BrinkModel;
import brink.model.EscalationLadder;
import brink.model.Metric;
import brink.model.RunRecord;
import brink.model.Rung;

/**
 * One day as the Swing panels need it, copied in the model's thread so that the event thread
 * never reads the model while it steps.
 */
final class DaySnapshot {
    final int day;
    final String date;
    final int level;
    final boolean[] active = new boolean[Rung.COUNT];
    final int[] firstCrossed = new int[Rung.COUNT];
    final int[] lastChanged = new int[Rung.COUNT];
    final double[] metrics = new double[Metric.COUNT];

    private DaySnapshot(int day, String date, int level) {
        this.day = day;
        this.date = date;
        this.level = level;
    }

    /** Today's ladder with the day-{@code day} metrics from the run record. */
    static DaySnapshot of(BrinkModel m, int day, String date) {
        EscalationLadder ladder = m.ladder();
        DaySnapshot s = new DaySnapshot(day, date, ladder.level());
        for (Rung r : Rung.values()) {
            s.active[r.ordinal()] = ladder.isActive(r);
            s.firstCrossed[r.ordinal()] = ladder.firstCrossedDay(r);
            s.lastChanged[r.ordinal()] = ladder.lastChangedDay(r);
        }
        RunRecord rec = m.record();
        for (Metric x : Metric.values()) s.metrics[x.ordinal()] = rec.value(x, day);
        return s;
    }

    double value(Metric m) { return metrics[m.ordinal()]; }
}
