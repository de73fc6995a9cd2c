package brink.random;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The replication's random streams: every (master seed, point, replication) has its own root, every
 * random element its own stream under that root, and a stream's numbers depend on nothing else.
 */
class SubstreamTest {

    @Test
    void rootsAreDistinctForManyTriplesAndTheRolesDoNotMix() {
        Set<Long> roots = new HashSet<>();
        int n = 0;
        for (long master : new long[]{0, 1, 42, -1, Long.MAX_VALUE}) {
            for (long point = 0; point < 200; point++) {
                for (long rep = 0; rep < 200; rep++) {
                    roots.add(ReplicationSeed.of(master, point, rep));
                    n++;
                }
            }
        }
        assertThat(roots).hasSize(n);
        assertThat(ReplicationSeed.of(1, 2, 3)).isNotEqualTo(ReplicationSeed.of(1, 3, 2));
        assertThat(ReplicationSeed.of(1, 2, 3)).isNotEqualTo(ReplicationSeed.of(2, 1, 3));
    }

    @Test
    void seedsAndStreamKeysAreStable() {
        // pinned so that results stay reproducible across versions: changing them changes every run
        assertThat(ReplicationSeed.of(42, 0, 0)).isEqualTo(GOLDEN_ROOT_42_0_0);
        assertThat(StreamId.of("actor.russia.choice").hash()).isEqualTo(GOLDEN_ACTOR_RUSSIA_CHOICE);
        Substream s = new Substream(StreamId.of("actor.russia.choice"));
        s.reseed(ReplicationSeed.of(42, 0, 0));
        assertThat(s.nextLong()).isEqualTo(GOLDEN_FIRST_LONG);
    }

    @Test
    void aStreamRepeatsExactlyAndDependsOnlyOnItsRootAndName() {
        long root = ReplicationSeed.of(7, 0, 11);
        Substream a = new Substream(StreamId.of("front.noise"));
        Substream b = new Substream(StreamId.of("front.noise"));
        Substream other = new Substream(StreamId.of("front.defections"));
        a.reseed(root);
        other.reseed(root);
        for (int i = 0; i < 1000; i++) other.gaussian(); // another element drawing does not move this one
        b.reseed(root);
        for (int i = 0; i < 1000; i++) assertThat(b.gaussian()).isEqualTo(a.gaussian());
    }

    @Test
    void twoStreamsOfOneReplicationAreUncorrelated() {
        // n = 200,000 pairs of uniforms: the sample correlation of independent streams has sd 1/sqrt(n) = 0.0022;
        // accept |r| < 5 sd
        int n = 200_000;
        Substream x = new Substream(StreamId.of("actor.nato.choice"));
        Substream y = new Substream(StreamId.of("actor.nato.pressure"));
        long root = ReplicationSeed.of(3, 0, 0);
        x.reseed(root);
        y.reseed(root);
        double sx = 0, sy = 0, sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < n; i++) {
            double u = x.uniform(), v = y.uniform();
            sx += u; sy += v; sxy += u * v; sxx += u * u; syy += v * v;
        }
        double cov = sxy / n - (sx / n) * (sy / n);
        double r = cov / Math.sqrt((sxx / n - (sx / n) * (sx / n)) * (syy / n - (sy / n) * (sy / n)));
        assertThat(Math.abs(r)).isLessThan(5 / Math.sqrt(n));
        assertThat(sx / n).isCloseTo(0.5, within(5 * Math.sqrt(1 / 12.0 / n)));
    }

    @Test
    void normalsAndExponentialsHaveTheirMoments() {
        // n = 400,000: the mean's sd is 1/sqrt(n) = 0.0016 (normal) and the variance's sd about sqrt(2/n) = 0.0022;
        // accept 5 sd
        int n = 400_000;
        Substream s = new Substream(StreamId.of("test.moments"));
        s.reseed(ReplicationSeed.of(1, 0, 0));
        double sum = 0, sq = 0, e = 0;
        for (int i = 0; i < n; i++) {
            double z = s.gaussian();
            sum += z;
            sq += z * z;
            e += s.exponential();
        }
        assertThat(sum / n).isCloseTo(0, within(5 / Math.sqrt(n)));
        assertThat(sq / n - (sum / n) * (sum / n)).isCloseTo(1, within(5 * Math.sqrt(2.0 / n)));
        assertThat(e / n).isCloseTo(1, within(5 / Math.sqrt(n)));
    }

    @Test
    void poissonCountsHaveTheirMeanAndVarianceAndUseOneUniformEach() {
        for (double mean : new double[]{0.2, 3, 25, 80}) {
            int n = 100_000;
            Substream s = new Substream(StreamId.of("test.poisson"));
            s.reseed(ReplicationSeed.of(2, 0, 0));
            double sum = 0, sq = 0;
            for (int i = 0; i < n; i++) {
                double k = s.poisson(mean);
                sum += k;
                sq += k * k;
            }
            double m = sum / n, var = sq / n - m * m;
            // the mean's sd is sqrt(mean / n); the variance's sd is about mean sqrt(2 / n) for these means; 5 sd
            assertThat(m).as("mean %s", mean).isCloseTo(mean, within(5 * Math.sqrt(mean / n)));
            assertThat(var).as("variance %s", mean).isCloseTo(mean, within(5 * mean * Math.sqrt(2.0 / n) + 0.01));
        }
        // whatever the mean (0 included), a count takes exactly one uniform: the stream stays aligned
        Substream a = new Substream(StreamId.of("test.align")), b = new Substream(StreamId.of("test.align"));
        a.reseed(5);
        b.reseed(5);
        a.poisson(0);
        b.poisson(57.3);
        assertThat(a.nextLong()).isEqualTo(b.nextLong());
    }

    @Test
    void masonsGeneratorFieldDrawsFromItsStream() {
        Substream s = new Substream(StreamId.of("mason.random")), copy = new Substream(StreamId.of("mason.random"));
        s.reseed(9);
        copy.reseed(9);
        MasonRandom r = new MasonRandom(s);
        assertThat(r.nextDouble()).isEqualTo(copy.uniform());
        assertThat(r.nextLong()).isEqualTo(copy.nextLong());
    }

    @Test
    void parameterUniformsAreOpenAndKeyedByPath() {
        long root = ReplicationSeed.of(1, 0, 0);
        long[] scratch = new long[4];
        double u = ParameterDraws.uniform(root, ParameterDraws.stream("front.attrition_noise"), scratch);
        assertThat(u).isGreaterThan(0).isLessThan(1);
        // the scratch holds the last stream's words; reusing it for another draw changes nothing
        assertThat(ParameterDraws.uniform(root, ParameterDraws.stream("front.kursk_speed"), scratch)).isNotEqualTo(u);
        assertThat(ParameterDraws.uniform(root, ParameterDraws.stream("front.attrition_noise"), scratch)).isEqualTo(u);
        assertThat(ParameterDraws.uniform(root, ParameterDraws.stream("front.attrition_noise"), new long[4])).isEqualTo(u);
    }

    private static final long GOLDEN_ROOT_42_0_0 = 7753779381277867893L;
    private static final long GOLDEN_ACTOR_RUSSIA_CHOICE = 4070985006628417264L;
    private static final long GOLDEN_FIRST_LONG = -7536455552314670266L;
}
