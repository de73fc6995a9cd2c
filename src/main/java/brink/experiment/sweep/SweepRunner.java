package brink.experiment.sweep;

import brink.results.ResultsException;
import brink.results.ResultsFolder;
import brink.results.RunManifest;
import brink.results.sweep.FailuresTable;
import brink.results.sweep.PointResult;
import brink.results.sweep.PointsTable;
import brink.results.sweep.SensitivityTable;
import brink.results.sweep.SweepPoint;
import brink.results.sweep.SweepResult;
import brink.scenario.sweep.Factor;
import brink.scenario.sweep.Outcome;
import brink.scenario.sweep.SweepSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs a sweep into its folder, resumably, through the results lifecycle ({@link ResultsFolder}:
 * marker, lock, durable files). Rows are appended to points.csv as points finish (one write call
 * per row, synced to disk at least every second, so a kill leaves at most one torn last line);
 * failing points go to failures.csv and the sweep carries on. At the end points.csv is rewritten
 * sorted by point index, so the final file is the same whatever the thread count and however
 * often the sweep was interrupted and resumed.
 *
 * <p>--resume continues from any moment: a folder killed before sweep.json existed (or on a full
 * disk) starts afresh; otherwise the rows whose checksum, design and numbers hold are kept and
 * every other point is computed.
 */
public final class SweepRunner {
    public static final String FAILURES = FailuresTable.FILE;
    public static final String INCOMPLETE = ResultsFolder.MARKER;
    /** Files and folders a sweep writes; a fresh start in a resumed folder removes these. */
    public static final List<String> OUTPUTS = List.of(PointsTable.FILE, FAILURES, SensitivityTable.FILE,
            SweepManifest.FILE, "report.html", "charts");
    /** How sweep.json names the local executor. */
    public static final String LOCAL_ENGINE = "local threads";
    private static final long SYNC_EVERY_NANOS = 1_000_000_000L;

    private final SweepSpec spec;
    private final DesignPlan plan;
    private final PointsTable table;
    private final FailuresTable failuresTable;
    private final String brinkVersion;
    private final String engine;

    public SweepRunner(SweepSpec spec, DesignPlan plan, String brinkVersion) {
        this(spec, plan, brinkVersion, LOCAL_ENGINE);
    }

    /** {@code engine} is recorded in sweep.json: what computed the points (it does not change them). */
    public SweepRunner(SweepSpec spec, DesignPlan plan, String brinkVersion, String engine) {
        this.spec = spec;
        this.engine = engine;
        this.plan = plan;
        List<String> factors = spec.factors().stream().map(Factor::path).toList();
        this.table = new PointsTable(factors, spec.outcomes().stream().map(Outcome::id).toList());
        this.failuresTable = new FailuresTable(factors);
        this.brinkVersion = brinkVersion;
    }

    /**
     * Checks the output folder before anything is written: without --resume an existing
     * non-empty folder is refused unless forced (and only a Brink folder is ever replaced); with
     * --resume a folder of a different sweep, or of a run, is refused.
     */
    public void checkOutput(Path dir, boolean resume, boolean force) throws ResultsException {
        ResultsFolder.checkResumable(dir, resume, force, "sweep", SweepManifest.FILE, fingerprint(), List.of(RunManifest.FILE),
                "a run or a comparison", "design, factors, seed, replications, outcomes or base scenario", "sweep file");
    }

    private String fingerprint() { return SweepManifest.fingerprint(spec, plan.size()); }

    /** Takes the folder (marker first, then the lock) for this sweep. */
    public ResultsFolder open(Path dir, boolean resume, boolean force) throws ResultsException {
        return ResultsFolder.open(dir, ResultsFolder.Mode.of(resume, force), "This sweep folder is incomplete: sweep " + spec.name()
                + " is running or was interrupted.\nRun the same command again with --resume to finish it: "
                + "finished points are kept, the rest are computed.\n");
    }

    /** Runs every point not already kept (with resume) and writes points.csv, failures.csv and sensitivity.csv. */
    public SweepResult run(ResultsFolder folder, boolean resume, PointExecutor executor, SweepProgress progress)
            throws IOException, InterruptedException {
        Path dir = folder.dir();
        TreeMap<Integer, PointResult> done = new TreeMap<>();
        int damaged = 0;
        // a sweep.json that cannot be read (torn by a kill before it was renamed cannot happen; damaged can) starts afresh
        if (resume && fingerprint().equals(brink.results.Fingerprint.read(dir.resolve(SweepManifest.FILE)))) {
            PointsTable.Read kept = table.readComplete(dir.resolve(PointsTable.FILE), plan.points());
            done.putAll(kept.rows());
            damaged = kept.damagedLines().size();
        } else {
            deleteOutputs(dir);
        }
        int reused = done.size();
        folder.write(SweepManifest.FILE, SweepManifest.render(spec, plan.size(), brinkVersion, engine, "running", null));
        folder.write(PointsTable.FILE, table.render(done));
        folder.write(FAILURES, failuresTable.header());

        List<SweepPoint> todo = new ArrayList<>();
        for (SweepPoint p : plan.points()) if (!done.containsKey(p.index())) todo.add(p);
        List<PointResult> failures = new ArrayList<>();
        progress.start(plan.size(), reused);
        try (ResultsFolder.Appender points = folder.append(PointsTable.FILE);
             ResultsFolder.Appender failed = folder.append(FAILURES)) {
            long[] lastSync = {System.nanoTime()};
            executor.execute(todo, r -> {
                try {
                    if (r.failed()) {
                        failures.add(r);
                        failed.append(failuresTable.row(r));
                    } else {
                        done.put(r.index(), r);
                        points.append(table.row(r));
                    }
                    if (System.nanoTime() - lastSync[0] > SYNC_EVERY_NANOS) {
                        points.sync();
                        failed.sync();
                        lastSync[0] = System.nanoTime();
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
        folder.write(PointsTable.FILE, table.render(done));
        folder.write(FAILURES, failuresTable.render(failures));
        List<SensitivityTable.Row> sensitivity = SensitivityAnalysis.compute(spec, plan, done);
        folder.write(SensitivityTable.FILE, SensitivityTable.render(sensitivity));
        return new SweepResult(done, failures, reused, damaged, sensitivity);
    }

    /** The sweep and its reports are written: sweep.json records every file, and the folder is complete. */
    public void complete(ResultsFolder folder) throws ResultsException {
        folder.write(SweepManifest.FILE, SweepManifest.render(spec, plan.size(), brinkVersion, engine, RunManifest.COMPLETE,
                folder.records()));
        folder.complete();
    }

    /** Deletes what an earlier sweep wrote here (only Brink's own file names). */
    static void deleteOutputs(Path dir) throws ResultsException {
        ResultsFolder.deleteNamed(dir, OUTPUTS);
    }
}
