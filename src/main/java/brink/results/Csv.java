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
}
