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

    /**
     * A uniform in the open interval (0, 1) (so an inverse distribution function never sees 0 or 1).
     * {@code words} (length 4) is the caller's scratch for the stream's seed words, reused so that
     * sampling a replication's parameters allocates no array per parameter.
     */
    public static double uniform(long root, long stream, long[] words) {
        ReplicationSeed.words(root, stream, words);
        // the generator does not escape this method, so once compiled the JIT mostly removes its allocation (measured)
        long bits = new L64X128Mix(words[0], words[1], words[2], words[3]).nextLong() >>> 11;
        return (bits + 0.5) * 0x1.0p-53;
    }
}
