package brink.scenario.calibration;

import brink.scenario.ParameterDistribution;
import brink.scenario.ParameterSpec;
import brink.scenario.Provenance;
import brink.scenario.Scenario;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A validated targets file: the base scenario (its horizon cut to the last target day: nothing
 * after it is measured), the parameters to fit with their priors, the targets, the seed and the
 * ABC-SMC settings. Immutable.
 */
public record CalibrationSpec(String name, String title, String description, Path file, String fileLabel,
                              Scenario base, long seed, AbcSettings abc, List<FittedParameter> parameters,
                              List<Target> targets) {

    public int dimension() { return parameters.size(); }

    /** The last day any target looks at: the calibration's runs stop there. */
    public int lastDay() { return targets.stream().mapToInt(Target::toDay).max().orElse(1); }

    /** The base scenario with the fitted parameters fixed at {@code values} and the horizon at the last target day. */
    public Scenario scenarioAt(double[] values) {
        Map<brink.model.ParameterKey, ParameterSpec> fixed = new LinkedHashMap<>();
        for (int i = 0; i < parameters.size(); i++) {
            FittedParameter p = parameters.get(i);
            fixed.put(p.key(), new ParameterSpec(p.def(), new ParameterDistribution.Fixed(values[i]),
                    Provenance.setIn(fileLabel), base.parameter(p.key()) == null ? null : base.parameter(p.key()).asOf()));
        }
        return base.withParameters(fixed).withHorizon(lastDay());
    }

    /** The same calibration with another seed (null: the file's). */
    public CalibrationSpec withSeed(Long newSeed) {
        return newSeed == null ? this : new CalibrationSpec(name, title, description, file, fileLabel, base, newSeed, abc, parameters, targets);
    }

    /** The same calibration with the command line's sizes (null: the file's). */
    public CalibrationSpec resized(Integer particles, Integer populations, Integer replications) {
        AbcSettings a = new AbcSettings(particles == null ? abc.particles() : particles,
                populations == null ? abc.populations() : populations,
                replications == null ? abc.replications() : replications,
                abc.quantile(), abc.minAcceptance(), abc.maxAttempts());
        return new CalibrationSpec(name, title, description, file, fileLabel, base, seed, a, parameters, targets);
    }
}
