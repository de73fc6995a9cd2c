package brink.random;

/**
 * The root of one replication's random numbers, derived from (master seed, sweep point,
 * replication index) alone, never from the thread or engine that runs it. Every stream of the
 * replication is keyed by this root and its {@link StreamId}.
 */
public final class ReplicationSeed {
    private ReplicationSeed() {}

    public static long of(long masterSeed, long point, long replication) {
        long a = SplitMix.mix(masterSeed ^ SplitMix.GOLDEN_GAMMA);
        long b = SplitMix.mix(a ^ point * 0xBF58476D1CE4E5B9L);
        return SplitMix.mix(b ^ replication * 0x94D049BB133111EBL);
    }

    /** The four seed words of the stream {@code stream} in the replication rooted at {@code root}. */
    static void words(long root, long stream, long[] out) {
        long s = SplitMix.mix(root ^ SplitMix.mix(stream + SplitMix.GOLDEN_GAMMA));
        for (int i = 0; i < out.length; i++) {
            s += SplitMix.GOLDEN_GAMMA;
            out[i] = SplitMix.mix(s);
        }
    }
}
