package brink.report;

import brink.results.FileRecord;
import brink.results.ResultsFolder;
import brink.results.RunManifest;
import brink.results.RungRow;
import brink.results.StoryHeader;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report of one results folder: charts into {@code DIR/charts/} (PNG and SVG) and one
 * self-contained {@code DIR/report.html} a researcher can send to a colleague. {@code brink run}
 * calls it once the CSVs and a first manifest are written (the final one, with the wall time, comes
 * after the page); {@code brink report DIR} draws it again from a finished folder.
 */
public final class RunReport {
    public static final String CHARTS = "charts";
    public static final String REPORT = "report.html";
    static final String EVENTS = StoryHeader.FILE;

    /** How to read the charts; shared with the comparison page. */
    static final List<String> HOW_TO_READ = List.of(
            "Each run is one possible course of events over the horizon; parameters with a distribution were drawn anew for every run, so the spread across runs shows both chance and what the sources leave uncertain.",
            "Fan charts: the line is the median run on each day; the darker band holds the middle 50% of runs (25th to 75th percentile) and the lighter band the middle 90% (5th to 95th). A band is not the path of one run.",
            "Crossing chart: the height of a line on day t is the share of runs in which that rung had been crossed at least once by day t; its right end is the rung's probability over the horizon, as in the rung table.",
            "Histograms show how the final outcomes are spread across runs, as a share of all runs.",
            "Probabilities come with 95% intervals (binomial): with few runs the intervals are wide. These are model outputs under the stated assumptions, not forecasts.");

    private RunReport() {}

    /**
     * When the page is drawn, which says what the manifest's finish and wall time are then:
     * during {@code brink run} they are those of the data files (the run's manifest is written
     * again, with its final times, after this page); from a finished folder they are final.
     */
    enum Drawn { DURING_RUN, AGAIN }

    /** Writes charts/* and report.html into a run's folder being written, from its CSVs and manifest. */
    public static void write(ResultsFolder folder) throws IOException {
        write(RunResults.open(folder.dir()), folder, Drawn.DURING_RUN);
    }

    /**
     * Writes the charts and report.html of a finished folder again (e.g. after a Brink update):
     * the folder is checked first (complete, every file as recorded), nothing is written if it is
     * not; then it is taken like any folder being written (marker, lock) and its manifest records
     * the new files.
     */
    public static void regenerate(Path dir, String command) throws IOException {
        RunResults f = RunResults.openComplete(dir);
        try (ResultsFolder folder = ResultsFolder.open(dir, ResultsFolder.Mode.RESUME, "This results folder is incomplete: "
                + "its report is being written again by:\n\n    " + command + "\n\nRun that command again to finish it.\n")) {
            write(f, folder, Drawn.AGAIN);
            Map<String, FileRecord> files = new LinkedHashMap<>(f.manifest().files());
            files.putAll(folder.records());
            RunManifest m = f.manifest();
            folder.write(RunManifest.FILE, m.completed(m.finished(), m.wallSeconds(), files).toJson());
            folder.complete();
        }
    }

    /** Draws everything from {@code f} first, then writes it into {@code folder}. */
    private static void write(RunResults f, ResultsFolder folder, Drawn drawn) throws IOException {
        List<ChartRef> charts = RunCharts.draw(f);
        String page = page(f, charts, f.rungs(), drawn);
        ChartRef.writeAll(folder, charts);
        folder.write(REPORT, page);
    }

