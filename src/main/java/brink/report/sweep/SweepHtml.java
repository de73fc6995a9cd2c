package brink.report.sweep;

import brink.results.sweep.NoiseShare;
import brink.results.sweep.SensitivityTable;
import brink.results.sweep.SweepResult;
import brink.scenario.sweep.Factor;
import brink.scenario.sweep.Outcome;
import brink.scenario.sweep.SweepSpec;
import brink.report.Html;

/** The sweep's report.html: self-contained, every string from files escaped. */
final class SweepHtml {
    private final SweepSpec spec;
    private final int points;
    private final SweepResult result;
    private final String version;
    private final StringBuilder figures = new StringBuilder();
    private final StringBuilder summary = new StringBuilder();

    SweepHtml(SweepSpec spec, int points, SweepResult result, String version) {
        this.spec = spec;
        this.points = points;
        this.result = result;
        this.version = version;
    }

    void figure(String name, String caption, String pngBase64) {
        figure(figures, name, caption, pngBase64);
    }

    /** A tornado chart: shown first, before the detail. */
    void summary(String name, String caption, String pngBase64) {
        figure(summary, name, caption, pngBase64);
    }

    private static void figure(StringBuilder into, String name, String caption, String pngBase64) {
        into.append("<figure><img alt=\"").append(esc(caption)).append("\" src=\"data:image/png;base64,")
                .append(pngBase64).append("\"><figcaption>").append(esc(caption))
                .append(" (<a href=\"charts/").append(esc(name)).append(".svg\">SVG</a>, <a href=\"charts/")
                .append(esc(name)).append(".png\">PNG</a>)</figcaption></figure>\n");
    }

    String render() {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(spec.title())).append(" - Brink sweep</title>\n<style>")
                .append("body{font-family:sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;color:#222}")
                .append("table{border-collapse:collapse;margin:1em 0;font-size:90%}td,th{border:1px solid #ccc;padding:3px 8px;text-align:left}")
                .append("th{background:#f2f2f2}td.n{text-align:right;font-variant-numeric:tabular-nums}")
                .append("figure{margin:1.5em 0}img{max-width:100%;border:1px solid #ddd}figcaption{font-size:90%;color:#555}")
                .append(".warn{background:#fff3cd;padding:.5em 1em;border:1px solid #e0c36a}</style></head><body>\n");
        h.append("<h1>").append(esc(spec.title())).append("</h1>\n");
        if (!spec.description().isBlank()) h.append("<p>").append(esc(spec.description())).append("</p>\n");
        h.append("<table>");
        row(h, "sweep file", spec.fileLabel());
        row(h, "base scenario", spec.base().name() + " (" + SweepReport.label(spec.base().file()) + "), horizon "
                + spec.base().horizonDays() + " days");
        row(h, "design", designText());
        row(h, "points x replications", fmt(points) + " x " + fmt(spec.replications()) + " = "
                + fmt((double) points * spec.replications()) + " runs");
        row(h, "seed", String.valueOf(spec.seed()));
        row(h, "replication seeds", spec.commonRandomNumbers()
                ? "common random numbers: points of a group share seeds (grid and LHS: all points; Sobol: a base row; Morris: a trajectory)"
                : "independent: replication r of point i is seeded from (seed, i, r)");
        row(h, "finished points", result.points().size() + " (" + result.reused() + " kept from an interrupted run)");
        row(h, "failed points", String.valueOf(result.failures().size()));
        row(h, "brink version", version);
        h.append("</table>\n");
        h.append("<h2>What drives each outcome</h2>\n<p>").append(esc(sensitivityText()))
                .append(" Each chart ranks the factors by the size of their index; the detail follows below.</p>\n").append(summary);
        if (!result.failures().isEmpty()) {
            h.append("<p class=\"warn\">").append(result.failures().size())
                    .append(" point(s) failed inside the model and are left out of the estimates and indices; see failures.csv. ")
                    .append("First error: ").append(esc(result.failures().get(0).error())).append("</p>\n");
        }

        h.append("<h2>Factors</h2>\n<table><tr><th>parameter</th><th>unit</th><th>swept over</th><th>base scenario</th><th>meaning</th></tr>\n");
        for (Factor f : spec.factors()) {
            String over = f.hasLevels() ? "levels " + java.util.Arrays.toString(f.levels()) : fmt(f.min()) + " to " + fmt(f.max());
            h.append("<tr><td>").append(esc(f.path())).append("</td><td>").append(esc(f.def().unit())).append("</td><td>")
                    .append(esc(over)).append("</td><td>").append(esc(spec.base().parameter(f.key()).distribution().describe()))
                    .append("</td><td>").append(esc(f.def().description())).append("</td></tr>\n");
        }
        h.append("</table>\n<p>At each point a factor's value replaces the base scenario's distribution for that parameter; "
                + "every other parameter keeps its distribution and is sampled per replication.</p>\n");

        h.append("<h2>Outcomes</h2>\n<ul>\n");
        for (Outcome o : spec.outcomes()) {
            h.append("<li><code>").append(esc(o.id())).append("</code>: ").append(esc(o.title())).append(" - ")
                    .append(esc(intervalText(o))).append("</li>\n");
        }
        h.append("</ul>\n");

        noise(h);

