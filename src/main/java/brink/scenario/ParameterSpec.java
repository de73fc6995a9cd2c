package brink.scenario;

import brink.model.ParameterDef;
import brink.model.ParameterKey;

import java.time.LocalDate;

/**
 * A parameter as a scenario sets it: what it is, its value or distribution, where that comes
 * from, and for a dated stock (a figure "as of October 1") the date it is given at.
 *
 * @param asOf the date of a stock's figure, carried forward to day 0 at its daily rate; null when
 *             the value is for day 0 itself
 */
public record ParameterSpec(ParameterDef def, ParameterDistribution distribution, Provenance provenance, LocalDate asOf) {
    public ParameterSpec(ParameterDef def, ParameterDistribution distribution, Provenance provenance) {
        this(def, distribution, provenance, null);
    }

    public ParameterKey key() { return def.key(); }
    public String path() { return def.path(); }
}
