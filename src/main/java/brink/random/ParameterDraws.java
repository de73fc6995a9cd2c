package brink.random;

import org.apache.commons.rng.core.source64.L64X128Mix;

/**
 * The one uniform each parameter is sampled from in a replication: the first number of the
 * parameter's own stream (keyed by its dotted path), so parameters never share or shift each
 * other's numbers.
 */
public final class ParameterDraws {
    private ParameterDraws() {}

    /** The stream key of a parameter, from its path. */
    public static long stream(String parameterPath) {
        return StreamId.of("parameter:" + parameterPath).hash();
    }

    /** A uniform in the open interval (0, 1) (so an inverse distribution function never sees 0 or 1). */
    public static double uniform(long root, long stream) {
        long[] w = new long[4];
        ReplicationSeed.words(root, stream, w);
        long bits = new L64X128Mix(w[0], w[1], w[2], w[3]).nextLong() >>> 11;
        return (bits + 0.5) * 0x1.0p-53;
    }
}
