package brink.scenario;

import brink.model.ParameterCatalog;
import brink.model.ParameterKey;
import brink.model.Rung;
import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A scenario as resolved after {@code extends}: every parameter with its distribution and
 * provenance, the starting rungs, the triggers and the scheduled events. Immutable.
 *
 * @param name        short name (file name without extension unless the file sets one)
 * @param title       one-line title for reports
 * @param file        the file it was loaded from
 * @param chain       the files merged, base first
 * @param resolved    the merged YAML tree (for manifest.json)
 */
public record Scenario(String name, String title, String description, Path file, List<Path> chain,
                       LocalDate startDate, int horizonDays, List<Rung> initialRungs,
                       ParameterCatalog catalog, Map<ParameterKey, ParameterSpec> parameters,
                       List<TriggerSpec> triggers, List<EventSpec> events, JsonNode resolved) {

    public ParameterSpec parameter(ParameterKey key) { return parameters.get(key); }

    /** The date of a model day. */
    public LocalDate dateOf(int day) { return startDate.plusDays(day); }

    /** The same scenario with another horizon (the CLI's --days). */
    public Scenario withHorizon(int days) {
        return new Scenario(name, title, description, file, chain, startDate, days, initialRungs, catalog,
                parameters, triggers, events, resolved);
    }

    /** The same scenario with some parameters replaced (sweep points, GUI edits). */
    public Scenario withParameters(Map<ParameterKey, ParameterSpec> replaced) {
        Map<ParameterKey, ParameterSpec> p = new java.util.LinkedHashMap<>(parameters);
        p.putAll(replaced);
        return new Scenario(name, title, description, file, chain, startDate, horizonDays, initialRungs, catalog,
                java.util.Collections.unmodifiableMap(p), triggers, events, resolved);
    }
}
