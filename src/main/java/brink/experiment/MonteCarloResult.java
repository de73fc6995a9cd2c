package brink.experiment;

import brink.stats.BinomialIntervals;
import brink.stats.Odds;
import brink.model.Metric;
import brink.results.DailyTable;
import brink.model.Rung;
import brink.scenario.Scenario;

/** The statistics of a finished Monte Carlo: per-day means and quantiles, per-rung probabilities. */
public final class MonteCarloResult {
    /** The quantiles daily.csv reports. */
    public static final double[] QUANTILES = DailyTable.QUANTILES;

    private final Scenario scenario;
    private final long seed;
    private final int runs;
    private final int threads;
    private final RunStatistics statistics;
    private final MonteCarloAverages averages;

    MonteCarloResult(Scenario scenario, long seed, int runs, int threads, RunStatistics statistics,
                     MonteCarloAverages averages) {
        this.scenario = scenario;
        this.seed = seed;
        this.runs = runs;
        this.threads = threads;
        this.statistics = statistics;
        this.averages = averages;
    }

    public Scenario scenario() { return scenario; }
    public long seed() { return seed; }
    public int runs() { return runs; }
    public int threads() { return threads; }
    public int days() { return scenario.horizonDays(); }
    public RunStatistics statistics() { return statistics; }

    public double mean(Metric m, int day) { return averages.mean(m, day); }

    /** Streaming estimate; see {@link brink.stats.StreamingQuantiles} for its error bound. */
    public double quantile(Metric m, int day, double p) { return statistics.quantiles(m).quantile(day, p); }

    public long crossed(Rung r) { return statistics.crossed(r); }
    public double probability(Rung r) { return crossed(r) / (double) runs; }
    public BinomialIntervals.Interval interval(Rung r) { return BinomialIntervals.wilson(crossed(r), runs); }
    /** The rung's count, share and interval as people read them. */
    public Odds odds(Rung r) { return new Odds(crossed(r), runs); }
    public double medianCrossingDay(Rung r) { return statistics.medianCrossingDay(r); }
}
