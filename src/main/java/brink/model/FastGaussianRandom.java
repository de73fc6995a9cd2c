package brink.model;

import ec.util.MersenneTwisterFast;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * MASON's Mersenne Twister with a faster {@link #nextGaussian()}. MASON's polar method needs a
 * {@code StrictMath} log and square root for every pair of normals, the model's hottest call; this
 * is the ziggurat method in Doornik's ZIGNOR form (Doornik 2005, "An improved ziggurat method to
 * generate normal random samples"): 128 layers, the layer index and the uniform taken from
 * disjoint bits of one 64-bit draw, exact rejection for the wedges and Marsaglia's tail method.
 * About 99% of draws cost one 64-bit word and a multiplication. The samples are exactly standard
 * normal, drawn from the same generator; only the mapping from bits to normals differs.
 *
 * <p>Reseeding (once per replication) also reuses the generator's state array: MASON's
 * {@code setSeed} allocates a new one every time, the only allocation left in a replication. The
 * state is exactly MASON's (tested); if its fields cannot be reached, MASON's own code runs.
 */
public class FastGaussianRandom extends MersenneTwisterFast {
    private static final long serialVersionUID = 1L;

    private static final int LAYERS = 128;
    private static final double R = 3.442619855899;
    private static final double V = 9.91256303526217e-3;
    private static final double[] X = new double[LAYERS + 1];
    private static final double[] RATIO = new double[LAYERS];

    static {
        double f = Math.exp(-0.5 * R * R);
        X[0] = V / f;
        X[1] = R;
        X[LAYERS] = 0;
        for (int i = 2; i < LAYERS; i++) {
            X[i] = Math.sqrt(-2 * Math.log(V / X[i - 1] + f));
            f = Math.exp(-0.5 * X[i] * X[i]);
        }
        for (int i = 0; i < LAYERS; i++) RATIO[i] = X[i + 1] / X[i];
    }

    private static final int N = 624;
    private static final VarHandle MT;
    private static final VarHandle MTI;
    private static final VarHandle HAVE_NEXT_GAUSSIAN;

    static {
        VarHandle mt = null, mti = null, have = null;
        try {
            MethodHandles.Lookup l = MethodHandles.privateLookupIn(MersenneTwisterFast.class, MethodHandles.lookup());
            mt = l.findVarHandle(MersenneTwisterFast.class, "mt", int[].class);
            mti = l.findVarHandle(MersenneTwisterFast.class, "mti", int.class);
            have = l.findVarHandle(MersenneTwisterFast.class, "__haveNextNextGaussian", boolean.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            mt = null; // MASON's own setSeed then
        }
        MT = mt;
        MTI = mti;
        HAVE_NEXT_GAUSSIAN = have;
    }

    public FastGaussianRandom() {
        super(0L);
    }

    /** Whether reseeding reuses the state array (the generator's private fields could be reached). */
    static boolean reusesState() { return MT != null; }

    /**
     * MASON's {@code setSeed(long)} (Knuth's initialisation of the 624 words, as in Matsumoto and
     * Nishimura's reference code), writing into the existing state array instead of a new one.
     * {@code setSeed(int[])} calls it and then mixes the key into the same array.
     */
    @Override
    public void setSeed(long seed) {
        int[] state = MT == null ? null : (int[]) MT.get(this);
        if (state == null) { // first seeding (from the constructor) or no access to the fields
            super.setSeed(seed);
            return;
        }
        HAVE_NEXT_GAUSSIAN.set(this, false);
        state[0] = (int) (seed & 0xffffffffL);
        for (int i = 1; i < N; i++) state[i] = 1812433253 * (state[i - 1] ^ (state[i - 1] >>> 30)) + i;
        MTI.set(this, N);
    }

    @Override
    public double nextGaussian() {
        while (true) {
            long bits = nextLong();
            int layer = (int) (bits & (LAYERS - 1));
            double u = 2 * ((bits >>> 11) * 0x1.0p-53) - 1; // in [-1, 1), from bits disjoint from the layer's
            if (Math.abs(u) < RATIO[layer]) return u * X[layer]; // inside the layer's rectangle
            if (layer == 0) return tail(u < 0);
            double x = u * X[layer];
            double f0 = Math.exp(-0.5 * (X[layer] * X[layer] - x * x));
            double f1 = Math.exp(-0.5 * (X[layer + 1] * X[layer + 1] - x * x));
            if (f1 + nextDouble() * (f0 - f1) < 1.0) return x; // under the density in the wedge
        }
    }

    /** Marsaglia's method for the tail beyond R. */
    private double tail(boolean negative) {
        double x, y;
        do {
            x = Math.log(nextDoubleOpen()) / R;
            y = Math.log(nextDoubleOpen());
        } while (-2 * y < x * x);
        return negative ? x - R : R - x;
    }

    private double nextDoubleOpen() {
        double d;
        do {
            d = nextDouble();
        } while (d == 0);
        return d;
    }
}
