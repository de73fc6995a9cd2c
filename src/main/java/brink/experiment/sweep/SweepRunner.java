package brink.experiment.sweep;

import brink.experiment.AtomicFile;

import brink.scenario.ScenarioException;
import brink.scenario.ScenarioLoader;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs a sweep into an output folder, resumably. Rows are appended to points.csv as points
 * finish (one write call and a flush per row, so a kill leaves at most one torn last line);
 * failing points go to failures.csv and the sweep carries on. At the end points.csv is rewritten
 * sorted by point index (temp file + rename), so the final file is the same whatever the thread
 * count and whether the sweep was interrupted and resumed. An INCOMPLETE marker stands while
 * the sweep runs; the caller removes it with {@link #markComplete} once reports are written.
 */
public final class SweepRunner {
    public static final String FAILURES = "failures.csv";
    public static final String INCOMPLETE = "INCOMPLETE";
    /** Files and folders a sweep writes; --force deletes these and nothing else. */
    public static final List<String> OUTPUTS = List.of(PointsCsv.FILE, FAILURES, SensitivityAnalysis.FILE,
            SweepManifest.FILE, INCOMPLETE, "report.html", "charts");

    private final SweepSpec spec;
    private final DesignPlan plan;
    private final PointsCsv csv;
    private final String brinkVersion;

    /** What a finished run left. */
    public record Result(Map<Integer, PointResult> points, List<PointResult> failures, int reused,
                         List<SensitivityAnalysis.Row> sensitivity) {
        public int computed() { return points.size() + failures.size() - reused; }
    }

    public SweepRunner(SweepSpec spec, DesignPlan plan, String brinkVersion) {
        this.spec = spec;
        this.plan = plan;
        this.csv = new PointsCsv(spec, plan);
        this.brinkVersion = brinkVersion;
    }

    /**
     * Checks the output folder before anything is written: without resume an existing non-empty
     * folder is refused unless forced; with resume a folder from a different sweep is refused.
     */
    public void checkOutput(Path dir, boolean resume, boolean force) throws ScenarioException {
        String label = ScenarioLoader.label(dir);
        if (!Files.exists(dir)) return;
        if (!Files.isDirectory(dir)) throw new ScenarioException(label, null, null, "is not a folder (--out must name a folder)");
        if (resume) {
            Path manifest = dir.resolve(SweepManifest.FILE);
            if (Files.exists(manifest)) {
                String old = SweepManifest.readFingerprint(manifest);
                if (!fingerprint().equals(old)) {
                    throw new ScenarioException(label, SweepManifest.FILE, null, "was written by a different sweep "
                            + "(design, factors, seed, replications, outcomes or base scenario changed); "
                            + "resume it with the same sweep file, or use --force to start over");
                }
            } else if (!isEmpty(dir) && !force) {
                throw new ScenarioException(label, null, null, "has no " + SweepManifest.FILE + " to resume from and is not empty; use --force to start over in it");
            }
        } else if (!force && !isEmpty(dir)) {
            throw new ScenarioException(label, null, null, "exists and is not empty; use --resume to continue the sweep in it, or --force to overwrite it");
        }
    }

    private String fingerprint() { return SweepManifest.fingerprint(spec, plan.size()); }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        } catch (IOException e) {
            return false;
        }
    }

    /** Runs every point not already in points.csv (with resume) and writes the sweep's CSVs and manifest. */
    public Result run(Path dir, boolean resume, PointExecutor executor, SweepProgress progress)
            throws IOException, InterruptedException {
        Files.createDirectories(dir);
        TreeMap<Integer, PointResult> done = new TreeMap<>();
        if (resume && SweepManifest.readFingerprint(dir.resolve(SweepManifest.FILE)) != null) {
            done.putAll(csv.readComplete(dir.resolve(PointsCsv.FILE)));
        } else {
            deleteOutputs(dir);
        }
        int reused = done.size();
        Files.write(dir.resolve(INCOMPLETE), ("sweep " + spec.name() + " is running or was interrupted; "
                + "run it again with --resume to finish it\n").getBytes(StandardCharsets.UTF_8));
        AtomicFile.writeString(dir.resolve(SweepManifest.FILE), SweepManifest.render(spec, plan.size(), brinkVersion));
        AtomicFile.writeString(dir.resolve(PointsCsv.FILE), csv.render(done));
        AtomicFile.writeString(dir.resolve(FAILURES), failuresHeader());

        List<SweepPoint> todo = new ArrayList<>();
        for (SweepPoint p : plan.points()) if (!done.containsKey(p.index())) todo.add(p);
        List<PointResult> failures = new ArrayList<>();
        progress.start(plan.size(), reused);
        try (OutputStream points = new FileOutputStream(dir.resolve(PointsCsv.FILE).toFile(), true);
             OutputStream failed = new FileOutputStream(dir.resolve(FAILURES).toFile(), true)) {
            executor.execute(todo, r -> {
                try {
                    if (r.failed()) {
                        failures.add(r);
                        failed.write(failureRow(r).getBytes(StandardCharsets.UTF_8));
                        failed.flush();
                    } else {
                        done.put(r.index(), r);
                        points.write(csv.row(r).getBytes(StandardCharsets.UTF_8));
                        points.flush();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                progress.advance(done.size() + failures.size());
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            progress.finish();
        }
        failures.sort((a, b) -> Integer.compare(a.index(), b.index()));
        AtomicFile.writeString(dir.resolve(PointsCsv.FILE), csv.render(done));
        StringBuilder f = new StringBuilder(failuresHeader());
        for (PointResult r : failures) f.append(failureRow(r));
        AtomicFile.writeString(dir.resolve(FAILURES), f.toString());
        List<SensitivityAnalysis.Row> sensitivity = SensitivityAnalysis.compute(spec, plan, done);
        AtomicFile.writeString(dir.resolve(SensitivityAnalysis.FILE), SensitivityAnalysis.render(sensitivity));
        return new Result(done, failures, reused, sensitivity);
    }

    /** Removes the INCOMPLETE marker: the sweep and its reports are finished. */
    public static void markComplete(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(INCOMPLETE));
    }

    private String failuresHeader() {
        StringBuilder sb = new StringBuilder("point");
        for (Factor fa : spec.factors()) sb.append(',').append(fa.path());
        return sb.append(",error\n").toString();
    }

    private static String failureRow(PointResult r) {
        StringBuilder sb = new StringBuilder().append(r.index());
        for (double v : r.point().values()) sb.append(',').append(PointsCsv.num(v));
        String msg = r.error().replace("\"", "\"\"");
        return sb.append(",\"").append(msg).append("\"\n").toString();
    }

    /** Deletes what an earlier sweep wrote here (only Brink's own file names). */
    static void deleteOutputs(Path dir) throws IOException {
        for (String name : OUTPUTS) {
            Path p = dir.resolve(name);
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    for (Path q : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) Files.delete(q);
                }
            } else {
                Files.deleteIfExists(p);
            }
        }
    }
}
