package brink.results;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;

import java.util.List;
import java.util.Map;

/**
 * manifest.json of a {@code brink compare} folder: the folders compared (each with its
 * manifest's SHA-256, so the comparison names exactly what it read), the command, timings, and
 * the record of every file written.
 */
@JsonPropertyOrder({"kind", "brink_version", "java_version", "status", "command", "inputs", "started", "finished",
        "wall_seconds", "files"})
public record CompareManifest(String kind, String brinkVersion, String javaVersion, String status, String command,
                              List<Input> inputs, String started, String finished, double wallSeconds,
                              Map<String, FileRecord> files) {
    public static final String KIND = "compare";

    /** One folder compared; the first is the reference. */
    @JsonPropertyOrder({"folder", "name", "runs", "seed", "manifest_sha256"})
    public record Input(String folder, String name, long runs, long seed, String manifestSha256) {}

    public String toJson() {
        try {
            return RunManifest.JSON.writeValueAsString(this) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the manifest cannot be written as JSON", e);
        }
    }
}
