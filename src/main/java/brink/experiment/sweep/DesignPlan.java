package brink.experiment.sweep;

import brink.scenario.sweep.DesignOptions;
import brink.scenario.sweep.Factor;
import brink.scenario.sweep.SweepSpec;
import brink.results.sweep.SweepPoint;
import org.apache.commons.math3.random.MersenneTwister;

import java.util.ArrayList;
import java.util.List;

/**
 * The points of a sweep, generated from the spec alone (random designs from the sweep seed), so
 * a resumed or recomputed sweep regenerates exactly the same points. For Morris it also keeps the
 * trajectories that the elementary effects need.
 *
 * <p>Seeds: point i's replications are seeded with (sweep seed, i, r). With common random numbers
 * they are seeded with (sweep seed, group, r) instead, where the group is 0 for grid and LHS (every
 * point sees the same random streams), the base row for Sobol (A_j, B_j and every AB_i,j share
 * them) and the trajectory for Morris. Differences between points then come from the factors
 * rather than from Monte Carlo noise, which otherwise inflates total-order indices and
 * elementary effects. Either way the seed depends only on the point index.
 */
public final class DesignPlan {
    private final List<SweepPoint> points;
    private final MorrisDesign morris;

    private DesignPlan(List<SweepPoint> points, MorrisDesign morris) {
        this.points = points;
        this.morris = morris;
    }

    public List<SweepPoint> points() { return points; }
    public int size() { return points.size(); }
    /** The Morris trajectories, or null for other designs. */
    public MorrisDesign morris() { return morris; }

    public static DesignPlan of(SweepSpec spec) {
        List<Factor> factors = spec.factors();
        int k = factors.size();
        DesignOptions o = spec.options();
        // the design's own generator, separate from the replications' seeds
        MersenneTwister rng = new MersenneTwister(spec.seed() ^ 0x5DEECE66DL);
        return switch (spec.design()) {
            case GRID -> new DesignPlan(withSeeds(grid(factors, o.pointsPerFactor()), spec), null);
            case LHS -> new DesignPlan(withSeeds(fromUnit(LatinHypercube.sample(o.points(), k, rng), factors), spec), null);
            case SOBOL -> new DesignPlan(withSeeds(fromUnit(SaltelliDesign.unitMatrix(o.baseSamples(), k), factors), spec), null);
            case MORRIS -> {
                MorrisDesign m = MorrisDesign.generate(o.trajectories(), o.levels(), k, rng);
                yield new DesignPlan(withSeeds(fromUnit(m.unit(), factors), spec), m);
            }
        };
    }

    /** The seed index of point i: i itself, or its group under common random numbers. */
    public static long seedIndex(SweepSpec spec, int i) {
        if (!spec.commonRandomNumbers()) return i;
        int k = spec.factorCount();
        return switch (spec.design()) {
            case GRID, LHS -> 0;
            case SOBOL -> i / (k + 2);
            case MORRIS -> i / (k + 1);
        };
    }

    private static List<SweepPoint> withSeeds(List<SweepPoint> points, SweepSpec spec) {
        if (!spec.commonRandomNumbers()) return points;
        List<SweepPoint> out = new ArrayList<>(points.size());
        for (SweepPoint p : points) out.add(new SweepPoint(p.index(), p.values(), seedIndex(spec, p.index())));
        return out;
    }

    /** Full factorial; the last factor varies fastest. */
    static List<SweepPoint> grid(List<Factor> factors, int pointsPerFactor) {
        int k = factors.size();
        double[][] values = new double[k][];
        for (int i = 0; i < k; i++) values[i] = factors.get(i).gridValues(pointsPerFactor);
        int total = 1;
        for (double[] v : values) total *= v.length;
        List<SweepPoint> out = new ArrayList<>(total);
        int[] at = new int[k];
        for (int p = 0; p < total; p++) {
            double[] x = new double[k];
            for (int i = 0; i < k; i++) x[i] = values[i][at[i]];
            out.add(new SweepPoint(p, x));
            for (int i = k - 1; i >= 0; i--) {
                if (++at[i] < values[i].length) break;
                at[i] = 0;
            }
        }
        return out;
    }

    private static List<SweepPoint> fromUnit(double[][] unit, List<Factor> factors) {
        List<SweepPoint> out = new ArrayList<>(unit.length);
        for (int p = 0; p < unit.length; p++) {
            double[] x = new double[factors.size()];
            for (int i = 0; i < x.length; i++) x[i] = factors.get(i).value(unit[p][i]);
            out.add(new SweepPoint(p, x));
        }
        return out;
    }
}
