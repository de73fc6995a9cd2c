package brink.scenario;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The text of a YAML file before it is parsed, and where in it a parse error happened: strict
 * UTF-8 decoding that names the first bad byte, and the field path of a position (for errors the
 * parser reports only by line and column, such as {@code .nan}), and the text with such a value
 * taken out ({@link YamlFile}). Both compose the document into SnakeYAML's node tree, which
 * builds no objects.
 */
final class YamlText {
    private YamlText() {}

    /** The text, or null when the bytes are not UTF-8; then {@link #badByte} says where. */
    static String decode(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = d.decode(ByteBuffer.wrap(bytes), out, true);
        if (r.isError()) return null;
        d.flush(out);
        out.flip();
        String s = out.toString();
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** The text, or the mistake naming the first byte that is not UTF-8. */
    static String decodeOrThrow(String label, byte[] bytes) throws ScenarioException {
        String text = decode(bytes);
        if (text == null) throw new ScenarioException(label, null, null, "is not UTF-8 text (" + badByte(bytes) + "); save it as UTF-8");
        return text;
    }

    /** "byte 0xFF at line 4, column 12" for the first byte that is not UTF-8. */
    static String badByte(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult r = d.decode(in, CharBuffer.allocate(bytes.length + 1), true);
        int at = r.isError() ? in.position() : bytes.length;
        int line = 1, lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return String.format(Locale.ROOT, "byte 0x%02X at line %d, column %d", bytes[Math.min(at, bytes.length - 1)] & 0xFF,
                line, at - lineStart + 1);
    }

    /**
     * The field path ({@code actors.russia.resolve}, {@code events[2].day}) of the value at a
     * 1-based line and column, or null when the document cannot be composed or nothing is there.
     */
    static String pathAt(String text, int line, int column) {
        Node root = compose(text);
        return root == null ? null : find(root, "", line - 1, column - 1);
    }

    /**
     * The text with the scalar at a 1-based line and column (with its tag, keeping its anchor)
     * replaced by {@code null}, padded with spaces to the scalar's length so that every other
     * line and column stays where it was; null when there is no one-line scalar of at least four
     * characters there.
     */
    static String withNullAt(String text, int line, int column) {
        Node root = compose(text);
        ScalarNode scalar = root == null ? null : scalarAt(root, line - 1, column - 1);
        if (scalar == null) return null;
        int start = text.offsetByCodePoints(0, scalar.getStartMark().getIndex());
        int end = text.offsetByCodePoints(0, scalar.getEndMark().getIndex());
        if (text.charAt(start) == '&') { // keep the anchor, so that its aliases still resolve
            while (start < end && !Character.isWhitespace(text.charAt(start))) start++;
            while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        }
        String old = text.substring(start, end);
        if (old.length() < 4 || old.indexOf('\n') >= 0 || old.indexOf('\r') >= 0) return null;
        return text.substring(0, start) + "null" + " ".repeat(old.length() - 4) + text.substring(end);
    }

    /** The document's node tree (SnakeYAML's composer builds no objects), or null when it cannot be composed. */
    private static Node compose(String text) {
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true);
            return new Yaml(options).compose(new StringReader(text));
        } catch (RuntimeException e) {
            return null; // the parser's own message is all there is
        }
    }

    /** The scalar whose text holds a 0-based line and column, or null. */
    private static ScalarNode scalarAt(Node n, int line, int col) {
        if (!contains(n, line, col)) return null;
        if (n instanceof ScalarNode s) return s;
        if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                ScalarNode in = scalarAt(t.getValueNode(), line, col);
                if (in == null) in = scalarAt(t.getKeyNode(), line, col);
                if (in != null) return in;
            }
        } else if (n instanceof SequenceNode s) {
            for (Node item : s.getValue()) {
                ScalarNode in = scalarAt(item, line, col);
                if (in != null) return in;
            }
        }
        return null;
    }

    private static String find(Node n, String path, int line, int col) {
        if (n instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k)) continue;
                String p = path.isEmpty() ? k.getValue() : path + "." + k.getValue();
                if (contains(t.getKeyNode(), line, col)) return p;
                if (contains(t.getValueNode(), line, col)) {
                    String inner = find(t.getValueNode(), p, line, col);
                    return inner != null ? inner : p;
                }
            }
        } else if (n instanceof SequenceNode s) {
            for (int i = 0; i < s.getValue().size(); i++) {
                Node item = s.getValue().get(i);
                String p = path + "[" + i + "]";
                if (contains(item, line, col)) {
                    String inner = find(item, p, line, col);
                    return inner != null ? inner : p;
                }
            }
        }
        return path.isEmpty() ? null : path;
    }

    private static boolean contains(Node n, int line, int col) {
        Mark a = n.getStartMark(), b = n.getEndMark();
        if (a == null || b == null) return false;
        long pos = ((long) line << 32) | col;
        long start = ((long) a.getLine() << 32) | a.getColumn();
        long end = ((long) b.getLine() << 32) | b.getColumn();
        return pos >= start && pos <= end;
    }
}
