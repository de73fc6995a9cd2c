package brink.random;

import org.apache.commons.math3.special.Erf;

/** The standard normal quantile function, through Commons Math's inverse error function. */
public final class NormalQuantile {
    private NormalQuantile() {}

    /** Φ⁻¹(u) for u in (0, 1); u = 0 gives -infinity. */
    public static double of(double u) {
        return Math.sqrt(2) * Erf.erfInv(2 * u - 1);
    }
}
