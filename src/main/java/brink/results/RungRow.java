package brink.results;

/** One line of rungs.csv: how often a rung was crossed within the horizon, and when. */
public record RungRow(int level, String key, String title, long crossed, long runs, double probability,
                      double ciLow, double ciHigh, double medianDay) {
    /** The count as people read it (the interval recomputed from the count: the same Wilson interval). */
    public brink.stats.Odds odds() { return new brink.stats.Odds(crossed, runs); }
}
