package brink.scenario.sweep;

import java.util.Arrays;
import java.util.List;
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

    /** How many points this design makes with these options and factors (stops counting past {@link SweepLoader#MAX_POINTS}). */
    public long pointCount(DesignOptions o, List<Factor> factors) {
        int k = factors.size();
        return switch (this) {
            case GRID -> {
                long n = 1;
                for (Factor f : factors) {
                    n *= f.hasLevels() ? f.levels().length : o.pointsPerFactor();
                    if (n > SweepLoader.MAX_POINTS) yield n;
                }
                yield n;
            }
            case LHS -> o.points();
            case SOBOL -> (long) o.baseSamples() * (k + 2);
            case MORRIS -> (long) o.trajectories() * (k + 1);
        };
    }

    public static String allowed() {
        return Arrays.stream(values()).map(Design::key).collect(Collectors.joining(", "));
    }
}
