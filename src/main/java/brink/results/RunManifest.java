package brink.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * manifest.json of a {@code brink run} folder, as one record: written by the run and read back
 * by every reader (report, compare, trace of a folder) through the same type. It says what the
 * folder is and how to make it again (the command, the scenario as resolved, every parameter with
 * its provenance, seed and runs), when and how fast it ran, and for every file it completes the
 * {@link FileRecord} a reader checks before trusting the file.
 *
 * @param wallSeconds from the command's start to the folder's completion (report included)
 */
@JsonPropertyOrder({"kind", "brink_version", "java_version", "status", "command", "scenario", "parameters", "seed",
        "runs", "threads", "block_size", "started", "finished", "wall_seconds", "files"})
public record RunManifest(String kind, String brinkVersion, String javaVersion, String status, String command,
                          ScenarioInfo scenario, List<Parameter> parameters, long seed, long runs, int threads,
                          int blockSize, String started, String finished, double wallSeconds,
                          Map<String, FileRecord> files) {
    public static final String FILE = "manifest.json";
    public static final String KIND = "run";
    public static final String COMPLETE = "complete";
    /**
     * Limits a manifest Brink wrote never exceeds (the scenario loader's, which a test keeps equal);
     * a larger value is a damaged or foreign file, and would stall chart drawing.
     */
    public static final int MAX_NAME = 64, MAX_TITLE = 200, MAX_DESCRIPTION = 2000, MAX_COMMAND = 8000;
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");
    /** A manifest is a few hundred kilobytes at most (the resolved scenario); refuse anything far larger. */
    private static final long MAX_BYTES = 16L << 20;

    /** The scenario as resolved: its own name, title, description, the files merged, dates and the merged tree. */
    @JsonPropertyOrder({"name", "title", "description", "file", "chain", "start_date", "horizon_days", "resolved"})
    public record ScenarioInfo(String name, String title, String description, String file, List<String> chain,
                               String startDate, int horizonDays, JsonNode resolved) {}

    /** One parameter: its distribution (as {@code {"dist": kind, ...}}), provenance, unit and allowed range. */
    @JsonPropertyOrder({"path", "distribution", "provenance", "unit", "min", "max"})
    public record Parameter(String path, JsonNode distribution, Provenance provenance, String unit, double min, double max) {}

    /**
     * Where a parameter's value comes from (source + quote, or assumption, or neither) and set_in,
     * the scenario file that set it (null for every parameter in folders written before it was kept
     * for cited values too).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"source", "quote", "assumption", "set_in"})
    public record Provenance(String source, String quote, String assumption, String setIn) {}

    static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build());
    }

    /** The same manifest with its completion: status, finish time, wall time and the files' records. */
    public RunManifest completed(String finishedAt, double seconds, Map<String, FileRecord> fileRecords) {
        return new RunManifest(kind, brinkVersion, javaVersion, COMPLETE, command, scenario, parameters, seed, runs,
                threads, blockSize, started, finishedAt, seconds, fileRecords);
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the manifest cannot be written as JSON", e);
        }
    }

    /**
     * Reads {@code dir/manifest.json}: well-formed UTF-8 JSON of this record, with the fields every
     * reader relies on present and sane. Anything else is a {@link ResultsException} naming the
     * file and what is wrong.
     */
    public static RunManifest read(Path dir) throws ResultsException {
        Path file = dir.resolve(FILE);
        String text = readText(file, "make one with 'brink run'");
        RunManifest m;
        try {
            m = JSON.readValue(text, RunManifest.class);
        } catch (JsonProcessingException e) {
            String why = e.getOriginalMessage();
            int hint = why.indexOf(" (set ");
            throw new ResultsException(file + ": not a manifest Brink can read: " + Texts.prefix(hint > 0 ? why.substring(0, hint) : why, 200));
        }
        if (m == null) throw new ResultsException(file + ": is empty");
        m.validate(file);
        return m;
    }

    /** A small UTF-8 text file, with every failure named. */
    static String readText(Path file, String hintIfMissing) throws ResultsException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) throw new ResultsException(file + ": is larger than any manifest Brink writes");
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ResultsException(file.getParent() + ": not a Brink results folder (no " + file.getFileName() + "; " + hintIfMissing + ")");
        } catch (ResultsException e) {
            throw e;
        } catch (IOException e) {
            throw ResultsException.cannotRead(file, e);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ResultsException(file + ": is not UTF-8 text (the file is damaged)");
        }
    }

    private void validate(Path file) throws ResultsException {
        if (kind != null && !KIND.equals(kind)) {
            throw new ResultsException(file + ": describes a '" + Texts.prefix(kind, 20) + "' folder, not the results of 'brink run'");
        }
        if (scenario == null) throw missing(file, "scenario");
        if (scenario.name() == null || scenario.name().length() > MAX_NAME || !NAME.matcher(scenario.name()).matches()) {
            throw new ResultsException(file + ": scenario.name: value " + Texts.quote(scenario.name())
                    + ": allowed: lower-case letters, digits and _, at most " + MAX_NAME + " characters");
        }
        Object[][] texts = {{"scenario.title", scenario.title(), MAX_TITLE}, {"scenario.description", scenario.description(), MAX_DESCRIPTION},
                {"command", command, MAX_COMMAND}};
        for (Object[] f : texts) {
            String v = (String) f[1];
            int max = (Integer) f[2];
            if (v != null && v.length() > max) {
                throw new ResultsException(file + ": " + f[0] + ": " + v.length() + " characters; a manifest Brink wrote has at most " + max);
            }
        }
        if (scenario.horizonDays() <= 0) throw new ResultsException(file + ": scenario.horizon_days is missing or not a positive number");
        if (runs <= 0) throw new ResultsException(file + ": runs is missing or not a positive number");
        if (parameters == null) throw missing(file, "parameters");
    }

    private static ResultsException missing(Path file, String field) {
        return new ResultsException(file + ": " + field + " is missing");
    }

    /** Whether the run finished and recorded its files. */
    public boolean isComplete() { return COMPLETE.equals(status); }
}
