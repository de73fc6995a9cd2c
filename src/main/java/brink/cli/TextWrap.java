package brink.cli;

import java.util.ArrayList;
import java.util.List;

/** Word-wraps text for an 100-column terminal, with a first-line prefix and a hanging indent. */
final class TextWrap {
    static final int WIDTH = 100;

    private TextWrap() {}

    /** Lines of at most {@code width} columns; words longer than a line are cut. */
    static List<String> wrap(String text, String firstPrefix, String indent, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(firstPrefix);
        int empty = firstPrefix.length();
        for (String word : text.trim().split("\\s+")) {
            if (word.isEmpty()) continue;
            if (line.length() > empty && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line = new StringBuilder(indent);
                empty = indent.length();
            }
            if (line.length() > empty) line.append(' ');
            while (line.length() + word.length() > width && width - line.length() > 10) {
                int cut = width - line.length();
                line.append(word, 0, cut);
                lines.add(line.toString());
                word = word.substring(cut);
                line = new StringBuilder(indent);
            }
            line.append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    static String wrapped(String text, String firstPrefix, String indent) {
        return String.join(System.lineSeparator(), wrap(text, firstPrefix, indent, WIDTH));
    }

    static String pad(String s, int width) {
        if (s.length() >= width) return s;
        return s + " ".repeat(width - s.length());
    }

    /**
     * One table row: each cell word-wrapped inside its column; the last column may use the rest of
     * the line. Returns as many lines as the tallest cell needs.
     */
    static List<String> row(String indent, int[] widths, String... cells) {
        List<List<String>> wrappedCells = new ArrayList<>();
        int height = 1;
        for (int i = 0; i < cells.length; i++) {
            int w = i < widths.length ? widths[i] : Math.max(10, WIDTH - indent.length() - sum(widths) - widths.length);
            List<String> c = wrap(cells[i] == null ? "" : cells[i], "", "", w);
            wrappedCells.add(c);
            height = Math.max(height, c.size());
        }
        List<String> out = new ArrayList<>();
        for (int l = 0; l < height; l++) {
            StringBuilder sb = new StringBuilder(indent);
            for (int i = 0; i < cells.length; i++) {
                List<String> c = wrappedCells.get(i);
                String part = l < c.size() ? c.get(l) : "";
                if (i < cells.length - 1) sb.append(pad(part, widths[i])).append(' ');
                else sb.append(part);
            }
            out.add(sb.toString().stripTrailing());
        }
        return out;
    }

    private static int sum(int[] a) {
        int s = 0;
        for (int v : a) s += v;
        return s;
    }

    /** "1 day", "2 days", "1,000 runs": a count and its noun, plural unless the count is one. */
    static String count(long n, String noun) {
        return String.format(java.util.Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }

    /** A number as people read it: whole numbers with thousands separators, others as given. */
    static String num(double v) {
        if (Double.isNaN(v)) return "-";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(java.util.Locale.ROOT, "%,d", (long) v);
        if (Math.abs(v) >= 1000) return String.format(java.util.Locale.ROOT, "%,d", Math.round(v));
        if (Math.abs(v) >= 100) return String.format(java.util.Locale.ROOT, "%.1f", v);
        return java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
