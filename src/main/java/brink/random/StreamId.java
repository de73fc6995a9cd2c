package brink.random;

import java.nio.charset.StandardCharsets;

/**
 * The name of one random element of a replication (an actor's daily choice, one rule, the
 * front's noise, one parameter, ...), and the 64-bit number its stream is keyed by. The number
 * depends only on the name, so the element draws the same numbers in every scenario that has it,
 * whatever else the scenario adds or removes: the basis of common random numbers.
 *
 * @param name a stable text such as {@code "actor.russia.choice"} or {@code "parameter:front.attrition_noise"}
 * @param hash FNV-1a (64-bit) of the name's UTF-8 bytes, finalised with SplitMix64's mixer
 */
public record StreamId(String name, long hash) implements java.io.Serializable {

    public static StreamId of(String name) {
        long h = 0xcbf29ce484222325L; // FNV-1a offset basis
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L; // FNV prime
        }
        return new StreamId(name, SplitMix.mix(h));
    }

    @Override
    public String toString() { return name; }
}
