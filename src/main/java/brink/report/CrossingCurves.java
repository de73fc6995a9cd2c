package brink.report;

import brink.model.Rung;

/**
 * For each rung and day, how many runs had crossed it by that day, accumulated one run at a time
 * from the first_day_* columns of runs.csv (memory: rungs x days, whatever N).
 */
final class CrossingCurves {
    private final int horizon;
    private final long[][] firstOnDay;
    private long runs;

    CrossingCurves(int horizon) {
        this.horizon = horizon;
        this.firstOnDay = new long[Rung.COUNT][horizon + 1];
    }

    void add(RunRow row) {
        runs++;
        for (Rung r : Rung.values()) {
            double d = row.firstDay(r);
            if (!Double.isNaN(d)) firstOnDay[r.ordinal()][(int) Math.max(0, Math.min(horizon, d))]++;
        }
    }

    long runs() { return runs; }

    long crossed(Rung r) {
        long s = 0;
        for (long c : firstOnDay[r.ordinal()]) s += c;
        return s;
    }

    /** Crossed in some run after day 0: a rung active from day 0 in every run (the start state) says nothing over time. */
    boolean changesOverTime(Rung r) { return crossed(r) > firstOnDay[r.ordinal()][0]; }

    double[] days() {
        double[] d = new double[horizon + 1];
        for (int i = 0; i <= horizon; i++) d[i] = i;
        return d;
    }

    /** Share of runs (0 to 1) that had crossed the rung on or before each day. */
    double[] cumulative(Rung r) {
        double[] p = new double[horizon + 1];
        long s = 0;
        for (int i = 0; i <= horizon; i++) {
            s += firstOnDay[r.ordinal()][i];
            p[i] = runs == 0 ? 0 : (double) s / runs;
        }
        return p;
    }
}
