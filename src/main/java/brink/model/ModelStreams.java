package brink.model;

import brink.random.MasonRandom;
import brink.random.StreamId;
import brink.random.Substream;

import java.io.Serializable;

/**
 * The random streams of the model's world-level elements: the front's daily intensity noise, NK
 * defections, the inadvertent-escalation hazard, the war's phase. (Each actor and each rule has
 * its own streams too; parameters are drawn by the scenario sampler from theirs.) Everything is
 * reseeded from the replication's root seed at the start of each run.
 */
final class ModelStreams implements Serializable {
    private static final long serialVersionUID = 1L;

    final Substream frontNoise = new Substream(StreamId.of("front.noise"));
    final Substream defections = new Substream(StreamId.of("front.defections"));
    final Substream hazard = new Substream(StreamId.of("hazard.incidents"));
    final Substream war = new Substream(StreamId.of("war.phase"));
    final Substream breakdowns = new Substream(StreamId.of("war.ceasefire_breakdowns"));
    /** Behind MASON's {@code random} field: nothing in the model draws from it. */
    final Substream mason = new Substream(StreamId.of("mason.random"));

    void reseed(long root) {
        frontNoise.reseed(root);
        defections.reseed(root);
        hazard.reseed(root);
        war.reseed(root);
        breakdowns.reseed(root);
        mason.reseed(root);
    }

    MasonRandom masonRandom() { return new MasonRandom(mason); }
}
