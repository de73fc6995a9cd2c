package brink.experiment;

import brink.experiment.engine.ClusterSession;
import brink.results.DailyTable;
import brink.results.ResultsException;
import brink.results.ResultsFolder;
import brink.results.RunManifest;
import brink.results.RungsTable;
import brink.results.RunsTable;
import brink.results.SeriesTable;
import brink.results.StoryHeader;
import brink.scenario.Scenario;

import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * A whole {@code brink run}: the Monte Carlo streamed into a results folder through its
 * lifecycle ({@link ResultsFolder}): runs.csv while the runs finish, then daily.csv, rungs.csv,
 * events.log and manifest.json, then the post-processor (charts and report), then manifest.json
 * again with every file's record and the wall time, then the folder is marked complete. Any
 * failure or interruption leaves the folder marked {@value ResultsFolder#MARKER}.
 */
public final class MonteCarloExperiment {
    public static final String EVENTS = StoryHeader.FILE;

    private final Manifest.Run run;
    private final ResultsPostProcessor postProcessor;
    private final RunTables.Spec tables;

    public MonteCarloExperiment(Manifest.Run run, ResultsPostProcessor postProcessor) {
        this(run, postProcessor, RunTables.Spec.NONE);
    }

    /** With the opt-in Parquet tables ({@link RunTables}). */
    public MonteCarloExperiment(Manifest.Run run, ResultsPostProcessor postProcessor, RunTables.Spec tables) {
        this.run = run;
        this.postProcessor = postProcessor == null ? ResultsPostProcessor.NONE : postProcessor;
        this.tables = tables;
    }

    public Manifest.Run settings() { return run; }

    private ClusterSession cluster;
    private int blocksPerTask;

    /** Runs the replications on a cluster, {@code blocksPerTask} blocks of {@link MonteCarloRunner#BLOCK} to a task: the same files. */
    public MonteCarloExperiment onCluster(ClusterSession cluster, int blocksPerTask) {
        if (tables.any()) throw new IllegalStateException("the Parquet tables are written on local threads only");
        this.cluster = cluster;
        this.blocksPerTask = blocksPerTask;
        return this;
    }

    /**
     * Runs into {@code dir}. Throws {@link ResultsException} if the folder may not be used (nothing
     * written) or cannot be written, {@link InterruptedException} if the thread was interrupted, or
     * whatever failed; once the folder was taken, it stays marked incomplete in those cases.
     */
    public MonteCarloResult execute(Path dir, boolean force, MonteCarloRunner.ProgressListener progress) throws Exception {
        Scenario scenario = run.scenario();
        try (ResultsFolder folder = ResultsFolder.open(dir, force ? ResultsFolder.Mode.FORCE : ResultsFolder.Mode.NEW,
                markerText(run.started()))) {
            String stage = "failed";
            try {
                MonteCarloResult result;
                try (ResultsFolder.Output runs = folder.create(RunsTable.FILE);
                     ResultsFolder.Output series = tables.series() ? folder.create(SeriesTable.FILE) : null;
                     ResultsFolder.Output runsParquet = tables.runs() ? folder.create(RunsTable.PARQUET) : null;
                     RunTables t = new RunTables(tables, scenario)) {
                    Writer w = runs.writer();
                    w.write(RunRows.header(scenario));
                    MonteCarloRunner runner = new MonteCarloRunner(scenario, run.seed(), run.runs(), run.threads());
                    if (tables.any()) {
                        t.open(series, runsParquet);
                        runner.withTables(t);
                    }
                    result = cluster == null ? runner.run(copyingTo(w, runs), progress)
                            : runner.runOn(cluster, ScenarioSource.of(scenario), blocksPerTask, copyingTo(w, runs), progress);
                    runs.commit();
                    t.close(); // the Parquet footers, then the files are whole
                    if (series != null) series.commit();
                    if (runsParquet != null) runsParquet.commit();
                }
                folder.write(DailyTable.FILE, ResultsTables.daily(result));
                folder.write(RungsTable.FILE, ResultsTables.rungs(result));
                folder.write(EVENTS, EventLog.narrate(scenario, run.seed(), result.statistics()));
                RunManifest manifest = Manifest.of(run);
                folder.write(RunManifest.FILE, completed(manifest, folder));
                stage = "post-processing (charts, report) failed";
                postProcessor.process(folder);
                stage = "failed";
                folder.write(RunManifest.FILE, completed(manifest, folder));
                folder.complete();
                return result;
            } catch (InterruptedException e) {
                folder.abandon("interrupted");
                throw e;
            } catch (Exception | Error e) {
                folder.abandon(stage + ": " + e.getMessage());
                throw e;
            }
        }
    }

    /** The manifest as of now: finished now, the wall time from the command's start, every file so far. */
    private String completed(RunManifest manifest, ResultsFolder folder) {
        Instant now = Instant.now();
        return manifest.completed(now.toString(), Duration.between(run.started(), now).toNanos() / 1e9, folder.records()).toJson();
    }

    /**
     * The sink of runs.csv's rows, through reused buffers (Writer.append would copy each block into
     * a new String). Rows are ASCII (numbers and commas): they go to the file as
     * bytes, without the writer's character encoder (which cost the consumer thread about a
     * microsecond a row); a row with any other character goes through the writer, as the header did.
     */
    private static MonteCarloRunner.RowSink copyingTo(Writer w, java.io.OutputStream out) throws java.io.IOException {
        w.flush(); // the header first
        char[] chars = new char[16384];
        byte[] bytes = new byte[chars.length];
        return rows -> {
            for (int start = 0; start < rows.length(); start += chars.length) {
                int n = Math.min(chars.length, rows.length() - start);
                if (rows instanceof StringBuilder sb) sb.getChars(start, start + n, chars, 0); // a bulk copy
                else for (int i = 0; i < n; i++) chars[i] = rows.charAt(start + i);
                boolean ascii = true;
                for (int i = 0; i < n; i++) {
                    char c = chars[i];
                    if (c >= 128) {
                        ascii = false;
                        break;
                    }
                    bytes[i] = (byte) c;
                }
                if (ascii) {
                    out.write(bytes, 0, n);
                } else {
                    w.write(chars, 0, n);
                    w.flush();
                }
            }
        };
    }

    private String markerText(Instant started) {
        return "This results folder is incomplete.\n"
                + "It is being written (or was being written when it stopped) by:\n\n    " + run.command() + "\n\n"
                + "started at " + started + ". While this file exists, do not use the other files here.\n"
                + "If the run was interrupted or failed, run the same command again with --force to redo it\n"
                + "(the same seed gives the same results).\n";
    }
}
