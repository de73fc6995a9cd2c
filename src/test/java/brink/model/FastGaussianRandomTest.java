package brink.model;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.inference.KolmogorovSmirnovTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FastGaussianRandomTest {
    @Test
    void drawsAreStandardNormal() {
        FastGaussianRandom rng = new FastGaussianRandom();
        rng.setSeed(new int[]{1, 2, 3, 4});
        int n = 200_000;
        double[] x = new double[n];
        double sum = 0, sumSq = 0;
        int beyond2 = 0, beyondR = 0;
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextGaussian();
            sum += x[i];
            sumSq += x[i] * x[i];
            if (Math.abs(x[i]) > 2) beyond2++;
            if (Math.abs(x[i]) > 3.442619855899) beyondR++;
        }
        // Kolmogorov-Smirnov against N(0, 1): p-value far above 1e-4 for a correct sampler
        assertThat(new KolmogorovSmirnovTest().kolmogorovSmirnovTest(new NormalDistribution(null, 0, 1), x)).isGreaterThan(1e-4);
        assertThat(sum / n).isCloseTo(0, within(5 * 1 / Math.sqrt(n)));
        assertThat(sumSq / n).isCloseTo(1, within(5 * Math.sqrt(2.0 / n)));
        // tails: P(|Z| > 2) = 0.0455, P(|Z| > R) = 5.76e-4 (the ziggurat's tail branch)
        assertThat(beyond2 / (double) n).isCloseTo(0.0455, within(5 * Math.sqrt(0.0455 / n)));
        assertThat(beyondR / (double) n).isCloseTo(5.76e-4, within(5 * Math.sqrt(5.76e-4 / n)));
    }

    @Test
    void theModelKeepsItsGeneratorWhenMasonReseedsIt() {
        BrinkModel model = new BrinkModel(new ModelParameters(), null);
        assertThat(model.random).isInstanceOf(FastGaussianRandom.class);
        model.setSeed(42); // what MASON's Console does with its seed field
        assertThat(model.random).isInstanceOf(FastGaussianRandom.class);
    }

    @Test
    void reseedingGivesExactlyMasonsStreams() {
        assertThat(FastGaussianRandom.reusesState()).isTrue();
        FastGaussianRandom reused = new FastGaussianRandom();
        for (int k = 0; k < 20; k++) {
            int[] key = Seeds.key(k, 0, 7 * k);
            reused.setSeed(key);
            ec.util.MersenneTwisterFast mason = new ec.util.MersenneTwisterFast(key);
            for (int i = 0; i < 2000; i++) assertThat(reused.nextInt()).isEqualTo(mason.nextInt());
            reused.setSeed((long) k * 1_000_003);
            mason = new ec.util.MersenneTwisterFast((long) k * 1_000_003);
            for (int i = 0; i < 2000; i++) assertThat(reused.nextLong()).isEqualTo(mason.nextLong());
            // the overridden nextInt and nextDouble interleaved with MASON's own methods: one stream
            for (int i = 0; i < 2000; i++) {
                assertThat(reused.nextDouble()).isEqualTo(mason.nextDouble());
                assertThat(reused.nextInt()).isEqualTo(mason.nextInt());
                assertThat(reused.nextFloat()).isEqualTo(mason.nextFloat());
                assertThat(reused.nextInt(1000)).isEqualTo(mason.nextInt(1000));
            }
        }
    }

    @Test
    void seedingByArraysOfAnyLengthGivesMasonsState() {
        FastGaussianRandom reused = new FastGaussianRandom();
        java.util.Random keys = new java.util.Random(3);
        for (int length : new int[]{1, 2, 8, 623, 624, 625, 1500}) {
            int[] key = keys.ints(length).toArray();
            reused.nextGaussian(); // leaves a state (and possibly a cached normal) the seeding must reset
            reused.setSeed(key);
            ec.util.MersenneTwisterFast mason = new ec.util.MersenneTwisterFast(key);
            for (int i = 0; i < 1300; i++) assertThat(reused.nextInt()).as("key length %d, word %d", length, i).isEqualTo(mason.nextInt());
        }
    }

    @Test
    void theSameSeedGivesTheSameDraws() {
        FastGaussianRandom a = new FastGaussianRandom(), b = new FastGaussianRandom();
        a.setSeed(new int[]{9, 9});
        b.setSeed(new int[]{9, 9});
        for (int i = 0; i < 1000; i++) assertThat(a.nextGaussian()).isEqualTo(b.nextGaussian());
    }
}
