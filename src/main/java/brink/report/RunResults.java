package brink.report;

import brink.chart.FanData;
import brink.results.CsvReader;
import brink.results.DailyTable;
import brink.results.Integrity;
import brink.results.ResultsException;
import brink.results.ResultsFolder;
import brink.results.RunManifest;
import brink.results.RungRow;
import brink.results.RungsTable;
import brink.results.RunsTable;
import com.fasterxml.jackson.databind.JsonNode;

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
 * A results folder written by {@code brink run}, read back through the results layer: its
 * {@link RunManifest} and the three tables. runs.csv is only ever streamed ({@link #forEachRun});
 * the others are small. {@link #openComplete} is how every reader opens a folder: complete, and
 * every file as the manifest recorded it.
 */
public final class RunResults {
    /** The files a run's folder must have and a reader checks. */
    public static final List<String> DATA_FILES = List.of(RunsTable.FILE, DailyTable.FILE, RungsTable.FILE);

    private final Path dir;
    private final RunManifest manifest;
    private final Map<String, Double> fixedParameters = new HashMap<>();

    private RunResults(Path dir, RunManifest manifest) {
        this.dir = dir;
        this.manifest = manifest;
        for (RunManifest.Parameter p : manifest.parameters()) {
            JsonNode d = p.distribution();
            if (d != null && "fixed".equals(d.path("dist").asText()) && d.path("value").isNumber()) {
                fixedParameters.put(p.path(), d.path("value").asDouble());
            }
        }
    }

    /**
     * Opens a folder whose data files are written, as a run does for its own report (the
     * folder may still be marked incomplete; its files were just recorded while written).
     */
    public static RunResults open(Path dir) throws ResultsException {
        if (!Files.isDirectory(dir)) throw new ResultsException(dir + ": no such results folder");
        RunManifest m = RunManifest.read(dir);
        for (String f : DATA_FILES) {
            if (!Files.isRegularFile(dir.resolve(f))) throw new ResultsException(dir + ": " + f + " is missing");
        }
        return new RunResults(dir, m);
    }

    /**
     * Opens a folder for reading by another command (compare, trace, a report written again):
     * not marked incomplete, its manifest complete, and every file it records matching its size,
     * rows and SHA-256; runs.csv holds one row per run.
     */
    public static RunResults openComplete(Path dir) throws ResultsException {
        if (!Files.isDirectory(dir)) throw new ResultsException(dir + ": no such results folder");
        if (ResultsFolder.isMarkedIncomplete(dir)) {
            throw new ResultsException(dir + ": marked INCOMPLETE (the run was interrupted or is still going); run it again");
        }
        RunResults r = open(dir);
        if (!r.manifest.isComplete()) {
            throw new ResultsException(dir.resolve(RunManifest.FILE) + ": status is '" + r.manifest.status() + "', not 'complete'");
        }
        Integrity.verify(dir, r.manifest.files(), DATA_FILES);
        long rows = r.manifest.files().get(RunsTable.FILE).rows() == null ? -1 : r.manifest.files().get(RunsTable.FILE).rows();
        if (rows != r.runs()) {
            throw new ResultsException(dir.resolve(RunManifest.FILE) + ": runs is " + r.runs() + " but " + RunsTable.FILE
                    + " has " + rows + " rows");
        }
        Long daily = r.manifest.files().get(DailyTable.FILE).rows();
        if (daily == null || daily != DailyTable.rows(r.horizonDays())) {
            throw new ResultsException(dir.resolve(DailyTable.FILE) + ": has " + daily + " rows, expected "
                    + DailyTable.rows(r.horizonDays()) + " (every metric on every day of the " + r.horizonDays() + "-day horizon)");
        }
        return r;
    }

    public Path dir() { return dir; }
    public RunManifest manifest() { return manifest; }

    private RunManifest.ScenarioInfo scenario() { return manifest.scenario(); }

    public String name() { return nz(scenario().name()); }
    public String title() { return scenario().title() == null ? name() : scenario().title(); }
    public String description() { return nz(scenario().description()); }
    public String scenarioFile() { return nz(scenario().file()); }
    public int horizonDays() { return scenario().horizonDays(); }
    public String startDateText() { return nz(scenario().startDate()); }
    public long runs() { return manifest.runs(); }
    public String seed() { return String.valueOf(manifest.seed()); }
    public double wallSeconds() { return manifest.wallSeconds(); }

    /** The files the scenario was merged from, base first. */
    public List<String> chain() { return scenario().chain() == null ? List.of() : scenario().chain(); }

    private static String nz(String s) { return s == null ? "" : s; }

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

    /** daily.csv as one fan per metric key, in file order; a day outside the horizon or a day twice is damage. */
    public Map<String, FanData> daily() throws IOException {
        Map<String, List<double[]>> rows = new LinkedHashMap<>();
        Path file = dir.resolve(DailyTable.FILE);
        try (CsvReader in = new CsvReader(file)) {
            int day = in.require(DailyTable.DAY), metric = in.require(DailyTable.METRIC);
            int[] q = new int[DailyTable.QUANTILE_COLUMNS.size()];
            for (int i = 0; i < q.length; i++) q[i] = in.require(DailyTable.QUANTILE_COLUMNS.get(i));
            for (String[] r = in.next(); r != null; r = in.next()) {
                double[] v = new double[1 + q.length];
                v[0] = in.number(r, day);
                for (int i = 0; i < q.length; i++) v[1 + i] = in.number(r, q[i]);
                if (!(v[0] >= 0 && v[0] <= horizonDays() && v[0] == Math.rint(v[0]))) {
                    throw new ResultsException(file + ": day " + v[0] + " is outside the horizon 0 to " + horizonDays());
                }
                rows.computeIfAbsent(r[metric], k -> new ArrayList<>()).add(v);
            }
        }
        Map<String, FanData> fans = new LinkedHashMap<>();
        for (Map.Entry<String, List<double[]>> e : rows.entrySet()) {
            List<double[]> list = e.getValue();
            list.sort((a, b) -> Double.compare(a[0], b[0]));
            for (int i = 1; i < list.size(); i++) {
                if (list.get(i)[0] == list.get(i - 1)[0]) {
                    throw new ResultsException(file + ": metric '" + e.getKey() + "' has day " + (long) list.get(i)[0] + " twice");
                }
            }
            double[][] c = new double[6][list.size()];
            for (int i = 0; i < list.size(); i++) for (int j = 0; j < 6; j++) c[j][i] = list.get(i)[j];
            fans.put(e.getKey(), new FanData(c[0], c[1], c[2], c[3], c[4], c[5]));
        }
        return fans;
    }

    /** One metric's fan; a metric missing from daily.csv is a malformed folder. */
    public FanData fan(Map<String, FanData> daily, String metric) throws ResultsException {
        FanData f = daily.get(metric);
        if (f == null) throw new ResultsException(dir.resolve(DailyTable.FILE) + ": no rows for metric '" + metric + "'");
        return f;
    }

    public List<RungRow> rungs() throws IOException {
        return RungsTable.read(dir.resolve(RungsTable.FILE), runs());
    }

    /** Receives one row of runs.csv at a time. */
    @FunctionalInterface
    public interface RowConsumer {
        void accept(RunRow row) throws IOException;
    }

    /** Streams runs.csv; the row object is reused, so read from it only inside the consumer. */
    public void forEachRun(RowConsumer consumer) throws IOException {
        try (CsvReader in = new CsvReader(dir.resolve(RunsTable.FILE))) {
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
