package brink.scenario.calibration;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * The one schema of a calibration targets file (YAML), as Jackson binds it: names and types
 * only. Every rule beyond the types (ranges, known parameters, rungs and metrics, provenance) is
 * checked by {@link TargetsLoader}, which turns this into a {@link CalibrationSpec}. Unknown keys
 * and wrong types are refused while binding, with the field's path.
 */
public record TargetsFile(String name, String title, String description, String scenario, Long seed,
                          Abc abc, List<Parameter> parameters, List<Target> targets) {

    /** The ABC-SMC settings; each may be left out for its default (see {@link AbcSettings}). */
    public record Abc(Integer particles, Integer populations, Integer replications, Double quantile,
                      @JsonProperty("min_acceptance") Double minAcceptance,
                      @JsonProperty("max_attempts") Integer maxAttempts) {}

    /**
     * An uncertain parameter to fit. {@code prior}: a distribution node in the scenario grammar
     * with its provenance; left out, the scenario's own distribution (and its provenance) is the prior.
     */
    public record Parameter(String path, JsonNode prior) {}

    /**
     * One summary statistic of the simulated runs and what the articles say it should be.
     *
     * @param statistic {@code probability} (share of runs that crossed {@code rung} on or before
     *                  {@code to_day}) or {@code mean} (the mean over runs of {@code metric}
     *                  averaged over days {@code from_day}..{@code to_day}); a day may be given as a
     *                  date instead ({@code from_date}, {@code to_date}: YYYY-MM-DD, day 0 being the
     *                  scenario's start date)
     * @param observed  a number, or {@code {min: .., max: ..}}: the range the statistic should fall in
     * @param scale     how far outside the range counts as one unit of distance
     */
    public record Target(String id, String statistic, String rung, String metric,
                         @JsonProperty("from_day") Integer fromDay, @JsonProperty("to_day") Integer toDay,
                         @JsonProperty("from_date") String fromDate, @JsonProperty("to_date") String toDate,
                         JsonNode observed, Double scale, String source, String quote, String assumption,
                         String interpretation) {}
}
