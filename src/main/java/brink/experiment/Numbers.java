package brink.experiment;

/**
 * How Brink writes numbers into its CSV files: deterministic and locale-free. Whole numbers print
 * without a decimal point, others with Java's shortest round-trip form ({@link Double#toString}),
 * so a value read back is the value written.
 */
public final class Numbers {
    private Numbers() {}

    public static String format(double v) {
        StringBuilder sb = new StringBuilder(24);
        append(sb, v);
        return sb.toString();
    }

    public static void append(StringBuilder sb, double v) {
        if (Double.isNaN(v)) return; // an empty cell
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            sb.append((long) v);
        } else {
            sb.append(v);
        }
    }
}
