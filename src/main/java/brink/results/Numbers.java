package brink.results;

import com.fasterxml.jackson.core.io.schubfach.DoubleToDecimal;

/**
 * How Brink writes numbers into its CSV files: deterministic and locale-free. Whole numbers print
 * without a decimal point, others in the shortest decimal form that reads back as the same
 * double, in {@link Double#toString}'s layout (plain from 10^-3 to 10^7, else {@code d.dddE-n}),
 * so a value read back is the value written.
 *
 * <p>The digits come from Giulietti's Schubfach algorithm (the one {@code Double.toString} uses
 * since Java 19; Jackson ships a port), about four times faster than Java 17's
 * {@code Double.toString}, which matters for runs.csv's ~50 numbers per replication. Java 17's
 * version occasionally printed one digit more than needed (in tests, only for numbers beyond
 * 10^16); those few numbers are now written with the shorter, equally exact form.
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
            sb.append(DoubleToDecimal.toString(v));
        }
    }
}