    private static String page(RunResults f, List<ChartRef> charts, List<RungRow> rungs, Drawn drawn) throws IOException {
        HtmlPage page = new HtmlPage("Brink report: " + f.title());
        page.h1(f.title());
        page.lead("Scenario " + f.name() + " · " + String.format("%,d", f.runs()) + " runs · seed " + f.seed()
                + " · " + f.horizonDays() + " days from " + f.startDateText());
        if (!f.description().isBlank()) page.p(f.description());

        ScenarioChanges.write(page, f);
        page.h2("Experiment");
        page.facts(facts(f, drawn));
        page.h2("Reproduce");
        page.p("Run this command in the Brink folder to get the same files, bit for bit (manifest.json holds it "
                + "with full paths, to run from any folder):");
        page.pre(inBrinkFolder(f.manifest().command()));

        List<StoryHeader.Story> stories = StoryHeader.read(f.dir().resolve(EVENTS));
        page.h2("Escalation rungs");
        page.p("Probability that each rung was crossed at least once within the horizon: the runs that crossed it of all runs, "
                + "the share and its 95% Wilson interval (when no run crossed it, the probability is below the upper bound), "
                + "and the median day of first crossing among the runs that crossed it. The highest rungs reached link to the "
                + "story of a run that reached them (below, and in events.log).");
        rungTable(page, f, rungs, stories);

        page.h2("Key outcomes");
        page.p("Each outcome across runs: the median run and the range holding the middle 90% of runs (5th to 95th percentile).");
        outcomeTable(page, OutcomeValues.read(f).values());

        if (!stories.isEmpty()) {
            page.h2("Sample stories");
            page.p("Runs chosen for interest: for each of the highest rungs reached, the first run whose highest rung it was, "
                    + "and a typical run. Each is told again, day by day with the sources behind it, by the command under it.");
            for (StoryHeader.Story st : stories) {
                StoryHeader h = st.header();
                String title = "Run " + h.replication() + (h.isTypical() ? ": a typical run" : ": reached rung " + h.rung() + " " + h.rungKey());
                page.anchored(storyAnchor(h), title, h.why(brink.scenario.ScenarioLoader.label(f.dir())), st.lines());
            }
        }

        page.h2("How to read these charts");
        page.note(HOW_TO_READ);
        page.h2("Charts");
        for (ChartRef c : charts) page.figure(c.png(), c.title(), c.title() + ". " + c.caption());

        page.h2("Parameters and their sources");
        page.p("Every parameter of the scenario as resolved, with its value or distribution (drawn once per run) "
                + "and the source article and quote it comes from, or the modelling assumption behind it.");
        parameterTable(page, f.manifest().parameters());
        page.footer("Brink " + f.manifest().brinkVersion() + " · Java " + f.manifest().javaVersion()
                + " · results folder " + f.dir().getFileName());
        return page.render();
    }

