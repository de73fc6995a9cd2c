package brink.scenario;

import brink.model.ParameterDef;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The scenario file's parameter grammar for other file kinds that declare a distribution (a
 * calibration's prior): the same shapes, checks and provenance keys as a scenario's parameters,
 * with the same messages.
 */
public final class Distributions {
    private Distributions() {}

    /** A distribution node ({@code {dist: uniform, min: .., max: ..}} or a number), checked against the parameter's range. */
    public static ParameterDistribution parse(JsonNode node, ParameterDef def, String file, String path) throws ScenarioException {
        return DistributionParser.parse(node, def, file, path);
    }

    /** The node's provenance (source + quote, or assumption); required: a missing one is a mistake. */
    public static Provenance provenance(JsonNode node, String file, String path) throws ScenarioException {
        return DistributionParser.provenance(node, file, path, true);
    }

    /** A value as messages quote it: a text in quotes, anything else as JSON. */
    public static String show(JsonNode v) { return DistributionParser.show(v); }

    /** A number as messages write it: whole numbers without a decimal point. */
    public static String num(double v) { return DistributionParser.num(v); }
}