        h.append("<h2>Charts</h2>\n").append(figures);

        h.append("<h2>Sensitivity</h2>\n<p>").append(esc(sensitivityText())).append("</p>\n");
        h.append("<table><tr><th>outcome</th><th>factor</th><th>measure</th><th>estimate</th><th>95% interval</th></tr>\n");
        for (SensitivityTable.Row r : result.sensitivity()) {
            h.append("<tr><td>").append(esc(r.outcome())).append("</td><td>").append(esc(r.factor())).append("</td><td>")
                    .append(esc(r.measure())).append("</td><td class=\"n\">").append(fmt(r.estimate())).append("</td><td class=\"n\">")
                    .append(Double.isNaN(r.low()) ? "" : fmt(r.low()) + " to " + fmt(r.high())).append("</td></tr>\n");
        }
        h.append("</table>\n");

        h.append("<h2>Files</h2>\n<ul><li><code>points.csv</code>: one row per point (index, factor values, then per outcome "
                + "the estimate and its 95% interval), sorted by point index</li>"
                + "<li><code>sensitivity.csv</code>: the indices above</li><li><code>sweep.json</code>: the sweep as run, "
                + "with the base scenario resolved</li><li><code>failures.csv</code>: points that failed, with the error</li>"
                + "<li><code>charts/</code>: every chart as PNG and SVG</li></ul>\n");
        h.append("<p>Replication r of point i is seeded from (sweep seed, i, r), so any point can be recomputed alone "
                + "with the same numbers.</p>\n</body></html>\n");
        return h.toString();
    }

    /**
     * How much of the spread of each outcome across points could be Monte Carlo noise: the typical
     * per-point standard error (95% interval width / 3.92) against the standard deviation of the
     * estimates across points.
     */
    private void noise(StringBuilder h) {
        h.append("<h2>Monte Carlo noise</h2>\n<p>Each point's estimate comes from ").append(spec.replications())
                .append(" replications. If the typical standard error of a point is not small next to the spread of the ")
                .append("estimates across points, part of that spread is noise, and indices and contours are uncertain")
                .append(spec.commonRandomNumbers() ? " (with common random numbers, the noise of points that share seeds is correlated, and differences between them are more precise than this suggests)" : "")
                .append(".</p>\n<table><tr><th>outcome</th><th>sd of estimates across points</th>")
                .append("<th>typical per-point standard error</th><th>noise share of variance</th></tr>\n");
        for (NoiseShare ns : NoiseShare.of(spec.outcomeIds(), result.points().values())) {
            double share = ns.share();
            h.append("<tr><td>").append(esc(ns.outcome())).append("</td><td class=\"n\">").append(fmt(ns.sd()))
                    .append("</td><td class=\"n\">").append(fmt(ns.standardError())).append("</td><td class=\"n\">")
                    .append(Double.isNaN(share) ? "n/a" : String.format(java.util.Locale.ROOT, "%.0f%%", 100 * share)).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private String designText() {
        return switch (spec.design()) {
            case GRID -> "full factorial grid" + (spec.options().pointsPerFactor() > 0
                    ? ", " + spec.options().pointsPerFactor() + " values per ranged factor" : "");
            case LHS -> "Latin hypercube, " + spec.options().points() + " points";
            case SOBOL -> "Sobol sequence, Saltelli scheme: N = " + spec.options().baseSamples() + " base samples x ("
                    + spec.factorCount() + " factors + 2)";
            case MORRIS -> "Morris: " + spec.options().trajectories() + " trajectories, " + spec.options().levels()
                    + " levels, step " + fmt(spec.options().morrisDelta());
        };
    }

    private static String intervalText(Outcome o) {
        return switch (o.kind()) {
            case PROBABILITY -> "share of replications, Wilson 95% interval";
            case MEDIAN -> "median (Commons Math Percentile), distribution-free order-statistic 95% interval";
            case MEDIAN_DAY -> "median day, runs that never cross counting as horizon + 1; order-statistic 95% interval";
            case MEAN -> "mean, Student t 95% interval";
        };
    }

    private String sensitivityText() {
        return switch (spec.design()) {
            case SOBOL -> "First-order S1 (Saltelli et al. 2010) and total-order ST (Jansen 1999) indices, with 95% "
                    + "bootstrap percentile intervals (" + SensitivityTable.BOOTSTRAP_RESAMPLES
                    + " resamples of the base rows). Each point's outcome is itself a Monte Carlo estimate, so its noise "
                    + "adds to the variance that the indices share out.";
            case MORRIS -> "Morris (1991) elementary effects in units of each factor's range: mu* ranks importance, "
                    + "sigma shows non-linearity or interactions, mu's sign the direction.";
            case GRID, LHS -> "Partial rank correlation coefficients (PRCC) of each factor with each outcome, "
                    + "with Fisher-z 95% intervals: the monotone effect of a factor with the others held out.";
        };
    }

    private static void row(StringBuilder h, String k, String v) {
        h.append("<tr><th>").append(esc(k)).append("</th><td>").append(esc(v)).append("</td></tr>");
    }

    static String fmt(double v) { return Double.isNaN(v) ? "n/a" : SweepCharts.fmt(v); }

    static String esc(String s) { return Html.escape(s); }
}
