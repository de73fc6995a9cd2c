package brink.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** "Did you mean": the known words within two edits (a swap of neighbours counts as one) of a mistyped one. */
final class Suggestions {
    private static final int MAX_EDITS = 2;

    private Suggestions() {}

    static List<String> closest(String typed, Collection<String> known) {
        int best = MAX_EDITS + 1;
        List<String> out = new ArrayList<>();
        for (String k : known) {
            int d = distance(typed, k);
            if (d < best) {
                best = d;
                out.clear();
            }
            if (d == best && d <= MAX_EDITS) out.add(k);
        }
        return out;
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
