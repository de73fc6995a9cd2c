package brink.report;

import brink.chart.FanData;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A results folder written by {@code brink run}, read back: manifest.json, runs.csv, daily.csv and
 * rungs.csv. runs.csv is only ever streamed ({@link #forEachRun}); the others are small.
 */
public final class RunResults {
    public static final String MANIFEST = "manifest.json";
    public static final String RUNS = "runs.csv";
    public static final String DAILY = "daily.csv";
    public static final String RUNGS = "rungs.csv";
    public static final String INCOMPLETE = "INCOMPLETE";
    public static final String FIRST_DAY = "first_day_";
    public static final String FINAL = "final_";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final JsonNode manifest;
    private final Map<String, Double> fixedParameters = new HashMap<>();

    private RunResults(Path dir, JsonNode manifest) {
        this.dir = dir;
        this.manifest = manifest;
        for (JsonNode p : manifest.path("parameters")) {
            JsonNode d = p.path("distribution");
            if ("fixed".equals(d.path("dist").asText()) && d.path("value").isNumber()) {
                fixedParameters.put(p.path("path").asText(), d.path("value").asDouble());
            }
        }
    }

    /** Opens a folder that has a manifest and the three tables (it may still be marked incomplete). */
    public static RunResults open(Path dir) throws ResultsException {
        if (!Files.isDirectory(dir)) throw new ResultsException(dir + ": no such results folder");
        Path m = dir.resolve(MANIFEST);
        if (!Files.isRegularFile(m)) {
            throw new ResultsException(dir + ": not a results folder (no " + MANIFEST + "; make one with 'brink run')");
        }
        JsonNode tree;
        try {
            tree = JSON.readTree(Files.readString(m));
        } catch (JsonProcessingException e) {
            throw new ResultsException(m + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ResultsException(m + ": cannot be read: " + e.getMessage());
        }
        if (tree == null || !tree.isObject()) throw new ResultsException(m + ": expected a JSON object");
        for (String f : List.of(RUNS, DAILY, RUNGS)) {
            if (!Files.isRegularFile(dir.resolve(f))) throw new ResultsException(dir + ": " + f + " is missing");
        }
        RunResults r = new RunResults(dir, tree);
        if (r.horizonDays() <= 0) throw new ResultsException(m + ": scenario.horizon_days is missing or not a positive number");
        if (r.runs() <= 0) throw new ResultsException(m + ": runs is missing or not a positive number");
        return r;
    }

    /** Opens a folder and refuses one that a run has not finished writing. */
    public static RunResults openComplete(Path dir) throws ResultsException {
        if (Files.exists(dir.resolve(INCOMPLETE))) {
            throw new ResultsException(dir + ": marked INCOMPLETE (the run was interrupted or is still going); run it again");
        }
        RunResults r = open(dir);
        String status = r.manifest.path("status").asText("");
        if (!"complete".equals(status)) {
            throw new ResultsException(dir.resolve(MANIFEST) + ": status is '" + status + "', not 'complete'");
        }
        return r;
    }

    public Path dir() { return dir; }
    public JsonNode manifest() { return manifest; }

    private JsonNode scenario() { return manifest.path("scenario"); }

    public String name() { return scenario().path("name").asText(""); }
    public String title() { return scenario().path("title").asText(name()); }
    public String description() { return scenario().path("description").asText(""); }
    public String scenarioFile() { return scenario().path("file").asText(""); }
    public int horizonDays() { return scenario().path("horizon_days").asInt(-1); }
    public String startDateText() { return scenario().path("start_date").asText(""); }
    public long runs() { return manifest.path("runs").asLong(-1); }
    public String seed() { return manifest.path("seed").asText(""); }
    public String text(String field) { return manifest.path(field).isMissingNode() || manifest.path(field).isNull() ? "" : manifest.path(field).asText(); }
    public double wallSeconds() { return manifest.path("wall_seconds").asDouble(Double.NaN); }

    /** The files the scenario was merged from, base first. */
    public List<String> chain() {
        List<String> c = new ArrayList<>();
        for (JsonNode n : scenario().path("chain")) c.add(n.asText());
        return c;
    }

    /** The start date, when the manifest gives a valid one. */
    public LocalDate startDate() {
        try {
            return LocalDate.parse(startDateText());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** "Title (name) · N = 1,000 runs · seed 42": the line every chart carries. */
    public String caption() {
        return (title().equals(name()) ? name() : title() + " (" + name() + ")") + " · N = " + String.format("%,d", runs()) + " runs · seed " + seed();
    }

    /** The day axis label, with the date of day 0. */
    public String dayAxisLabel() {
        return startDateText().isEmpty() ? "Day of the scenario (days)" : "Days since " + startDateText() + " (days)";
    }

    /** daily.csv as one fan per metric key, in file order. */
    public Map<String, FanData> daily() throws IOException {
        Map<String, List<double[]>> rows = new LinkedHashMap<>();
        try (CsvReader in = new CsvReader(dir.resolve(DAILY))) {
            int day = in.require("day"), metric = in.require("metric");
            int[] q = {in.require("p5"), in.require("p25"), in.require("p50"), in.require("p75"), in.require("p95")};
            for (String[] r = in.next(); r != null; r = in.next()) {
                double[] v = {in.number(r, day), in.number(r, q[0]), in.number(r, q[1]), in.number(r, q[2]), in.number(r, q[3]), in.number(r, q[4])};
                rows.computeIfAbsent(r[metric], k -> new ArrayList<>()).add(v);
            }
        }
        Map<String, FanData> fans = new LinkedHashMap<>();
        rows.forEach((k, list) -> {
            list.sort((a, b) -> Double.compare(a[0], b[0]));
            double[][] c = new double[6][list.size()];
            for (int i = 0; i < list.size(); i++) for (int j = 0; j < 6; j++) c[j][i] = list.get(i)[j];
            fans.put(k, new FanData(c[0], c[1], c[2], c[3], c[4], c[5]));
        });
        return fans;
    }

    /** One metric's fan; a metric missing from daily.csv is a malformed folder. */
    public FanData fan(Map<String, FanData> daily, String metric) throws ResultsException {
        FanData f = daily.get(metric);
        if (f == null) throw new ResultsException(dir.resolve(DAILY) + ": no rows for metric '" + metric + "'");
        return f;
    }

    public List<RungRow> rungs() throws IOException {
        List<RungRow> out = new ArrayList<>();
        try (CsvReader in = new CsvReader(dir.resolve(RUNGS))) {
            int level = in.require("level"), rung = in.require("rung"), title = in.require("title"), crossed = in.require("crossed"),
                    runs = in.require("runs"), p = in.require("probability"), lo = in.require("ci_low"), hi = in.require("ci_high"),
                    med = in.require("median_day");
            for (String[] r = in.next(); r != null; r = in.next()) {
                out.add(new RungRow((int) in.number(r, level), r[rung], r[title], (long) in.number(r, crossed),
                        (long) in.number(r, runs), in.number(r, p), in.number(r, lo), in.number(r, hi), in.number(r, med)));
            }
        }
        return out;
    }

    /** Receives one row of runs.csv at a time. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(RunRow row) throws IOException;
    }

    /** Streams runs.csv; the row object is reused, so read from it only inside the consumer. */
    public void forEachRun(RowConsumer consumer) throws IOException {
        try (CsvReader in = new CsvReader(dir.resolve(RUNS))) {
            String[] header = in.header();
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.length; i++) columns.put(header[i], i);
            CsvReader.Row line = in.row();
            RunRow row = new RunRow(Collections.unmodifiableMap(columns), fixedParameters, line);
            while (in.advance(line)) {
                try {
                    consumer.accept(row);
                } catch (java.io.UncheckedIOException e) {
                    throw e.getCause(); // a cell that is not a number, found when read
                }
            }
        }
    }
}
