package brink.scenario;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.random.AbstractRandomGenerator;

/**
 * Lets Commons Math distributions draw from a run's MASON generator, so a replication's every
 * random number comes from its own seeded stream. The source can be switched between runs
 * without rebuilding the distributions.
 */
public final class RandomGeneratorAdapter extends AbstractRandomGenerator {
    private MersenneTwisterFast source;

    public RandomGeneratorAdapter(MersenneTwisterFast source) { this.source = source; }

    public void setSource(MersenneTwisterFast source) { this.source = source; }

    @Override public void setSeed(long seed) { source.setSeed(seed); }
    @Override public double nextDouble() { return source.nextDouble(); }
    @Override public int nextInt() { return source.nextInt(); }
    @Override public int nextInt(int n) { return source.nextInt(n); }
    @Override public long nextLong() { return source.nextLong(); }
    @Override public boolean nextBoolean() { return source.nextBoolean(); }
    @Override public double nextGaussian() { return source.nextGaussian(); }
}
