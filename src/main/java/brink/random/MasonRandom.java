package brink.random;

import ec.util.MersenneTwisterFast;

/**
 * Lets MASON's {@code SimState.random} field, which must hold a {@link MersenneTwisterFast}, draw
 * from a {@link Substream} instead. Brink's model never draws from {@code random} itself (each of
 * its random elements has its own stream); this keeps anything else that reaches for MASON's
 * generator (inspectors, a GUI's portrayal code) on the replication's seeded numbers.
 */
public final class MasonRandom extends MersenneTwisterFast {
    private static final long serialVersionUID = 1L;
    private Substream source;

    public MasonRandom(Substream source) {
        super(0L);
        this.source = source;
    }

    @Override
    public void setSeed(long seed) {
        // MersenneTwisterFast's constructor seeds itself before this class's field is set
        if (source == null) super.setSeed(seed);
        else source.reseed(seed);
    }

    @Override public int nextInt() { return (int) (source.nextLong() >>> 32); }
    @Override public long nextLong() { return source.nextLong(); }
    @Override public double nextDouble() { return source.uniform(); }
    @Override public float nextFloat() { return (source.nextLong() >>> 40) * 0x1.0p-24f; }
    @Override public boolean nextBoolean() { return source.nextLong() < 0; }
    @Override public boolean nextBoolean(double probability) { return source.uniform() < probability; }
    @Override public boolean nextBoolean(float probability) { return source.uniform() < probability; }
    @Override public double nextGaussian() { return source.gaussian(); }
    @Override public int nextInt(int n) { return source.provider().nextInt(n); }
    @Override public long nextLong(long n) { return source.provider().nextLong(n); }

    @Override
    public double nextDouble(boolean includeZero, boolean includeOne) {
        double d;
        do {
            d = source.uniform();
            if (includeOne && source.nextLong() < 0) d += 1.0;
        } while (d > 1.0 || (!includeZero && d == 0.0));
        return d;
    }
}
