package brink.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A YAML file read safely into a plain tree (no object construction from tags, no duplicate
 * keys), for scenario, sweep and targets files alike, with the numbers YAML knows but Brink
 * refuses taken out.
 *
 * <p>Jackson stops at the first {@code .nan}, {@code .inf}, {@code -.inf} or {@code !!float} that
 * is not a number. So that one message can still list every mistake of a file, each such value is
 * recorded as a mistake (file, field path, value, line and column) and replaced in the text by
 * {@code null}, padded to the same length so that every later line and column stays that of the
 * file, and the text is parsed again, until it parses. The tree then holds {@code null} where a
 * refused number was; {@link #refusedPaths} says where, so that a validator does not report the
 * same field twice.
 */
public record YamlFile(JsonNode tree, List<ScenarioException> refusedNumbers) {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    /** How many refused numbers are taken out before the rest of the file is given up on. */
    static final int MAX_REFUSED = 200;

    public YamlFile {
        refusedNumbers = List.copyOf(refusedNumbers);
    }

    /** The tree, or every refused number as one mistake. */
    public JsonNode treeOrThrow() throws ScenarioException {
        if (!refusedNumbers.isEmpty()) throw ScenarioException.of(refusedNumbers);
        return tree;
    }

    /** The field paths of the refused numbers. */
    public List<String> refusedPaths() {
        return refusedNumbers.stream().map(ScenarioException::field).toList();
    }

    /**
     * Reads a file. A file over {@link ScenarioLoader#MAX_FILE_BYTES}, bytes that are not UTF-8,
     * an empty file and YAML that does not parse are each refused with the file, the place and
     * what is allowed (with the refused numbers found before, if any).
     */
    public static YamlFile read(Path file) throws ScenarioException {
        String label = ScenarioLoader.label(file);
        String text = YamlText.decodeOrThrow(label, bytes(file, label));
        List<ScenarioException> refused = new ArrayList<>();
        while (true) {
            try {
                JsonNode node = YAML.readTree(text);
                if (node == null || node.isMissingNode() || node.isNull()) {
                    throw new ScenarioException(label, null, null, "the file is empty");
                }
                return new YamlFile(node, refused);
            } catch (JsonProcessingException e) {
                ScenarioException mistake = mistake(label, text, e);
                refused.add(mistake);
                if (!isRefusedNumber(e) || refused.size() >= MAX_REFUSED) throw ScenarioException.of(refused);
                String without = YamlText.withNullAt(text, e.getLocation().getLineNr(), e.getLocation().getColumnNr());
                if (without == null) throw ScenarioException.of(refused);
                text = without;
            }
        }
    }

    private static byte[] bytes(Path file, String label) throws ScenarioException {
        try {
            if (Files.isDirectory(file)) throw new ScenarioException(label, null, null, "is a folder, not a YAML file");
            long size = Files.size(file);
            if (size > ScenarioLoader.MAX_FILE_BYTES) {
                throw new ScenarioException(label, null, String.format(java.util.Locale.ROOT, "%,d bytes", size),
                        "allowed: a file of at most " + (ScenarioLoader.MAX_FILE_BYTES >> 20) + " MB");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(label, null, null, "no such file");
        } catch (IOException e) {
            throw new ScenarioException(label, null, null, "cannot be read: " + e.getMessage());
        }
    }

    private static boolean isRefusedNumber(JsonProcessingException e) {
        return e.getLocation() != null && e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Malformed numeric value");
    }

    /** The parse error as a user's mistake: the field path where it can be found, else the line and column. */
    private static ScenarioException mistake(String label, String text, JsonProcessingException e) {
        if (e.getLocation() == null) return new ScenarioException(label, null, null, "not valid YAML: " + e.getOriginalMessage());
        int line = e.getLocation().getLineNr(), column = e.getLocation().getColumnNr();
        String where = "line " + line + ", column " + column;
        String path = YamlText.pathAt(text, line, column);
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (isRefusedNumber(e)) {
            int q = message.indexOf('\'');
            String value = q >= 0 ? message.substring(q) : null;
            return new ScenarioException(label, path != null ? path : where, value,
                    "allowed: a finite number, e.g. 0.5 or 12000 (.nan, .inf, -.inf and a !!float that is not a number are refused; " + where + ")");
        }
        return new ScenarioException(label, path != null ? where + " (" + path + ")" : where, null,
                "not valid YAML: " + ScenarioException.prefix(message));
    }
}
