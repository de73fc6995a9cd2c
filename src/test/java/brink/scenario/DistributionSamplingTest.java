package brink.scenario;

import brink.random.StreamId;
import brink.random.Substream;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each distribution kind, sampled 20,000 times from a seeded MASON generator: the sample mean lies
 * within 5 standard errors of the analytic mean (a false alarm about once in 3.5 million runs,
 * and the seed is fixed), every draw stays inside the distribution's bounds, and the same seed
 * gives the same draws.
 */
class DistributionSamplingTest {
    private static final int N = 20_000;

    /** A distribution with its analytic mean and standard deviation, and hard bounds (or infinities). */
    private record Case(ParameterDistribution dist, double mean, double sd, double lo, double hi) {}

    private static List<Case> cases() {
        double inf = Double.POSITIVE_INFINITY;
        // triangular(a, c, b): mean (a+b+c)/3, variance (a²+b²+c²-ab-ac-bc)/18
        double a = 900, c = 1000, b = 1300;
        double triVar = (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
        // lognormal(median m, sigma s): mean m·e^{s²/2}, variance (e^{s²}-1)·m²·e^{s²}
        double m = 2, s = 0.5;
        // beta(α, β) on [lo, hi]
        double al = 2, be = 5, blo = 10, bhi = 20;
        double betaVar = al * be / ((al + be) * (al + be) * (al + be + 1)) * (bhi - blo) * (bhi - blo);
        // truncated normal(μ 0.5, σ 0.3) on [0, 1]: mean and sd from the standard formulas
        double tm = truncatedMean(0.5, 0.3, 0, 1);
        // choice of 1, 2, 10 with weights 1, 1, 2: mean 23/4
        double cm = (1 + 2 + 20) / 4.0, cv = (1 + 4 + 200) / 4.0 - cm * cm;
        return List.of(
                new Case(new ParameterDistribution.Fixed(7), 7, 0, 7, 7),
                new Case(new ParameterDistribution.Uniform(10_000, 12_000), 11_000, 2000 / Math.sqrt(12), 10_000, 12_000),
                new Case(new ParameterDistribution.Triangular(a, c, b), (a + b + c) / 3, Math.sqrt(triVar), a, b),
                new Case(new ParameterDistribution.Normal(1.5, 0.2), 1.5, 0.2, -inf, inf),
                new Case(new ParameterDistribution.TruncatedNormal(0.5, 0.3, 0, 1), tm, 0.3, 0, 1),
                new Case(new ParameterDistribution.LogNormal(m, s), m * Math.exp(s * s / 2),
                        Math.sqrt((Math.exp(s * s) - 1) * m * m * Math.exp(s * s)), 0, inf),
                new Case(new ParameterDistribution.Beta(al, be, blo, bhi), blo + (bhi - blo) * al / (al + be), Math.sqrt(betaVar), blo, bhi),
                new Case(new ParameterDistribution.Choice(new double[]{1, 2, 10}, new double[]{1, 1, 2}), cm, Math.sqrt(cv), 1, 10));
    }

    @Test
    void sampleMeansMatchAnalyticMeansAndDrawsStayInBounds() {
        for (Case k : cases()) {
            Substream stream = stream(20241028L);
            double sum = 0;
            for (int i = 0; i < N; i++) {
                double v = k.dist().quantile(stream.uniform());
                assertThat(v).as(k.dist().describe()).isBetween(k.lo(), k.hi());
                sum += v;
            }
            double mean = sum / N;
            double tolerance = 5 * k.sd() / Math.sqrt(N);
            assertThat(mean).as(k.dist().describe() + " sample mean").isCloseTo(k.mean(), org.assertj.core.api.Assertions.within(tolerance + 1e-12));
            // the distribution's own mean() (used in summaries and CSV) is the analytic one
            assertThat(k.dist().mean()).as(k.dist().describe() + " mean()").isCloseTo(k.mean(), org.assertj.core.api.Assertions.within(1e-9 * Math.max(1, Math.abs(k.mean()))));
            // validation bounds: bounded kinds report their hard bounds, unbounded ones bracket nearly all draws
            assertThat(k.dist().lower()).isGreaterThanOrEqualTo(k.lo());
            assertThat(k.dist().upper()).isLessThanOrEqualTo(k.hi());
        }
    }

    @Test
    void sameSeedSameDrawsOtherSeedOtherDraws() {
        for (Case k : cases()) {
            if (k.dist().isFixed()) continue;
            double[] x = draws(k.dist(), 42), y = draws(k.dist(), 42), z = draws(k.dist(), 43);
            assertThat(y).as(k.dist().describe()).containsExactly(x);
            assertThat(z).as(k.dist().describe()).isNotEqualTo(x);
        }
    }

    @Test
    void samplingByInversionIsMonotoneInTheUniform() {
        // every parameter is drawn by inversion from one uniform of its own stream: a higher uniform
        // never gives a lower value, so a what-if that shifts a distribution keeps each run's quantile
        for (Case k : cases()) {
            double previous = Double.NEGATIVE_INFINITY;
            for (int i = 1; i < 1000; i++) {
                double v = k.dist().quantile(i / 1000.0);
                assertThat(v).as(k.dist().describe() + " at " + i / 1000.0).isGreaterThanOrEqualTo(previous);
                previous = v;
            }
        }
    }

    private static Substream stream(long seed) {
        Substream s = new Substream(StreamId.of("test.distribution"));
        s.reseed(seed);
        return s;
    }

    private static double[] draws(ParameterDistribution d, long seed) {
        Substream s = stream(seed);
        double[] out = new double[100];
        for (int i = 0; i < out.length; i++) out[i] = d.quantile(s.uniform());
        return out;
    }

    private static double truncatedMean(double mu, double sigma, double lo, double hi) {
        org.apache.commons.math3.distribution.NormalDistribution z = new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1);
        double a = (lo - mu) / sigma, b = (hi - mu) / sigma;
        return mu + sigma * (z.density(a) - z.density(b)) / (z.cumulativeProbability(b) - z.cumulativeProbability(a));
    }
}
