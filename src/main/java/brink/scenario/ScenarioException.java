package brink.scenario;

import java.util.List;
import java.util.Locale;

/**
 * A user's mistake in a scenario or sweep file: which file, which field, what value, what is
 * allowed. The CLI prints {@link #getMessage()} and exits with code 2; no stack trace. A value
 * (or a field path) is quoted only up to a short prefix, so a huge bad value never floods the
 * terminal. Several independent mistakes of one file come as one exception listing them all
 * ({@link #of(List)}).
 */
public class ScenarioException extends Exception implements BadInput {
    private static final long serialVersionUID = 1L;
    /** The longest part of a value or field path a message repeats. */
    static final int SHOWN = 60;
    /** The most mistakes one message lists. */
    public static final int MAX_LISTED = 20;

    private final String file;
    private final String field;
    private final String value;
    private final String allowed;
    private final List<ScenarioException> all;
    private final int total;

    public ScenarioException(String file, String field, String value, String allowed) {
        super(format(file, field, value, allowed));
        this.file = file;
        this.field = field;
        this.value = value;
        this.allowed = allowed;
        this.all = List.of(this);
        this.total = 1;
    }

    private ScenarioException(List<ScenarioException> all, int total) {
        super(list(all, total));
        ScenarioException first = all.get(0);
        this.file = first.file;
        this.field = first.field;
        this.value = first.value;
        this.allowed = first.allowed;
        this.all = List.copyOf(all);
        this.total = total;
    }

    /**
     * An unknown key at {@code path} (its last part is the key): the message names the keys allowed
     * there, and the nearest of them when the key looks like a typo of one.
     */
    public static ScenarioException unknownKey(String file, String path, java.util.Collection<String> allowed) {
        String key = path.substring(path.lastIndexOf('.') + 1);
        return new ScenarioException(file, path, null, "unknown key '" + key + "'" + Suggestions.didYouMean(key, allowed)
                + "; allowed here: " + String.join(", ", allowed));
    }

    /** One exception for one or more mistakes (at most {@link #MAX_LISTED} are listed, with how many more there were). */
    public static ScenarioException of(List<ScenarioException> mistakes) {
        return of(mistakes, mistakes.size());
    }

    /** The same, when only the first of {@code total} mistakes were kept. */
    static ScenarioException of(List<ScenarioException> kept, int total) {
        if (total == 1 && kept.size() == 1) return kept.get(0);
        return new ScenarioException(kept.subList(0, Math.min(MAX_LISTED, kept.size())), total);
    }

    /** Whether this is an unknown key ({@link #unknownKey}): a mistake of the key, whatever its value. */
    boolean isUnknownKey() { return allowed != null && allowed.startsWith("unknown key '"); }

    /** Mistakes counted but not listed. */
    int unlisted() { return total - all.size(); }

    public String file() { return file; }
    public String field() { return field; }
    public String value() { return value; }
    public String allowed() { return allowed; }
    /** Every mistake listed (one for a single mistake). */
    public List<ScenarioException> mistakes() { return all; }

    private static String format(String file, String field, String value, String allowed) {
        StringBuilder sb = new StringBuilder();
        sb.append(file);
        if (field != null && !field.isEmpty()) sb.append(": ").append(prefix(field));
        if (value != null) sb.append(": value ").append(prefix(value));
        if (allowed != null) sb.append(": ").append(allowed);
        return sb.toString();
    }

    private static String list(List<ScenarioException> all, int total) {
        StringBuilder sb = new StringBuilder().append(total).append(" mistakes");
        if (all.stream().map(e -> e.file).distinct().count() == 1) sb.append(" in ").append(all.get(0).file);
        sb.append(':');
        for (ScenarioException e : all) sb.append("\n  ").append(e.getMessage());
        if (total > all.size()) sb.append("\n  ... and ").append(total - all.size()).append(" more (the first ").append(all.size()).append(" are listed)");
        return sb.toString();
    }

    /** The first {@value #SHOWN} characters, and how long the whole was when it is longer. */
    static String prefix(String s) {
        if (s.length() <= SHOWN) return s;
        return s.substring(0, SHOWN) + "… (" + String.format(Locale.ROOT, "%,d", s.length()) + " characters)";
    }
}
