package brink.experiment;

import brink.stats.BinomialIntervals;
import brink.model.Metric;
import brink.model.Rung;
import brink.scenario.Scenario;

/** The summary tables of a results folder: daily.csv and rungs.csv. */
public final class ResultsTables {
    private ResultsTables() {}

    public static final String DAILY_HEADER = "day,date,metric,mean,p5,p25,p50,p75,p95\n";
    public static final String RUNGS_HEADER = "level,rung,title,crossed,runs,probability,ci_low,ci_high,median_day,odds\n";

    /** Per metric (in {@link Metric} order) and day 0..horizon: the mean and the five quantiles. */
    public static String daily(MonteCarloResult r) {
        Scenario s = r.scenario();
        StringBuilder sb = new StringBuilder(DAILY_HEADER);
        for (Metric m : Metric.values()) {
            for (int d = 0; d <= r.days(); d++) {
                sb.append(d).append(',').append(s.dateOf(d)).append(',').append(m.key()).append(',');
                Numbers.append(sb, r.mean(m, d));
                for (double p : MonteCarloResult.QUANTILES) {
                    sb.append(',');
                    Numbers.append(sb, r.quantile(m, d, p));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /**
     * Every rung: runs that crossed it within the horizon, the Wilson 95% interval, the median
     * crossing day, and all of it as one readable text (see {@link brink.stats.Odds}).
     */
    public static String rungs(MonteCarloResult r) {
        StringBuilder sb = new StringBuilder(RUNGS_HEADER);
        for (Rung g : Rung.values()) {
            BinomialIntervals.Interval ci = r.interval(g);
            sb.append(g.level()).append(',').append(g.key()).append(',').append(csv(g.title())).append(',')
                    .append(r.crossed(g)).append(',').append(r.runs()).append(',');
            Numbers.append(sb, r.probability(g));
            sb.append(',');
            Numbers.append(sb, ci.low());
            sb.append(',');
            Numbers.append(sb, ci.high());
            sb.append(',');
            Numbers.append(sb, r.medianCrossingDay(g)); // empty when no run crossed
            // the same as text a person reads, quoted: "3/10,000 = 0.03% [0.01%, 0.09%]"
            sb.append(',').append(csv(r.odds(g).text())).append('\n');
        }
        return sb.toString();
    }

    /** Quotes a CSV field when it needs it (RFC 4180). */
    static String csv(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
