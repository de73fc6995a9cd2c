package brink.scenario;

import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * "Did you mean": the known words nearest a mistyped one, by Levenshtein distance (Commons Text).
 * One place for every message that suggests a word: a command or option, a key of a scenario,
 * sweep or targets file, a sweep factor's parameter path, a rung, an event type or another named value.
 */
public final class Suggestions {
    /** A word this many edits or fewer from the typed one is a likely typo (a swap of neighbours is two). */
    public static final int MAX_EDITS = 2;
    private static final LevenshteinDistance WITHIN = new LevenshteinDistance(MAX_EDITS);
    private static final LevenshteinDistance ANY = LevenshteinDistance.getDefaultInstance();

    private Suggestions() {}

    /** The known words at the smallest distance from the typed one, if that is at most {@link #MAX_EDITS} (in the given order). */
    public static List<String> nearest(String typed, Collection<String> known) {
        int best = MAX_EDITS + 1;
        List<String> out = new ArrayList<>();
        for (String k : known) {
            int d = WITHIN.apply(typed, k); // -1 beyond MAX_EDITS
            if (d < 0) continue;
            if (d < best) {
                best = d;
                out.clear();
            }
            if (d == best) out.add(k);
        }
        return out;
    }

    /** The n known words nearest the typed one, however far (ties in the given order). */
    public static List<String> closest(String typed, Collection<String> known, int n) {
        return known.stream().sorted(Comparator.comparingInt(k -> ANY.apply(typed, k))).limit(n).toList();
    }

    /** " (did you mean 'x'?)" for the nearest known words, or "" when none is near. */
    public static String didYouMean(String typed, Collection<String> known) {
        List<String> near = nearest(typed, known);
        if (near.isEmpty()) return "";
        return " (did you mean '" + String.join("' or '", near) + "'?)";
    }

    /**
     * "unknown rung (did you mean 'nk_in_ukraine'?); allowed: a, b, c": a name that is none of
     * the known ones (a rung, an event type, a design...), the nearest of them when it looks like a
     * typo of one, then every one. {@code typed} is null when the value is not a text (nothing to suggest).
     */
    public static String unknown(String what, String typed, Collection<String> known) {
        return "unknown " + what + (typed == null ? "" : didYouMean(typed, known)) + "; allowed: " + String.join(", ", known);
    }
}
