package brink.results;

/** Strings from files as messages show them: a short prefix, quoted, never the whole of a huge value. */
public final class Texts {
    /** Longest part of a value a message repeats. */
    public static final int SHOWN = 60;

    private Texts() {}

    /** The first {@code max} characters, with how long the whole was when it is cut. */
    public static String prefix(String s, int max) {
        if (s == null) return "null";
        if (s.length() <= max) return s;
        return s.substring(0, max) + "… (" + String.format(java.util.Locale.ROOT, "%,d", s.length()) + " characters)";
    }

    /** {@code 'value'}, cut to {@link #SHOWN} characters. */
    public static String quote(String s) {
        return s == null ? "none" : "'" + prefix(s, SHOWN) + "'";
    }
}
