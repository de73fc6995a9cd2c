package brink.random;

import ec.util.MersenneTwisterFast;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.L64X128Mix;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How fast the model's generator is against the one Brink used before Model v2 (MASON's
 * Mersenne Twister), for the draws the model makes: 64 random bits, a uniform double and a
 * standard normal (Commons RNG's ziggurat against MASON's polar method). For {@code brink bench};
 * measures, never asserts.
 */
public final class GeneratorSpeed {
    private GeneratorSpeed() {}

    private static final int DRAWS = 20_000_000;
    private static final int REPEATS = 5;

    /** Nanoseconds per draw, best of {@value #REPEATS}, by generator and kind of draw. */
    public static Map<String, Double> measure() {
        Map<String, Double> out = new LinkedHashMap<>();
        MersenneTwisterFast mt = new MersenneTwisterFast(new int[]{1, 2, 3, 4});
        UniformRandomProvider lxm = new L64X128Mix(1, 2, 3, 4);
        ZigguratSampler.NormalizedGaussian ziggurat = ZigguratSampler.NormalizedGaussian.of(lxm);
        out.put("mt19937_long_ns", best(() -> { long s = 0; for (int i = 0; i < DRAWS; i++) s += mt.nextLong(); return s; }));
        out.put("l64x128mix_long_ns", best(() -> { long s = 0; for (int i = 0; i < DRAWS; i++) s += lxm.nextLong(); return s; }));
        out.put("mt19937_double_ns", best(() -> { double s = 0; for (int i = 0; i < DRAWS; i++) s += mt.nextDouble(); return (long) s; }));
        out.put("l64x128mix_double_ns", best(() -> { double s = 0; for (int i = 0; i < DRAWS; i++) s += lxm.nextDouble(); return (long) s; }));
        out.put("mt19937_polar_gaussian_ns", best(() -> { double s = 0; for (int i = 0; i < DRAWS; i++) s += mt.nextGaussian(); return (long) s; }));
        out.put("l64x128mix_ziggurat_gaussian_ns", best(() -> { double s = 0; for (int i = 0; i < DRAWS; i++) s += ziggurat.sample(); return (long) s; }));
        return out;
    }

    private interface Loop {
        long run();
    }

    private static long sink;

    private static double best(Loop loop) {
        double best = Double.MAX_VALUE;
        for (int r = 0; r < REPEATS; r++) {
            long t0 = System.nanoTime();
            sink += loop.run();
            best = Math.min(best, (System.nanoTime() - t0) / (double) DRAWS);
        }
        return Math.rint(best * 100) / 100;
    }
}
