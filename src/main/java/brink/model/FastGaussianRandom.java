package brink.model;

import ec.util.MersenneTwisterFast;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * MASON's Mersenne Twister with a faster {@link #nextGaussian()}. MASON's polar method needs a
 * {@code StrictMath} log and square root for every pair of normals, the model's hottest call; this
 * is the ziggurat method in Doornik's ZIGNOR form (Doornik 2005, "An improved ziggurat method to
 * generate normal random samples"): 128 layers, the layer index and the uniform taken from
 * disjoint bits of one 32-bit output (7 bits choose the layer, the other 25 the signed position
 * in it), exact rejection for the wedges and Marsaglia's tail method. About 99% of draws cost one
 * 32-bit word and a multiplication. The samples are standard normal up to the grid of the position:
 * a normal is an odd multiple of 2^-25 times its layer's width (at most 3.7), i.e. values are rounded
 * to within 2.2e-7, far below anything the model or a Monte Carlo can resolve (the model scales
 * them by its noise levels, 0.01 to 0.2). The wedge and tail draws use 53-bit uniforms.
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

    /**
     * The state after MT19937's init_genrand(19650218), where every seeding by array starts:
     * the same 624 words for every key, so they are computed once instead of once per replication.
     */
    private static final int[] ARRAY_SEEDING_START = new int[N];

    static {
        ARRAY_SEEDING_START[0] = 19650218;
        for (int i = 1; i < N; i++) {
            int prev = ARRAY_SEEDING_START[i - 1];
            ARRAY_SEEDING_START[i] = 1812433253 * (prev ^ (prev >>> 30)) + i;
        }
    }

    /**
     * MASON's {@code setSeed(int[])} (Matsumoto and Nishimura's init_by_array), on the existing
     * state array and starting from the precomputed {@link #ARRAY_SEEDING_START}: the same state
     * (tested), about a third less work per replication.
     */
    @Override
    public void setSeed(int[] key) {
        int[] mt = MT == null ? null : (int[]) MT.get(this);
        if (mt == null || key.length == 0) { // first seeding, no access to the fields, or MASON's own error
            super.setSeed(key);
            return;
        }
        HAVE_NEXT_GAUSSIAN.set(this, false);
        System.arraycopy(ARRAY_SEEDING_START, 0, mt, 0, N);
        MTI.set(this, N);
        int i = 1, j = 0;
        for (int k = Math.max(N, key.length); k != 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.length) j = 0;
        }
        for (int k = N - 1; k != 0; k--) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000; // MSB is 1, assuring a non-zero initial array
    }

    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER_MASK = 0x80000000;
    private static final int LOWER_MASK = 0x7fffffff;

    /**
     * MASON's {@code nextInt()} (MT19937), on MASON's own state, so every other method of the
     * generator sees the same stream (tested word for word): MASON's version is too big for the
     * JIT to inline into the model's draws, which then paid a call per 32-bit word; here the
     * per-word path is a few lines and the regeneration of the 624 words is a separate method.
     */
    @Override
    public int nextInt() {
        if (MT == null) return super.nextInt();
        int i = (int) MTI.get(this);
        if (i >= N) {
            regenerate((int[]) MT.get(this));
            i = 0;
        }
        int y = ((int[]) MT.get(this))[i];
        MTI.set(this, i + 1);
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y;
    }

    /** MT19937's generation of the next 624 words (MASON's loop; the matrix term without a lookup table). */
    private static void regenerate(int[] mt) {
        int kk = 0;
        for (; kk < N - M; kk++) {
            int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        for (; kk < N - 1; kk++) {
            int y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
        }
        int y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (-(y & 1) & MATRIX_A);
    }

    /** MASON's {@code nextDouble()} (53 bits from two words, the same values) through the inlinable {@link #nextInt()}. */
    @Override
    public double nextDouble() {
        if (MT == null) return super.nextDouble();
        int y = nextInt();
        int z = nextInt();
        return ((((long) (y >>> 6)) << 27) + (z >>> 5)) / (double) (1L << 53);
    }

    @Override
    public double nextGaussian() {
        while (true) {
            int bits = nextInt();
            int layer = bits & (LAYERS - 1);
            // in (-1, 1), the midpoints of a grid of 2^-24 (symmetric about 0), from bits disjoint from the layer's
            double u = ((bits >> 7) + 0.5) * 0x1.0p-24;
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
