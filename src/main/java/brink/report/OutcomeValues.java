package brink.report;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every key outcome's values across a folder's runs (runs without a value left out), for medians
 * and bootstraps. One pass over runs.csv; memory is six numbers per run.
 */
final class OutcomeValues {
    private OutcomeValues() {}

    static Map<Outcome, double[]> read(RunResults f) throws IOException {
        Map<Outcome, double[]> buf = new EnumMap<>(Outcome.class);
        int[] n = new int[Outcome.values().length];
        for (Outcome o : Outcome.values()) buf.put(o, new double[1024]);
        f.forEachRun(row -> {
            for (Outcome o : Outcome.values()) {
                double v = o.of(row);
                if (Double.isNaN(v)) continue;
                double[] b = buf.get(o);
                if (n[o.ordinal()] == b.length) buf.put(o, b = Arrays.copyOf(b, b.length * 2));
                b[n[o.ordinal()]++] = v;
            }
        });
        Map<Outcome, double[]> out = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) out.put(o, Arrays.copyOf(buf.get(o), n[o.ordinal()]));
        return out;
    }
}
