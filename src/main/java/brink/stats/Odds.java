package brink.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * An event's probability as people should read it: the count k of n runs, the share, and its 95%
 * Wilson interval, all as percentages with as many decimals as the smallest of the three needs
 * to show one significant digit (so 3 of 10,000 reads "0.03% [0.01%, 0.09%]", not "0.0%"). When no
 * run saw the event the share says nothing by itself: the text says the probability is below the
 * interval's upper bound; when every run saw it, above the lower bound.
 */
public record Odds(long k, long n) {
    /** More decimals than this would be noise in any text (the interval of 1 in 10^8 runs still shows). */
    static final int MAX_DECIMALS = 8;

    public Odds {
        if (n < 0 || k < 0 || k > n) throw new IllegalArgumentException("need 0 <= k <= n: " + k + "/" + n);
    }

    public double probability() { return n == 0 ? Double.NaN : (double) k / n; }

    public BinomialIntervals.Interval interval() { return BinomialIntervals.wilson(k, n); }

    /** "3/10,000 = 0.03% [0.01%, 0.09%]"; "0/10,000: below 0.04% (95% upper bound)". */
    public String text() {
        return count() + (k == 0 || k == n ? ": " : " = ") + share();
    }

    /** "3/10,000". */
    public String count() { return String.format(Locale.ROOT, "%,d/%,d", k, n); }

    /** The share and its interval without the count: "0.03% [0.01%, 0.09%]", or "below 0.04% (95% upper bound)". */
    public String share() {
        if (n == 0) return "no runs";
        BinomialIntervals.Interval ci = interval();
        if (k == 0) return "below " + percent(ci.high(), decimals(ci.high())) + " (95% upper bound)";
        if (k == n) return "above " + percent(ci.low(), decimals(ci.low(), 1 - ci.low())) + " (95% lower bound)";
        int d = digits();
        return percent(probability(), d) + " [" + percent(ci.low(), d) + ", " + percent(ci.high(), d) + "]";
    }

    /** The interval alone, "[0.01%, 0.09%]", with the decimals of {@link #share()}. */
    public String intervalText() {
        BinomialIntervals.Interval ci = interval();
        int d = digits();
        return "[" + percent(ci.low(), d) + ", " + percent(ci.high(), d) + "]";
    }

    /** The share alone, "0.03%", with the decimals of {@link #share()}. */
    public String percentText() {
        return percent(probability(), digits());
    }

    /**
     * The decimals of the share and its interval: one significant digit for the smallest of the
     * share, the bounds, their distances to 100% and the interval's width, so neither a rare event
     * (0.03%), nor a near-certain one (99.97%), nor a narrow interval from many runs
     * (0.031% [0.028%, 0.035%], not [0.03%, 0.03%]) loses its digits.
     */
    private int digits() {
        BinomialIntervals.Interval ci = interval();
        double p = probability();
        return decimals(p, ci.low(), ci.high(), 1 - p, 1 - ci.low(), 1 - ci.high(), ci.high() - ci.low());
    }

    /**
     * Decimals of a percentage that show the smallest non-zero |value| (a share, not yet x100)
     * with one significant digit, and at least one decimal.
     */
    public static int decimals(double... shares) {
        double smallest = Double.POSITIVE_INFINITY;
        for (double s : shares) if (!Double.isNaN(s) && s != 0) smallest = Math.min(smallest, Math.abs(100 * s));
        if (smallest == Double.POSITIVE_INFINITY || smallest >= 0.1) return 1;
        // the first significant digit of x < 0.1 is at decimal position ceil(-log10 x) (0.04 -> 2)
        int d = (int) Math.ceil(-StrictMath.log10(smallest) - 1e-12);
        // rounding may carry into the previous decimal (0.0096 -> 0.01 at 2 decimals): still one digit
        return Math.max(1, Math.min(MAX_DECIMALS, d));
    }

    /** A share as a percentage with d decimals, rounded half-up on the decimal value: "0.03%". */
    public static String percent(double share, int decimals) {
        if (Double.isNaN(share)) return "–";
        return new BigDecimal(100 * share).setScale(decimals, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /**
     * Decimals for a difference of shares and its interval in percentage points: two significant
     * digits of the largest |value| (an interval end near zero would otherwise ask for many), at
     * least one decimal.
     */
    public static int pointDecimals(double... differences) {
        double largest = 0;
        for (double d : differences) if (!Double.isNaN(d)) largest = Math.max(largest, Math.abs(100 * d));
        if (largest == 0 || largest >= 1) return 1;
        return Math.max(1, Math.min(MAX_DECIMALS, (int) Math.ceil(-StrictMath.log10(largest) - 1e-12) + 1));
    }

    /**
     * Decimals (of percentage points) that show the width of the interval [low, high] with at
     * least one significant digit: a paired interval can be far narrower than the difference is
     * large (0.05 pp wide at +2.8 pp), and two digits of the difference would print both ends alike.
     */
    public static int widthDecimals(double low, double high) {
        double width = 100 * (high - low);
        if (!(width > 0)) return 1;
        return Math.max(1, Math.min(MAX_DECIMALS, (int) Math.ceil(-StrictMath.log10(width) - 1e-12)));
    }

    /** A signed difference of shares in percentage points, "+0.17 pp", with d decimals. */
    public static String points(double difference, int decimals) {
        if (Double.isNaN(difference)) return "–";
        String s = new BigDecimal(100 * difference).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        if (s.matches("-?0(\\.0+)?")) return s.replace("-", "") + " pp"; // no difference at this precision: no sign
        return (s.startsWith("-") ? s : "+" + s) + " pp";
    }
}
