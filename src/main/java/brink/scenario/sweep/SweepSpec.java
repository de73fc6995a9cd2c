package brink.scenario.sweep;

import brink.scenario.ParameterDistribution;
import brink.scenario.ParameterSpec;
import brink.scenario.Provenance;
import brink.scenario.Scenario;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated sweep file: the base scenario, the factors, the design and its options, the
 * replications per point, the seed and the outcomes. Immutable.
 *
 * @param file      the sweep file
 * @param fileLabel how the sweep file is named in messages and provenance
 * @param commonRandomNumbers whether points share replication seeds by group (see the experiment's DesignPlan)
 */
public record SweepSpec(String name, String title, String description, Path file, String fileLabel,
                        Scenario base, List<Factor> factors, Design design, DesignOptions options,
                        int replications, long seed, boolean commonRandomNumbers,
                        List<Outcome> outcomes) {

    public int factorCount() { return factors.size(); }

    /** The outcomes' ids, in the order of every point's estimates. */
    public List<String> outcomeIds() { return outcomes.stream().map(Outcome::id).toList(); }

    /**
     * The same sweep with the command line's sizes (null: the file's): replications per point, and
     * the design's size option (grid points_per_factor, lhs points, sobol base_samples, morris
     * trajectories). Throws {@link IllegalArgumentException} with the message for the user.
     */
    public SweepSpec resized(Integer newReplications, Integer newPoints) {
        int reps = replications;
        if (newReplications != null) {
            if (newReplications < 1 || newReplications > SweepLoader.MAX_REPLICATIONS) {
                throw new IllegalArgumentException("--replications: value " + newReplications + ": allowed: a whole number from 1 to " + SweepLoader.MAX_REPLICATIONS);
            }
            reps = newReplications;
        }
        DesignOptions o = options;
        if (newPoints != null) {
            if (newPoints < 2) throw new IllegalArgumentException("--points: value " + newPoints + ": allowed: a whole number of at least 2");
            o = switch (design) {
                case GRID -> new DesignOptions(newPoints, o.points(), o.baseSamples(), o.trajectories(), o.levels());
                case LHS -> new DesignOptions(o.pointsPerFactor(), newPoints, o.baseSamples(), o.trajectories(), o.levels());
                case SOBOL -> new DesignOptions(o.pointsPerFactor(), o.points(), newPoints, o.trajectories(), o.levels());
                case MORRIS -> new DesignOptions(o.pointsPerFactor(), o.points(), o.baseSamples(), newPoints, o.levels());
            };
            long count = design.pointCount(o, factors);
            if (count > SweepLoader.MAX_POINTS) {
                throw new IllegalArgumentException("--points: value " + newPoints + " gives " + count + " points; allowed: at most " + SweepLoader.MAX_POINTS);
            }
        }
        return new SweepSpec(name, title, description, file, fileLabel, base, factors, design, o, reps, seed, commonRandomNumbers, outcomes);
    }

    /** The base scenario with each factor fixed at a value (sampling then draws nothing for it). */
    public Scenario scenarioAt(double[] values) {
        Map<brink.model.ParameterKey, ParameterSpec> fixed = new LinkedHashMap<>();
        for (int i = 0; i < factors.size(); i++) {
            Factor f = factors.get(i);
            fixed.put(f.key(), new ParameterSpec(f.def(), new ParameterDistribution.Fixed(values[i]),
                    Provenance.setIn(fileLabel)));
        }
        return base.withParameters(fixed);
    }

    /**
     * The scenario a worker's reused replication is built from: every factor fixed (at its lower
     * value; each point pins its own values before the model starts).
     */
    public Scenario pinnedScenario() {
        double[] v = new double[factors.size()];
        for (int i = 0; i < v.length; i++) v[i] = factors.get(i).value(0);
        return scenarioAt(v);
    }
}
