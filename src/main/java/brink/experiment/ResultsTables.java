package brink.experiment;

import brink.model.Metric;
import brink.model.Rung;
import brink.results.DailyTable;
import brink.results.Numbers;
import brink.results.RungRow;
import brink.results.RungsTable;
import brink.scenario.Scenario;
import brink.stats.BinomialIntervals;

import java.util.ArrayList;
import java.util.List;

/** The summary tables of a results folder, from a finished Monte Carlo: daily.csv and rungs.csv. */
public final class ResultsTables {
    private ResultsTables() {}

    /** Per metric (in {@link Metric} order) and day 0..horizon: the mean and the five quantiles. */
    public static String daily(MonteCarloResult r) {
        Scenario s = r.scenario();
        StringBuilder sb = new StringBuilder(DailyTable.HEADER);
        for (Metric m : Metric.values()) {
            for (int d = 0; d <= r.days(); d++) {
                sb.append(d).append(',').append(s.dateOf(d)).append(',').append(m.key()).append(',');
                Numbers.append(sb, r.mean(m, d));
                for (double p : DailyTable.QUANTILES) {
                    sb.append(',');
                    Numbers.append(sb, r.quantile(m, d, p));
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    /** Every rung: runs that crossed it within the horizon, the Wilson 95% interval, the median crossing day. */
    public static List<RungRow> rungRows(MonteCarloResult r) {
        List<RungRow> rows = new ArrayList<>();
        for (Rung g : Rung.values()) {
            BinomialIntervals.Interval ci = r.interval(g);
            rows.add(new RungRow(g.level(), g.key(), g.title(), r.crossed(g), r.runs(), r.probability(g), ci.low(), ci.high(),
                    r.medianCrossingDay(g)));
        }
        return rows;
    }

    public static String rungs(MonteCarloResult r) {
        return RungsTable.render(rungRows(r));
    }
}
