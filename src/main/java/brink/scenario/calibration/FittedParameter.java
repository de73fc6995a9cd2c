package brink.scenario.calibration;

import brink.model.ParameterDef;
import brink.scenario.ParameterDistribution;
import brink.scenario.Provenance;

/** An uncertain parameter a calibration fits: its prior (from the targets file or the scenario) and where the prior comes from. */
public record FittedParameter(ParameterDef def, ParameterDistribution prior, Provenance priorProvenance, boolean priorFromScenario) {
    public String path() { return def.path(); }
    public brink.model.ParameterKey key() { return def.key(); }
}