    static List<String[]> facts(RunResults f, Drawn drawn) {
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[]{"Scenario", f.title() + " (" + f.name() + ")"});
        facts.add(new String[]{"Scenario file", f.scenarioFile()});
        List<String> chain = f.chain();
        facts.add(new String[]{"Extends chain (base first)", chain.isEmpty() ? "–" : String.join(" → ", chain)});
        facts.add(new String[]{"Runs (N)", String.format("%,d", f.runs())});
        facts.add(new String[]{"Seed", f.seed()});
        LocalDate start = f.startDate();
        facts.add(new String[]{"Horizon", f.horizonDays() + " days"
                + (start == null ? "" : ", " + start + " to " + start.plusDays(f.horizonDays()))});
        facts.add(new String[]{"Start date (day 0)", f.startDateText()});
        facts.add(new String[]{"Threads", String.valueOf(f.manifest().threads())});
        facts.add(new String[]{"Started", f.manifest().started()});
        facts.addAll(times(f.manifest(), drawn));
        facts.add(new String[]{"Brink version", f.manifest().brinkVersion()});
        facts.add(new String[]{"Java version", f.manifest().javaVersion()});
        return facts;
    }

    /**
     * The finish and wall time, saying which they are: a page drawn during the run cannot know the
     * run's end (its charts and this page come before it), so it gives the time to the data files
     * and leaves the final times to manifest.json rather than show numbers that disagree with it.
     */
    static List<String[]> times(RunManifest m, Drawn drawn) {
        String wall = ReadableNumbers.duration(m.wallSeconds());
        if (drawn == Drawn.AGAIN) {
            return List.of(new String[]{"Finished", m.finished()},
                    new String[]{"Wall time", wall + " (the whole run, its charts and first report included)"});
        }
        return List.of(new String[]{"Data files written", m.finished() + " (" + wall + " after the start)"},
                new String[]{"Finished", "after this page was drawn (the charts and this page come after the data files): "
                        + "manifest.json records the run's final finish and wall time"});
    }

    static String storyAnchor(StoryHeader h) { return "story-run-" + h.replication(); }

    private static void rungTable(HtmlPage page, RunResults f, List<RungRow> rungs, List<StoryHeader.Story> stories) {
        LocalDate start = f.startDate();
        List<List<String>> rows = new ArrayList<>();
        String[][] anchors = new String[rungs.size()][];
        for (RungRow r : rungs) {
            StoryHeader story = stories.stream().map(StoryHeader.Story::header).filter(h -> h.rung() == r.level()).findFirst().orElse(null);
            if (story != null) {
                anchors[rows.size()] = new String[8];
                anchors[rows.size()][7] = storyAnchor(story);
            }
            String median = Double.isNaN(r.medianDay()) ? "–" : ReadableNumbers.plain(r.medianDay())
                    + (start == null ? "" : " (" + start.plusDays((long) Math.floor(r.medianDay())) + ")");
            rows.add(List.of(String.valueOf(r.level()), r.key(), r.title(),
                    r.odds().count(), r.crossed() == 0 ? "0%" : r.odds().percentText(),
                    r.crossed() == 0 ? r.odds().share() : r.odds().intervalText(), median,
                    story == null ? "" : "run " + story.replication()));
        }
        page.table("rungs", List.of("Level", "Rung", "What it means", "Runs crossed", "Probability", "95% interval",
                "Median day of first crossing", "Story"), rows, new boolean[]{true, false, false, true, true, true, true, false}, null, anchors);
    }

    private static void outcomeTable(HtmlPage page, Map<Outcome, double[]> values) {
        List<List<String>> rows = new ArrayList<>();
        Percentile q = new Percentile();
        for (Outcome o : Outcome.values()) {
            double[] v = values.get(o);
            q.setData(v);
            boolean any = v.length > 0;
            rows.add(List.of(o.axisLabel(), String.format("%,d", v.length), any ? ReadableNumbers.plain(q.evaluate(50)) : "–",
                    any ? ReadableNumbers.plain(q.evaluate(5)) + " to " + ReadableNumbers.plain(q.evaluate(95)) : "–"));
        }
        page.table("outcomes", List.of("Outcome", "Runs with a value", "Median", "90% of runs (p5 to p95)"), rows,
                new boolean[]{false, true, true, true}, null);
    }

    private static void parameterTable(HtmlPage page, List<RunManifest.Parameter> parameters) {
        List<List<String>> rows = new ArrayList<>();
        for (RunManifest.Parameter p : parameters) {
            rows.add(List.of(p.path(), describe(p.distribution()), p.unit() == null ? "" : p.unit(), source(p.provenance())));
        }
        page.table("parameters", List.of("Parameter", "Value or distribution", "Unit", "Source or assumption"),
                rows, null, null);
    }

    /** {"dist":"uniform","min":1,"max":2} as "uniform(min 1, max 2)"; a fixed value as the number. */
    static String describe(JsonNode d) {
        String dist = d.path("dist").asText("");
        if ("fixed".equals(dist)) return value(d.path("value"));
        StringBuilder b = new StringBuilder(dist).append('(');
        boolean first = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = d.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().equals("dist") || e.getValue().isNull()) continue;
            if (!first) b.append(", ");
            b.append(e.getKey()).append(' ').append(value(e.getValue()));
            first = false;
        }
        return b.append(')').toString();
    }

    private static String value(JsonNode v) {
        if (v.isNumber()) return ReadableNumbers.plain(v.asDouble());
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(value(x)));
            return "[" + String.join(", ", parts) + "]";
        }
        return v.asText();
    }

    static String source(RunManifest.Provenance p) {
        if (p == null) return "–";
        String src = nz(p.source()), quote = nz(p.quote()), assumption = nz(p.assumption()), setIn = nz(p.setIn());
        if (!src.isEmpty()) return src + (quote.isEmpty() ? "" : ": “" + quote + "”");
        if (!assumption.isEmpty()) return "Assumption: " + assumption;
        if (!setIn.isEmpty()) return "Set in " + setIn + " (no source given)";
        return "–";
    }

    private static String nz(String s) { return s == null ? "" : s; }

    /**
     * A command as typed in the Brink folder: the launcher {@code /path/to/brink} becomes
     * {@code ./brink} and paths inside that folder become relative, so a page sent to a colleague
     * holds no home directory.
     */
    static String inBrinkFolder(String command) {
        if (command == null) return "";
        int space = command.indexOf(' ');
        String launcher = space < 0 ? command : command.substring(0, space);
        if (!launcher.endsWith("/brink")) return command;
        String home = launcher.substring(0, launcher.length() - "brink".length());
        return "./brink" + (space < 0 ? "" : command.substring(space).replace(" " + home, " "));
    }
}
