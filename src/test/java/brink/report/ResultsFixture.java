package brink.report;

import brink.experiment.Replication;
import brink.results.DailyTable;
import brink.results.ResultsFolder;
import brink.results.RunManifest;
import brink.results.RungRow;
import brink.results.RungsTable;
import brink.results.RunsTable;
import brink.stats.BinomialIntervals;
import brink.model.EscalationLadder;
import brink.model.Metric;
import brink.model.Rung;
import brink.model.RunRecord;
import brink.scenario.ParameterSpec;
import brink.scenario.Provenance;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Test-only stand-in for {@code brink run}: runs N replications of a scenario one after another
 * and writes a results folder in the agreed format (manifest.json, runs.csv, daily.csv,
 * rungs.csv), with exact quantiles since N is small.
 */
final class ResultsFixture {
    static final Path BASELINE = Path.of("scenarios/baseline.yaml").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ResultsFixture() {}

    static Path write(Path scenarioFile, Path dir, int runs, long seed, int days) throws Exception {
        return write(scenarioFile, dir, runs, seed, days, m -> {});
    }

    /** Writes the folder; {@code editManifest} may change the manifest (its files already recorded) before it is written. */
    static Path write(Path scenarioFile, Path dir, int runs, long seed, int days, Consumer<ObjectNode> editManifest)
            throws Exception {
        return write(scenarioFile, dir, runs, seed, days, 0, editManifest);
    }

    /**
     * As {@link #write(Path, Path, int, long, int, Consumer)}, with the replications numbered from
     * {@code first} (brink run always starts at 0: a folder made otherwise, which compare must not pair).
     */
    static Path write(Path scenarioFile, Path dir, int runs, long seed, int days, int first, Consumer<ObjectNode> editManifest)
            throws Exception {
        Scenario s = new ScenarioLoader().load(scenarioFile).withHorizon(days);
        Replication rep = new Replication(s);
        List<ParameterSpec> specs = new ArrayList<>(s.parameters().values());
        List<Integer> sampled = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) if (!specs.get(i).distribution().isFixed()) sampled.add(i);

        double[][][] series = new double[Metric.COUNT][days + 1][runs];
        int[][] firstDay = new int[Rung.COUNT][runs];
        List<String> sampledPaths = new ArrayList<>();
        for (int i : sampled) sampledPaths.add(specs.get(i).path());
        StringBuilder runsCsv = new StringBuilder(RunsTable.header(sampledPaths));
        long t0 = System.nanoTime();
        for (int run = 0; run < runs; run++) {
            RunRecord rec = rep.run(seed, 0, first + run);
            runsCsv.append(first + run);
            for (int i : sampled) runsCsv.append(',').append(num(rep.sampler().lastSample(i)));
            runsCsv.append(',').append(rec.maxRung());
            for (Rung r : Rung.values()) {
                int d = rec.firstCrossedDay(r);
                firstDay[r.ordinal()][run] = d;
                runsCsv.append(',').append(d == EscalationLadder.NEVER ? "" : String.valueOf(d));
            }
            for (int d : new int[]{rec.firstCeasefireDay(), rec.warEndDay()}) {
                runsCsv.append(',').append(d == EscalationLadder.NEVER ? "" : String.valueOf(d));
            }
            for (Metric m : Metric.values()) {
                runsCsv.append(',').append(num(rec.finalValue(m)));
                for (int d = 0; d <= days; d++) series[m.ordinal()][d][run] = rec.value(m, d);
            }
            runsCsv.append('\n');
        }
        double wall = (System.nanoTime() - t0) / 1e9;

        StringBuilder daily = new StringBuilder("day,date,metric,mean,p5,p25,p50,p75,p95\n");
        Percentile pct = new Percentile();
        for (int d = 0; d <= days; d++) {
            for (Metric m : Metric.values()) {
                double[] v = series[m.ordinal()][d];
                pct.setData(v);
                daily.append(d).append(',').append(s.dateOf(d)).append(',').append(m.key()).append(',')
                        .append(num(Arrays.stream(v).average().orElse(0)));
                for (double q : new double[]{5, 25, 50, 75, 95}) daily.append(',').append(num(pct.evaluate(q)));
                daily.append('\n');
            }
        }

        List<RungRow> rungRows = new ArrayList<>();
        for (Rung r : Rung.values()) {
            double[] crossedDays = Arrays.stream(firstDay[r.ordinal()]).filter(x -> x >= 0).asDoubleStream().toArray();
            int k = crossedDays.length;
            BinomialIntervals.Interval ci = BinomialIntervals.wilson(k, runs);
            double median = k == 0 ? Double.NaN : new Percentile().evaluate(crossedDays, 50);
            rungRows.add(new RungRow(r.level(), r.key(), r.title(), k, runs, (double) k / runs, ci.low(), ci.high(), median));
        }
        String rungs = RungsTable.render(rungRows);

        ObjectNode m = JSON.createObjectNode();
        m.put("brink_version", "test");
        m.put("java_version", System.getProperty("java.version"));
        m.put("status", "complete");
        m.put("command", "./brink run " + scenarioFile + " --runs " + runs + " --seed " + seed + " --days " + days
                + " --out " + dir);
        ObjectNode sc = m.putObject("scenario");
        sc.put("name", s.name());
        sc.put("title", s.title());
        sc.put("description", s.description());
        sc.put("file", s.file().toString());
        ArrayNode chain = sc.putArray("chain");
        s.chain().forEach(p -> chain.add(p.toString()));
        sc.put("start_date", s.startDate().toString());
        sc.put("horizon_days", days);
        sc.set("resolved", s.resolved());
        ArrayNode params = m.putArray("parameters");
        for (ParameterSpec p : specs) {
            ObjectNode o = params.addObject();
            o.put("path", p.path());
            o.set("distribution", JSON.valueToTree(p.distribution().toMap()));
            Provenance pv = p.provenance();
            ObjectNode prov = o.putObject("provenance");
            prov.put("source", pv.sourceFile());
            prov.put("quote", pv.quote());
            prov.put("assumption", pv.assumption());
            prov.put("set_in", pv.setIn());
            o.put("unit", p.def().unit());
            o.put("min", p.def().min());
            o.put("max", p.def().max());
        }
        m.put("seed", seed);
        m.put("runs", runs);
        m.put("threads", 1);
        m.put("started", "2026-01-01T00:00:00Z");
        m.put("finished", "2026-01-01T00:00:01Z");
        m.put("wall_seconds", wall);

        // through the folder lifecycle, as brink run writes, so the manifest records every file
        try (ResultsFolder folder = ResultsFolder.open(dir, ResultsFolder.Mode.NEW, "test fixture being written")) {
            folder.write(RunsTable.FILE, runsCsv);
            folder.write(DailyTable.FILE, daily);
            folder.write(RungsTable.FILE, rungs);
            m.set("files", JSON.valueToTree(folder.records()));
            editManifest.accept(m);
            folder.write(RunManifest.FILE, JSON.writeValueAsString(m));
            folder.complete();
        }
        return dir;
    }

    /** A what-if scenario file in {@code dir} extending the repository's baseline by absolute path. */
    static Path whatIf(Path dir, String name, String title, String extraYaml) throws IOException {
        Path f = dir.resolve(name + ".yaml");
        Files.writeString(f, "name: " + name + "\n"
                + "title: \"" + title.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n"
                + "extends: \"" + BASELINE.toString().replace("\\", "/") + "\"\n" + extraYaml);
        return f;
    }

    private static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.valueOf((long) v);
        return Double.toString(v);
    }
}
