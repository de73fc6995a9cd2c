package brink.report;

import brink.model.Rung;
import brink.results.RunsTable;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every key outcome's value in each of a folder's runs, in replication order (NaN where the run
 * has none, e.g. the rung never crossed), and which rungs each run crossed: what medians, means
 * and, for two folders run with common random numbers, paired differences need. Filled one row
 * at a time ({@link #add}), so it can share a pass over runs.csv with other readers; memory is
 * six numbers and one 16-bit mask per run (the mask filled only when read for pairing).
 */
final class OutcomeValues {
    private static final Outcome[] OUTCOMES = Outcome.values();
    private double[][] buf = new double[OUTCOMES.length][1024];
    private char[] crossed = new char[1024];
    private int n;
    /** Whether row i of runs.csv was replication i for every row so far. */
    private boolean inOrder = true;
    /** Whether the rungs crossed and the replication index are read too (compare's pairing needs them; a run's report does not). */
    private final boolean forPairing;

    /** For a run's report: the outcomes only. */
    OutcomeValues() { this(false); }

    /** {@code forPairing}: also every run's crossed rungs and whether the rows are replications 0..N-1 in order. */
    OutcomeValues(boolean forPairing) { this.forPairing = forPairing; }

    static {
        if (Rung.COUNT > Character.SIZE) throw new IllegalStateException("a run's crossed rungs no longer fit 16 bits");
    }

    void add(RunRow row) {
        if (n == crossed.length) {
            for (int i = 0; i < buf.length; i++) buf[i] = Arrays.copyOf(buf[i], 2 * n);
            crossed = Arrays.copyOf(crossed, 2 * n);
        }
        for (Outcome o : OUTCOMES) buf[o.ordinal()][n] = o.of(row);
        if (forPairing) {
            char mask = 0;
            for (Rung r : Rung.values()) if (!Double.isNaN(row.firstDay(r))) mask |= (char) (1 << r.ordinal());
            crossed[n] = mask;
            if (row.get(RunsTable.REPLICATION) != n) inOrder = false;
        }
        n++;
    }

    int runs() { return n; }

    /** Whether the rows were replications 0, 1, 2, ... in order (as brink run writes them); false unless read for pairing. */
    boolean inOrder() { return forPairing && inOrder; }

    /** The outcome's value in run i, NaN if it has none. */
    double value(Outcome o, int i) { return buf[o.ordinal()][i]; }

    /** Whether run i crossed the rung (read for pairing only). */
    boolean crossed(Rung r, int i) { return (crossed[i] >> r.ordinal() & 1) != 0; }

    /** The outcome's values of the runs that have one, in run order (a fresh array). */
    double[] present(Outcome o) {
        double[] all = buf[o.ordinal()];
        int k = 0;
        for (int i = 0; i < n; i++) if (!Double.isNaN(all[i])) k++;
        double[] out = new double[k];
        k = 0;
        for (int i = 0; i < n; i++) if (!Double.isNaN(all[i])) out[k++] = all[i];
        return out;
    }

    Map<Outcome, double[]> values() {
        Map<Outcome, double[]> out = new EnumMap<>(Outcome.class);
        for (Outcome o : OUTCOMES) out.put(o, present(o));
        return out;
    }

    /** One pass over the folder's runs.csv. */
    static OutcomeValues read(RunResults f) throws IOException {
        OutcomeValues v = new OutcomeValues();
        f.forEachRun(v::add);
        return v;
    }
}
