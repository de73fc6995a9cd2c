package brink.scenario;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
 * parser reports only by line and column, such as {@code .nan}), the text with such values taken
 * out, and what Jackson's tree would read wrongly (aliases, a second document), all for
 * {@link YamlFile}. They read SnakeYAML's node tree or event stream, which build no objects.
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
        return root == null ? scalarPathEndingAt(text, line, column) : find(root, "", line - 1, column - 1);
    }

    /**
     * The field path of the scalar that ends at a 1-based line and column (where Jackson reports a
     * refused number), from the event stream up to where it stops parsing: a document with a
     * syntax error further on cannot be composed, but its values before the error have paths.
     */
    private static String scalarPathEndingAt(String text, int line, int column) {
        EventPaths paths = new EventPaths();
        try {
            for (Event e : events(text)) {
                String path = paths.next(e);
                if (e instanceof ScalarEvent && path != null && !path.isEmpty()
                        && e.getEndMark().getLine() + 1 == line && e.getEndMark().getColumn() + 1 == column) {
                    return path;
                }
            }
        } catch (RuntimeException e) {
            // the error comes after the values that have paths
        }
        return null;
    }

    /** SnakeYAML's event stream of a text. */
    private static Iterable<Event> events(String text) {
        return snakeYaml().parse(new StringReader(text));
    }

    /** SnakeYAML with duplicate keys allowed: Jackson refuses them itself, with its own message. */
    private static Yaml snakeYaml() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        return new Yaml(options);
    }

    /** A value the reader refuses: its field path, its text, and a 1-based line and column (a number's end, where the parser reports it; otherwise its start). */
    record RefusedValue(String path, String value, int line, int column) {}

    /** {@code .nan}, {@code .inf} and {@code -.inf} in the spellings YAML 1.1 resolves as floats. */
    private static final Pattern NON_FINITE = Pattern.compile("[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");

    /**
     * What Jackson's tree model would read wrongly, and Brink therefore refuses: every alias
     * ({@code *name}, which the tree reads as the text {@code name}), with the field path where it
     * stands and the 1-based line and column where it starts; every plain whole number with a
     * leading zero ({@code 0365}, which YAML 1.1 reads as the octal number 245, {@code 030} as 24),
     * likewise; every plain {@code yes}, {@code no}, {@code on} or {@code off}, which it reads as
     * true or false (so {@code title: no} would be the boolean false), likewise; and a second
     * document (Jackson reads the first and ignores the rest), where it starts, or null. Also
     * what Jackson refuses outright: every {@code .nan}, {@code .inf} and {@code -.inf} (plain or
     * under {@code !!float}), at the line and column of its end (where Jackson reports it), and
     * {@code withoutNonFinite}, the text with each of them replaced by a padded {@code null}
     * ({@link #replaceWithNull}), or null when one of them cannot be replaced.
     */
    record Misread(List<RefusedValue> aliases, List<RefusedValue> leadingZeros, List<RefusedValue> truthy,
                   List<RefusedValue> nonFinite, String withoutNonFinite, RefusedValue secondDocument) {}

    /** A plain whole number with a leading zero: YAML 1.1 (and so Jackson) reads {@code 0365} as the octal number 245. */
    private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9_]+");
    /** The words YAML 1.1 (and so Jackson) reads as booleans besides true and false (yamllint's "truthy"). */
    private static final Pattern TRUTHY = Pattern.compile("yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF");

    /**
     * The text's {@link Misread}, from SnakeYAML's event stream (which expands nothing); when the
     * text does not parse, what stands before the error (the parser's own message then says why
     * the rest cannot be read). Aliases are looked for in the first document only.
     */
    static Misread misread(String text) {
        List<RefusedValue> aliases = new ArrayList<>(), leadingZeros = new ArrayList<>(), truthy = new ArrayList<>(), nonFinite = new ArrayList<>();
        List<ScalarEvent> nonFiniteEvents = new ArrayList<>();
        RefusedValue second = null;
        try {
            EventPaths paths = new EventPaths();
            int documents = 0;
            for (Event e : events(text)) {
                if (e instanceof DocumentStartEvent && ++documents == 2) {
                    second = new RefusedValue(null, null, e.getStartMark().getLine() + 1, e.getStartMark().getColumn() + 1);
                    break;
                }
                String path = paths.next(e);
                if (path == null) continue; // a key, or no value
                String at = path.isEmpty() ? null : path;
                int line = e.getStartMark().getLine() + 1, column = e.getStartMark().getColumn() + 1;
                if (e instanceof AliasEvent a) {
                    aliases.add(new RefusedValue(at, "*" + a.getAnchor(), line, column));
                } else if (e instanceof ScalarEvent sc) {
                    String v = sc.getValue();
                    boolean implicit = sc.isPlain() && sc.getImplicit().canOmitTagInPlainScalar();
                    if ((implicit || FLOAT_TAG.equals(sc.getTag())) && NON_FINITE.matcher(v).matches()) {
                        nonFinite.add(new RefusedValue(at, v, sc.getEndMark().getLine() + 1, sc.getEndMark().getColumn() + 1));
                        nonFiniteEvents.add(sc);
                    } else if (implicit && LEADING_ZERO.matcher(v).matches()) {
                        leadingZeros.add(new RefusedValue(at, v, line, column));
                    } else if (implicit && TRUTHY.matcher(v).matches()) {
                        truthy.add(new RefusedValue(at, v, line, column));
                    }
                }
            }
        } catch (RuntimeException e) {
            // the text does not parse: what came before the error is read as it stands (so a .nan
            // there is reported at its path, and taken out so that the parser's own error follows)
        }
        return new Misread(aliases, leadingZeros, truthy, nonFinite, withNulls(text, nonFiniteEvents), second);
    }

    /**
     * Why the text does not parse as YAML, from SnakeYAML's event stream (which reads no scalar's
     * value, so a {@code .nan} that stops Jackson before the error does not hide it), or null
     * when it parses.
     */
    static MarkedYAMLException syntaxError(String text) {
        try {
            for (Event ignored : events(text)) {
                // only whether the stream parses matters
            }
            return null;
        } catch (MarkedYAMLException e) {
            return e;
        }
    }

    /** The tag an explicit {@code !!float} expands to. */
    private static final String FLOAT_TAG = "tag:yaml.org,2002:float";

    /** The text with every scalar of {@code scalars} (in document order) replaced by a padded null, in one pass; null if one cannot be. */
    private static String withNulls(String text, List<ScalarEvent> scalars) {
        if (scalars.isEmpty()) return text;
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        boolean oneCharPerCodePoint = text.codePointCount(0, text.length()) == text.length();
        for (ScalarEvent sc : scalars) {
            int[] range = nullRange(text, sc.getStartMark(), sc.getEndMark(), oneCharPerCodePoint);
            if (range == null || range[0] < copied) return null;
            out.append(text, copied, range[0]).append("null").append(" ".repeat(range[1] - range[0] - 4));
            copied = range[1];
        }
        return out.append(text, copied, text.length()).toString();
    }

    /**
     * Follows the field path through a stream of parse events: {@link #next} returns the path of
     * the value an event starts ({@code ""} for the document itself), or null for a mapping key
     * or an event that starts no value.
     */
    private static final class EventPaths {
        private static final class Frame {
            final boolean mapping;
            final String path;
            String key;
            boolean atKey = true;
            int index;

            Frame(boolean mapping, String path) {
                this.mapping = mapping;
                this.path = path;
            }
        }

        private final java.util.ArrayDeque<Frame> open = new java.util.ArrayDeque<>();

        String next(Event e) {
            if (e instanceof MappingEndEvent || e instanceof SequenceEndEvent) {
                open.pop();
                done();
                return null;
            }
            if (!(e instanceof NodeEvent)) return null; // stream and document starts and ends
            Frame parent = open.peek();
            boolean isKey = parent != null && parent.mapping && parent.atKey;
            String path = parent == null ? "" : parent.mapping ? (isKey ? null : join(parent.path, parent.key))
                    : parent.path + "[" + parent.index + "]";
            if (e instanceof MappingStartEvent || e instanceof SequenceStartEvent) {
                open.push(new Frame(e instanceof MappingStartEvent, path == null ? join(parent.path, "?") : path));
                return path;
            }
            if (isKey) parent.key = e instanceof ScalarEvent sc ? sc.getValue() : "?";
            done();
            return path;
        }

        /** A value (or key) is complete: its parent moves on. */
        private void done() {
            Frame f = open.peek();
            if (f == null) return;
            if (f.mapping) f.atKey = !f.atKey;
            else f.index++;
        }

        private static String join(String path, String key) {
            return path.isEmpty() ? key : path + "." + key;
        }
    }

    /**
     * The text with the scalar at a 1-based line and column replaced by {@code null}
     * ({@link #replaceWithNull}); null when there is no such scalar.
     */
    static String withNullAt(String text, int line, int column) {
        Node root = compose(text);
        ScalarNode scalar = root == null ? null : scalarAt(root, line - 1, column - 1);
        return scalar == null ? null : replaceWithNull(text, scalar);
    }

    /**
     * The text with a scalar (with its tag, keeping its anchor) replaced by {@code null}, padded
     * with spaces to the scalar's length so that every other line and column stays where it was;
     * null when the scalar is shorter than four characters or spans lines.
     */
    private static String replaceWithNull(String text, ScalarNode scalar) {
        int[] range = nullRange(text, scalar.getStartMark(), scalar.getEndMark(), false);
        if (range == null) return null;
        return text.substring(0, range[0]) + "null" + " ".repeat(range[1] - range[0] - 4) + text.substring(range[1]);
    }

    /**
     * The characters [start, end) of a scalar, from its marks, that {@link #replaceWithNull} replaces, or null.
     * SnakeYAML's marks count code points; they are the chars' indices when the text has no
     * character beyond the Basic Multilingual Plane ({@code oneCharPerCodePoint}).
     */
    private static int[] nullRange(String text, Mark from, Mark to, boolean oneCharPerCodePoint) {
        int start = charIndex(text, from.getIndex(), oneCharPerCodePoint);
        int end = charIndex(text, to.getIndex(), oneCharPerCodePoint);
        if (text.charAt(start) == '&') { // keep the anchor, so that its aliases still resolve
            while (start < end && !Character.isWhitespace(text.charAt(start))) start++;
            while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        }
        String old = text.substring(start, end);
        if (old.length() < 4 || old.indexOf('\n') >= 0 || old.indexOf('\r') >= 0) return null;
        return new int[]{start, end};
    }

    private static int charIndex(String text, int codePoints, boolean oneCharPerCodePoint) {
        return oneCharPerCodePoint ? codePoints : text.offsetByCodePoints(0, codePoints);
    }

    /** The document's node tree (SnakeYAML's composer builds no objects), or null when it cannot be composed. */
    private static Node compose(String text) {
        try {
            return snakeYaml().compose(new StringReader(text));
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
