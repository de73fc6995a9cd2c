package brink.report;

import java.util.Locale;

/**
 * How numbers look on pages and terminals: counts, days (probabilities: {@link brink.stats.Odds}).
 * Not how they are written into files: that is {@link brink.results.Numbers} (exact, for reading back).
 */
final class ReadableNumbers {
    private ReadableNumbers() {}

    /** A plain number: grouped, at most two decimals, no trailing zeros. */
    static String plain(double v) {
        if (Double.isNaN(v)) return "–";
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.format(Locale.ROOT, "%,d", (long) v);
        String s;
        if (Math.abs(v) >= 1000) return String.format(Locale.ROOT, "%,.0f", v);
        else if (Math.abs(v) >= 10) s = String.format(Locale.ROOT, "%.1f", v);
        else if (Math.abs(v) >= 1) s = String.format(Locale.ROOT, "%.2f", v);
        else s = String.format(Locale.ROOT, "%.3g", v);
        if (s.contains("e")) return s;
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    static String signed(double v) {
        if (Double.isNaN(v)) return "–";
        return (v > 0 ? "+" : "") + plain(v);
    }

    static String duration(double seconds) {
        if (Double.isNaN(seconds)) return "–";
        if (seconds < 60) return String.format(Locale.ROOT, "%.1f s", seconds);
        long s = Math.round(seconds);
        return s / 3600 > 0 ? String.format(Locale.ROOT, "%d h %02d min %02d s", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
}
