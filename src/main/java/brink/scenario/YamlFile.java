package brink.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A YAML file read safely into a plain tree (no object construction from tags, no duplicate
 * keys), for scenario, sweep and targets files alike, with the values Brink refuses reported as
 * mistakes (file, field path, value, line and column), all of them, in the file's order:
 *
 * <ul>
 *   <li><b>numbers YAML knows but Brink does not take</b>: Jackson stops at the first
 *       {@code .nan}, {@code .inf}, {@code -.inf} or {@code !!float} that is not a number. So
 *       that one message can still list every mistake of a file, each is replaced in the text by
 *       {@code null}, padded to the same length so that every later line and column stays that of
 *       the file, and the text is parsed again, until it parses: every {@code .nan} and
 *       {@code .inf} at once, then any other refused value one at a time (at most
 *       {@value ScenarioException#MAX_LISTED}, the most a message lists; after them the file's
 *       other mistakes are not looked for). The tree holds {@code null} where they were.</li>
 *   <li><b>aliases</b> ({@code *name}): Jackson's tree reads one as the text {@code name}, so a
 *       valid file would be read wrongly; each is refused where it stands;</li>
 *   <li><b>whole numbers with a leading zero</b>: YAML 1.1, and so Jackson, reads {@code 0365} as
 *       the octal number 245 and {@code 030} as 24; each is refused where it stands;</li>
 *   <li><b>{@code yes}, {@code no}, {@code on}, {@code off}</b>: YAML 1.1, and so Jackson, reads
 *       them as true and false ({@code title: no} would be the boolean false); only {@code true}
 *       and {@code false} are taken, as yamllint's "truthy" rule asks;</li>
 *   <li><b>a second document</b> (after a {@code ---}): Jackson reads the first document and
 *       ignores the rest, so it is refused where it starts.</li>
 * </ul>
 *
 * {@link #refusedPaths} says where they were, so that a validator does not report the same
 * field twice.
 */
public record YamlFile(JsonNode tree, List<ScenarioException> refusedValues) {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    public YamlFile {
        refusedValues = List.copyOf(refusedValues);
    }

    /** The tree, or every refused value as one mistake. */
    public JsonNode treeOrThrow() throws ScenarioException {
        if (!refusedValues.isEmpty()) throw ScenarioException.of(refusedValues);
        return tree;
    }

    /** The field paths of the refused values. */
    public List<String> refusedPaths() {
        return refusedValues.stream().map(ScenarioException::field).toList();
    }

    /**
     * Reads a file. A file over {@link ScenarioLoader#MAX_FILE_BYTES}, bytes that are not UTF-8,
     * an empty file and YAML that does not parse are each refused with the file, the place and
     * what is allowed (with the refused values found before, if any).
     */
    public static YamlFile read(Path file) throws ScenarioException {
        String label = ScenarioLoader.label(file);
        String text = YamlText.decodeOrThrow(label, bytes(file, label));
        YamlText.Misread misread = YamlText.misread(text);
        List<Located> refused = misread(label, misread);
        // every .nan and .inf taken out at once; whatever else the parser refuses (a !!float that is
        // not a number) one at a time
        if (misread.withoutNonFinite() != null) text = misread.withoutNonFinite();
        int oneByOne = 0;
        while (true) {
            try {
                JsonNode node = YAML.readTree(text);
                if (node == null || node.isMissingNode() || node.isNull()) {
                    throw new ScenarioException(label, null, null, "the file is empty");
                }
                return new YamlFile(node, inFileOrder(refused));
            } catch (JsonProcessingException e) {
                if (!isRefusedNumber(e)) {
                    List<ScenarioException> all = new ArrayList<>(inFileOrder(refused));
                    all.add(mistake(label, text, e));
                    throw ScenarioException.of(all);
                }
                int line = e.getLocation().getLineNr(), column = e.getLocation().getColumnNr();
                refused.add(new Located(line, column, mistake(label, text, e)));
                String without = ++oneByOne <= ScenarioException.MAX_LISTED ? YamlText.withNullAt(text, line, column) : null;
                if (without == null) {
                    // the value cannot be taken out (the text cannot be composed): say why, if the
                    // text itself is not YAML, rather than leave that for the next attempt
                    List<ScenarioException> all = new ArrayList<>(inFileOrder(refused));
                    MarkedYAMLException syntax = YamlText.syntaxError(text);
                    if (syntax != null) all.add(notYaml(label, text, syntax));
                    throw ScenarioException.of(all);
                }
                text = without;
            }
        }
    }

    /**
     * The {@link YamlText#misread} values as mistakes: each .nan or .inf (when they could be taken
     * out of the text), alias, number with a leading zero and yes/no word, and a second document.
     */
    private static List<Located> misread(String label, YamlText.Misread misread) {
        List<Located> mistakes = new ArrayList<>();
        if (misread.withoutNonFinite() != null) {
            for (YamlText.RefusedValue r : misread.nonFinite()) {
                mistakes.add(new Located(r.line(), r.column(), refusedNumber(label, r.path(), "'" + r.value() + "'", r.line(), r.column())));
            }
        }
        for (YamlText.RefusedValue a : misread.aliases()) {
            mistakes.add(refused(label, a, "allowed: the value itself; YAML aliases are not supported (one would be read as the text '"
                    + a.value().substring(1) + "'"));
        }
        for (YamlText.RefusedValue z : misread.leadingZeros()) {
            mistakes.add(refused(label, z, "allowed: a number without a leading zero; " + leadingZeroReading(z.value())
                    + " (write it without the zero, or quote it if it is a text"));
        }
        for (YamlText.RefusedValue t : misread.truthy()) {
            boolean yes = t.value().equalsIgnoreCase("yes") || t.value().equalsIgnoreCase("on");
            mistakes.add(refused(label, t, "allowed: true or false where a yes or no is meant, or '" + t.value() + "' in quotes for a text"
                    + " (YAML reads " + t.value() + " as " + yes));
        }
        YamlText.RefusedValue second = misread.secondDocument();
        if (second != null) {
            mistakes.add(new Located(second.line(), second.column(), new ScenarioException(label, "line " + second.line(), null,
                    "a second YAML document starts here; allowed: one document per file (everything after the first would be"
                    + " ignored): remove the '---' or move the rest to a file of its own")));
        }
        return mistakes;
    }

    /** A refused value as a mistake at its path (or its line), quoted, with {@code allowed} closed by "; line L, column C)". */
    private static Located refused(String label, YamlText.RefusedValue v, String allowed) {
        return new Located(v.line(), v.column(), new ScenarioException(label, v.path() != null ? v.path() : "line " + v.line(),
                "'" + v.value() + "'", allowed + "; line " + v.line() + ", column " + v.column() + ")"));
    }

    /** What YAML makes of a whole number with a leading zero: "YAML reads 0365 as the octal number 245". */
    private static String leadingZeroReading(String value) {
        String digits = value.replace("_", "").replaceFirst("^[-+]", "");
        if (digits.matches("[0-7]+") && digits.length() <= 21) {
            return "YAML reads " + value + " as the octal number " + (value.startsWith("-") ? "-" : "") + Long.parseUnsignedLong(digits, 8);
        }
        return "YAML does not read " + value + " as a number";
    }

    /** A mistake and where the parser reports it. */
    private record Located(int line, int column, ScenarioException mistake) {}

    private static List<ScenarioException> inFileOrder(List<Located> refused) {
        return refused.stream().sorted(java.util.Comparator.comparingInt(Located::line).thenComparingInt(Located::column))
                .map(Located::mistake).toList();
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

    private static ScenarioException refusedNumber(String label, String path, String value, int line, int column) {
        String where = "line " + line + ", column " + column;
        return new ScenarioException(label, path != null ? path : where, value,
                "allowed: a finite number, e.g. 0.5 or 12000 (.nan, .inf, -.inf and a !!float that is not a number are refused; " + where + ")");
    }

    private static boolean isRefusedNumber(JsonProcessingException e) {
        return e.getLocation() != null && e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Malformed numeric value");
    }

    /** The parse error as a user's mistake: the field path where it can be found, else the line and column. */
    private static ScenarioException mistake(String label, String text, JsonProcessingException e) {
        if (e.getLocation() == null) return new ScenarioException(label, null, null, "not valid YAML: " + e.getOriginalMessage());
        int line = e.getLocation().getLineNr(), column = e.getLocation().getColumnNr();
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (isRefusedNumber(e)) {
            int q = message.indexOf('\'');
            return refusedNumber(label, YamlText.pathAt(text, line, column), q >= 0 ? message.substring(q) : null, line, column);
        }
        MarkedYAMLException syntax = snakeYamlCause(e);
        if (syntax != null && syntax.getProblemMark() != null) return notYaml(label, text, syntax);
        return new ScenarioException(label, place(text, line, column), null, "not valid YAML: " + ScenarioException.prefix(message));
    }

    /** Where a syntax error is: "line L, column C", with the field path of the value there when it has one. */
    private static String place(String text, int line, int column) {
        String where = "line " + line + ", column " + column;
        String path = YamlText.pathAt(text, line, column);
        return path != null ? where + " (" + path + ")" : where;
    }

    /** SnakeYAML's own exception behind Jackson's, which holds the problem and its context apart. */
    private static MarkedYAMLException snakeYamlCause(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof MarkedYAMLException m) return m;
        }
        return null;
    }

    /**
     * A syntax error in one line: where the problem is, what the parser expected there, and the
     * construct it was in with where that starts ("not valid YAML: expected ',' or ']', but got :
     * (while parsing a flow sequence that starts at line 3, column 16)"), instead of SnakeYAML's
     * several lines with copies of the text and carets.
     */
    private static ScenarioException notYaml(String label, String text, MarkedYAMLException e) {
        Mark at = e.getProblemMark();
        StringBuilder why = new StringBuilder("not valid YAML: ").append(e.getProblem() == null ? "" : shortened(e.getProblem()));
        if (e.getContext() != null) {
            why.append(" (").append(shortened(e.getContext()));
            Mark from = e.getContextMark();
            if (from != null) why.append(" that starts at line ").append(from.getLine() + 1).append(", column ").append(from.getColumn() + 1);
            why.append(')');
        }
        return new ScenarioException(label, place(text, at.getLine() + 1, at.getColumn() + 1), null, why.toString());
    }

    /** SnakeYAML's sentences are short but can quote what they met: each is cut on its own, past a line's width. */
    private static String shortened(String part) {
        String s = part.strip();
        return s.length() <= 160 ? s : s.substring(0, 160) + "…";
    }
}
