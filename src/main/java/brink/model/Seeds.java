package brink.model;

/**
 * Derives each run's generator key from (master seed, point, replication). MASON's long seed keeps
 * only 32 bits, so seeding replication i with "seed + i" would make a million runs collide; this
 * mixes the three numbers with SplitMix64 into a full int[] key for
 * {@code MersenneTwisterFast.setSeed(int[])}. The same triple always gives the same key, whatever
 * the thread that runs it.
 */
public final class Seeds {
    private Seeds() {}

    public static int[] key(long masterSeed, long point, long replication) {
        long a = mix(masterSeed ^ 0x9E3779B97F4A7C15L);
        long b = mix(a ^ point * 0xBF58476D1CE4E5B9L);
        long c = mix(b ^ replication * 0x94D049BB133111EBL);
        long d = mix(c + 0x632BE59BD9B4E019L);
        return new int[]{(int) a, (int) (a >>> 32), (int) b, (int) (b >>> 32),
                (int) c, (int) (c >>> 32), (int) d, (int) (d >>> 32)};
    }

    /** SplitMix64's finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
