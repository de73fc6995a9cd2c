package brink.random;

/**
 * SplitMix64's finaliser (Steele, Lea and Flood 2014), used only to turn structured numbers
 * (master seed, point, replication, stream) into well-spread seeds; the draws themselves come from
 * Commons RNG's generators.
 */
final class SplitMix {
    private SplitMix() {}

    static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
