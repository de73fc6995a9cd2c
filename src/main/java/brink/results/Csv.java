package brink.results;

import java.util.List;

/** RFC 4180 fields for every CSV Brink writes: quoted only when they hold a comma, a quote or a line break. */
public final class Csv {
    private Csv() {}

    public static String field(String s) {
        if (s == null) return "";
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    /** Fields joined by commas, without the line end. */
    public static String line(List<String> fields) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) sb.append(',');
            sb.append(field(fields.get(i)));
        }
        return sb.toString();
    }

    /** One row being written into a table's text: fields in order, commas between them, the one number format. */
    public static final class Line {
        private final StringBuilder sb;
        private boolean first = true;

        public Line(StringBuilder sb) { this.sb = sb; }

        private StringBuilder next() {
            if (!first) sb.append(',');
            first = false;
            return sb;
        }

        public Line text(String s) { next().append(field(s)); return this; }
        /** A number in {@link Numbers}' format; NaN is an empty cell. */
        public Line number(double v) { Numbers.append(next(), v); return this; }
        public Line whole(long v) { next().append(v); return this; }
        public Line flag(boolean v) { next().append(v); return this; }
        /** {@code n} empty cells. */
        public Line empty(int n) {
            for (int i = 0; i < n; i++) next();
            return this;
        }
        public void end() { sb.append('\n'); }
    }
}
