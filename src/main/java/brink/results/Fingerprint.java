package brink.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint of what decides a resumable command's numbers (a sweep's design, a calibration's
 * targets and priors): SHA-256 of the definition's compact JSON, recorded in the folder's manifest
 * so that --resume refuses a folder written by a different definition.
 */
public final class Fingerprint {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Fingerprint() {}

    public static String of(JsonNode definition) {
        try {
            byte[] canon = JSON.writeValueAsBytes(definition);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canon));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code fingerprint} field of an existing manifest, or null if it cannot be read. */
    public static String read(Path manifest) {
        try {
            JsonNode n = JSON.readTree(new String(Files.readAllBytes(manifest), StandardCharsets.UTF_8));
            return n.path("fingerprint").asText(null);
        } catch (Exception e) {
            return null;
        }
    }
}
