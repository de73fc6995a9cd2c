package brink.random;

import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.RandomProviderDefaultState;
import org.apache.commons.rng.core.source64.L64X128Mix;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;

/**
 * The random numbers of one random element of a replication: a Commons RNG {@link L64X128Mix}
 * generator (the LXM family of Steele and Vigna 2021, designed so that generators from distinct
 * seeds act as independent streams), with Commons RNG's ziggurat samplers for normals and
 * exponentials (McFarland 2016).
 *
 * <p>A model part keeps one {@code Substream} object for its whole life and {@link #reseed}s it at
 * the start of every replication, so a run of the same (seed, point, replication) always sees the
 * same numbers in the same element, and an element's numbers do not move when another element
 * draws more or fewer. Callers that want common random numbers across scenarios also draw a
 * fixed number of values per day, whatever the state (documented where they draw).
 */
public final class Substream implements Serializable {
    private static final long serialVersionUID = 1L;
    private final StreamId id;
    private final long[] words = new long[4];
    private transient L64X128Mix rng;
    /**
     * The samplers draw from the generator itself, so they are built again with every new
     * generator (two small objects a replication; they hold no state of their own). Built once on
     * a provider that read the current generator through this object, they cost the model about
     * 5% more (docs/results.md): every normal then went through two more dependent loads.
     */
    private transient ZigguratSampler.NormalizedGaussian normal;
    private transient ZigguratSampler.Exponential exponential;

    public Substream(StreamId id) {
        this.id = id;
        reseed(0L);
    }

    private void use(L64X128Mix generator) {
        rng = generator;
        normal = ZigguratSampler.NormalizedGaussian.of(generator);
        exponential = ZigguratSampler.Exponential.of(generator);
    }

    public StreamId id() { return id; }

    /** Starts the stream of this element in the replication rooted at {@code root} (see {@link ReplicationSeed}). */
    public void reseed(long root) {
        ReplicationSeed.words(root, id.hash(), words);
        use(new L64X128Mix(words[0], words[1], words[2], words[3]));
    }

    /** A uniform on [0, 1) with 53 random bits. */
    public double uniform() { return rng.nextDouble(); }

    /** 64 random bits. */
    public long nextLong() { return rng.nextLong(); }

    /** A standard normal. */
    public double gaussian() {
        return normal.sample();
    }

    /** An exponential with mean 1. */
    public double exponential() {
        return exponential.sample();
    }

    /**
     * A Poisson count from exactly one uniform, whatever the mean (so the stream's position never
     * depends on the mean): inversion by sequential search of the cumulative probabilities for
     * means up to 30, and above that the normal approximation taken by inverting the same uniform.
     * Commons RNG's Poisson samplers are built for one fixed mean (a new sampler object per mean)
     * and consume a varying number of uniforms; here the mean changes every day.
     */
    public double poisson(double mean) {
        return poissonFromUniform(rng.nextDouble(), mean);
    }

    /** The Poisson count that the uniform u gives at this mean (see {@link #poisson}). */
    static double poissonFromUniform(double u, double mean) {
        if (!(mean > 0)) return 0;
        if (mean > 30) {
            return Math.max(0, Math.rint(mean + Math.sqrt(mean) * NormalQuantile.of(u)));
        }
        // The search runs first on a bracket of e^-mean (ExpBounds), which brackets every
        // cumulative probability; exp is computed only when u falls so near a boundary that the
        // bracket cannot tell (the count is then exactly the one the search with exp gives).
        double pLo = ExpBounds.lower(-mean), pHi = ExpBounds.upper(-mean, pLo);
        double lo = pLo, hi = pHi;
        int k = 0;
        while (u >= hi && k < BRACKETED_TERMS) {
            k++;
            double ratio = mean / k;
            pLo *= ratio;
            pHi *= ratio;
            lo += pLo;
            hi += pHi;
        }
        if (u < lo * (1 - ExpBounds.MARGIN)) return k;
        return poissonBySearch(u, mean);
    }

    /** Terms the bracketed search takes before it leaves the rest to the exact search (means here are below 30). */
    private static final int BRACKETED_TERMS = 200;

    /** Inversion by sequential search with P(0) = e^-mean computed. */
    static double poissonBySearch(double u, double mean) {
        double p = StrictMath.exp(-mean); // at least e^-30, far from underflow
        double cumulative = p;
        int count = 0;
        while (u >= cumulative) {
            count++;
            p *= mean / count;
            double next = cumulative + p;
            // past the mode the terms shrink; once they no longer change the sum (u within rounding
            // of 1, probability ~1e-16) the search stops instead of running on
            if (next == cumulative) break;
            cumulative = next;
        }
        return count;
    }

    /** A MASON checkpoint (the GUI's File menu) stores the generator's exact state. */
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeObject(((RandomProviderDefaultState) ((RestorableUniformRandomProvider) rng).saveState()).getState());
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        L64X128Mix generator = new L64X128Mix(words[0], words[1], words[2], words[3]);
        generator.restoreState(new RandomProviderDefaultState((byte[]) in.readObject()));
        use(generator);
    }

    /** The underlying generator, for library samplers (e.g. the MASON adapter). */
    UniformRandomProvider provider() { return rng; }
}
