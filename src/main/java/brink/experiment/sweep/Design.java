package brink.experiment.sweep;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The experimental designs a sweep file can ask for. */
public enum Design {
    GRID("grid"), LHS("lhs"), SOBOL("sobol"), MORRIS("morris");

    private final String key;

    Design(String key) { this.key = key; }

    public String key() { return key; }

    public static Design fromKey(String key) {
        for (Design d : values()) if (d.key.equals(key)) return d;
        return null;
    }

    public static String allowed() {
        return Arrays.stream(values()).map(Design::key).collect(Collectors.joining(", "));
    }
}
