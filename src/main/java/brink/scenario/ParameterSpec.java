package brink.scenario;

import brink.model.ParameterDef;

/** A parameter as a scenario sets it: what it is, its value or distribution, and where that comes from. */
public record ParameterSpec(ParameterDef def, ParameterDistribution distribution, Provenance provenance) {
    public String path() { return def.path(); }
}
