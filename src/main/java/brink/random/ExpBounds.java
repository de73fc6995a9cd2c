package brink.random;

/**
 * Cheap, rigorous bounds on e^x, so that a choice that depends on e^x can be made without
 * computing it when the uniform that decides is not close to the boundary (most days). With
 * y = x log2(e) = k + f (k an integer, 0 &le; f &lt; 1) and i = floor(256 f),
 * 2^k 2^(i/256) &le; e^x &lt; 2^k 2^((i+1)/256): the two bounds are 0.27% apart (a table of 257
 * doubles, 2 KB, stays in the first-level cache; with sixteenths the bracket was 4.4% wide and
 * the exact exp was needed 16 times as often). A relative margin of
 * {@value #MARGIN} on each side covers the rounding of x log2(e) (at most 1.2e-13 relative for
 * |x| &lt; 745) and of the table, so the bounds also hold for {@code StrictMath.exp}'s result,
 * which is within one ulp of e^x. Callers that use them keep exactly the decisions they would make
 * with {@code StrictMath.exp} (tested), and call it only when the bounds cannot tell.
 */
public final class ExpBounds {
    private ExpBounds() {}

    /** Relative margin on each bound: far above every rounding error involved, far below the 0.27% bracket. */
    public static final double MARGIN = 1e-9;
    private static final double LOG2E = 1.4426950408889634;
    /** Table steps per power of two. */
    private static final int STEPS = 256;
    /** 2^(i/256) for i = 0..256. */
    private static final double[] POW2_STEPS = new double[STEPS + 1];

    static {
        for (int i = 0; i <= STEPS; i++) POW2_STEPS[i] = StrictMath.pow(2.0, i / (double) STEPS);
    }

    /** A lower bound of e^x (0 far below the normal range, and for NaN). */
    public static double lower(double x) {
        if (!(x > -700)) return 0.0;
        if (x > 700) return 1e300;
        double y = x * LOG2E;
        double k = Math.floor(y);
        int i = (int) ((y - k) * STEPS);
        return POW2_STEPS[i] * powerOfTwo(k) * (1 - MARGIN);
    }

    /**
     * 2^(1/256) widened by the margins: lower(x) times it is an upper bound of e^x for |x| &lt; 700
     * (lower(x) is at least 2^k 2^(i/256) (1 - MARGIN)(1 - 2^-52), and e^x is below 2^k 2^((i+1)/256)
     * even after the rounding of x log2(e)).
     */
    private static final double LOWER_TO_UPPER = StrictMath.pow(2.0, 1.0 / STEPS) * (1 + MARGIN) / (1 - MARGIN) * (1 + 1e-12);

    /** {@link #upper(double)} when {@code lower = lower(x)} is already known. */
    public static double upper(double x, double lower) {
        return x > -700 && x < 700 ? lower * LOWER_TO_UPPER : upper(x);
    }

    /** An upper bound of e^x (infinite far above the normal range, and for NaN). */
    public static double upper(double x) {
        if (!(x < 700)) return Double.POSITIVE_INFINITY;
        if (x <= -700) return 1e-300; // where lower(x) is 0
        return lower(x) * LOWER_TO_UPPER;
    }

    /** 2^k, exactly, for an integer k within the normal range (|x| < 700 keeps |k| under 1,011); Math.scalb is far slower. */
    private static double powerOfTwo(double k) {
        return Double.longBitsToDouble(((long) k + 1023L) << 52);
    }
}
