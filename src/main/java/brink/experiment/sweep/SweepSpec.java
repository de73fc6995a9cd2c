package brink.experiment.sweep;

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
 * @param commonRandomNumbers whether points share replication seeds by group (see {@link DesignPlan})
 */
public record SweepSpec(String name, String title, String description, Path file, String fileLabel,
                        Scenario base, List<Factor> factors, Design design, DesignOptions options,
                        int replications, long seed, boolean commonRandomNumbers,
                        List<Outcome> outcomes) {

    public int factorCount() { return factors.size(); }

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
