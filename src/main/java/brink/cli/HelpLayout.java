package brink.cli;

import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Brink's usage help: picocli's sections, but text is wrapped only at spaces. picocli breaks a
 * line wherever Java's line BreakIterator allows, which includes after a dot or a colon, so
 * "points.csv" became "points." / "csv" and "spark://host" became "spark:" / "//host". Here the
 * header, description and exit codes are wrapped by {@link TextWrap}; footer lines that start
 * with a space (the examples, commands to copy) are printed as written; the option list keeps
 * picocli's columns with a table that wraps at spaces.
 */
final class HelpLayout extends Help {
    HelpLayout(CommandSpec spec, Help.ColorScheme colors) {
        super(spec, colors);
    }

    /** Uses this help for the command and all its subcommands. */
    static void install(CommandLine root) {
        root.setHelpFactory(HelpLayout::new);
    }

    private int width() { return commandSpec().usageMessage().width(); }

    @Override
    public String header(Object... params) {
        return paragraphs(commandSpec().usageMessage().header(), params, false);
    }

    @Override
    public String description(Object... params) {
        return paragraphs(commandSpec().usageMessage().description(), params, false);
    }

    @Override
    public String footer(Object... params) {
        return paragraphs(commandSpec().usageMessage().footer(), params, true);
    }

    @Override
    public String exitCodeList() {
        Map<String, String> codes = commandSpec().usageMessage().exitCodeList();
        int keyWidth = 2;
        for (String k : codes.keySet()) keyWidth = Math.max(keyWidth, k.length());
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : codes.entrySet()) {
            String first = "  " + TextWrap.pad(e.getKey(), keyWidth + 3);
            for (String line : TextWrap.wrap(e.getValue(), first, " ".repeat(first.length() + 2), width())) {
                sb.append(line).append(System.lineSeparator());
            }
        }
        return sb.toString();
    }

    @Override
    public Help.Layout createDefaultLayout() {
        Help.Layout picocli = super.createDefaultLayout();
        TextTable table = new SpaceWrappedTable(colorScheme(), picocli.textTable());
        return new Help.Layout(colorScheme(), table, picocli.optionRenderer(), picocli.parameterRenderer());
    }

    /**
     * Lines of text (each may hold %n and %% as picocli's do), wrapped at spaces to the help's width;
     * with {@code verbatimIndented}, a line that starts with a space is kept as written.
     */
    private String paragraphs(String[] texts, Object[] params, boolean verbatimIndented) {
        if (texts == null || texts.length == 0) return "";
        StringBuilder sb = new StringBuilder();
        for (String t : texts) {
            String formatted = String.format(Locale.ROOT, t, params == null ? new Object[0] : params);
            for (String line : formatted.split("\\R", -1)) {
                if (line.isBlank() || (verbatimIndented && line.startsWith(" "))) {
                    sb.append(line.stripTrailing()).append(System.lineSeparator());
                    continue;
                }
                for (String w : TextWrap.wrap(line, "", "", width())) sb.append(w).append(System.lineSeparator());
            }
        }
        return colorScheme().text(sb.toString()).toString();
    }

    /**
     * picocli's table, but a value in the last (wrapping) column is cut into lines at spaces first;
     * each line then fits its cell, so picocli writes it without breaking it anywhere else.
     */
    static final class SpaceWrappedTable extends TextTable {
        SpaceWrappedTable(Help.ColorScheme colors, TextTable like) {
            super(colors, like.columns());
            indentWrappedLines = like.indentWrappedLines;
            setAdjustLineBreaksForWideCJKCharacters(like.isAdjustLineBreaksForWideCJKCharacters());
        }

        @Override
        public Cell putValue(int row, int col, Text value) {
            Column column = columns()[col];
            if (value == null || column.overflow != Column.Overflow.WRAP || col != columns().length - 1) {
                return super.putValue(row, col, value);
            }
            int firstWidth = column.width - column.indent;
            List<int[]> lines = lines(value.plainString(), firstWidth, firstWidth - indentWrappedLines);
            Cell cell = new Cell(col, row);
            int indent = column.indent;
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    addEmptyRow();
                    row++;
                    column.indent = indent + indentWrappedLines;
                }
                try {
                    cell = super.putValue(row, col, value.substring(lines.get(i)[0], lines.get(i)[1]));
                    row = cell.row;
                } finally {
                    column.indent = indent;
                }
            }
            return cell;
        }

        /** [start, end) of each line of {@code s}, broken only at spaces; a word too long for a line stands alone. */
        static List<int[]> lines(String s, int firstWidth, int width) {
            List<int[]> lines = new ArrayList<>();
            int start = skipSpaces(s, 0);
            int max = firstWidth;
            while (start < s.length()) {
                int end = start, lastFit = -1;
                while (end < s.length()) {
                    int wordEnd = end;
                    while (wordEnd < s.length() && s.charAt(wordEnd) != ' ') wordEnd++;
                    if (wordEnd - start > max && lastFit > 0) break;
                    lastFit = wordEnd;
                    end = skipSpaces(s, wordEnd);
                    if (wordEnd - start > max) break; // one word longer than the line: picocli cuts it
                }
                lines.add(new int[]{start, lastFit});
                start = skipSpaces(s, lastFit);
                max = width;
            }
            if (lines.isEmpty()) lines.add(new int[]{0, 0});
            return lines;
        }

        private static int skipSpaces(String s, int i) {
            while (i < s.length() && s.charAt(i) == ' ') i++;
            return i;
        }
    }
}
