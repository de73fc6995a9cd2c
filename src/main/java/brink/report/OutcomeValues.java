package brink.report;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every key outcome's values across a folder's runs (runs without a value left out), for medians
 * and their intervals. Filled one row at a time ({@link #add}), so it can share a pass over
 * runs.csv with other readers; memory is six numbers per run.
 */
final class OutcomeValues {
    private static final Outcome[] OUTCOMES = Outcome.values();
    private final double[][] buf = new double[OUTCOMES.length][1024];
    private final int[] n = new int[OUTCOMES.length];

    void add(RunRow row) {
        for (Outcome o : OUTCOMES) {
            double v = o.of(row);
            if (Double.isNaN(v)) continue;
            int i = o.ordinal();
            if (n[i] == buf[i].length) buf[i] = Arrays.copyOf(buf[i], buf[i].length * 2);
            buf[i][n[i]++] = v;
        }
    }

    Map<Outcome, double[]> values() {
        Map<Outcome, double[]> out = new EnumMap<>(Outcome.class);
        for (Outcome o : OUTCOMES) out.put(o, Arrays.copyOf(buf[o.ordinal()], n[o.ordinal()]));
        return out;
    }

    /** One pass over the folder's runs.csv. */
    static Map<Outcome, double[]> read(RunResults f) throws IOException {
        OutcomeValues v = new OutcomeValues();
        f.forEachRun(v::add);
        return v.values();
    }
}
