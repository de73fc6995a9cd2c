package brink.experiment;

import brink.scenario.Scenario;

import java.io.Writer;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A whole {@code brink run}: the Monte Carlo streamed into a results folder written atomically
 * (see {@link ResultsFolder}): runs.csv while the runs finish, then daily.csv, rungs.csv,
 * events.log and manifest.json, then the post-processor (charts and report), then the folder is
 * marked complete. Any failure or interruption leaves the folder marked {@value ResultsFolder#MARKER}.
 */
public final class MonteCarloExperiment {
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

    /**
     * Runs into {@code dir}. Throws {@link ResultsFolderException} (nothing written) if the folder
     * may not be used, {@link InterruptedException} if the thread was interrupted, or whatever
     * failed; in the last two cases the folder stays marked incomplete.
     */
    public MonteCarloResult execute(Path dir, boolean force, MonteCarloRunner.ProgressListener progress) throws Exception {
        Scenario scenario = run.scenario();
        Instant started = Instant.now();
        ResultsFolder folder = ResultsFolder.create(dir, force, markerText(started));
        boolean complete = false;
        String why = "failed";
        try {
            MonteCarloResult result;
            try (Writer w = folder.openPart("runs.csv"); RunTables t = new RunTables(tables, scenario)) {
                w.write(RunRows.header(scenario));
                MonteCarloRunner runner = new MonteCarloRunner(scenario, run.seed(), run.runs(), run.threads());
                if (tables.any()) {
                    t.open(tables.series() ? folder.partPath(RunTables.SERIES) : null, tables.runs() ? folder.partPath(RunTables.RUNS) : null);
                    runner.withTables(t);
                }
                result = runner.run(copyingTo(w), progress);
            }
            folder.writePart("daily.csv", ResultsTables.daily(result));
            folder.writePart("rungs.csv", ResultsTables.rungs(result));
            folder.writePart("events.log", EventLog.narrate(scenario, run.seed(), result.statistics()));
            folder.writePart("manifest.json", Manifest.json(run, started, Instant.now()));
            folder.commit();
            why = "post-processing (charts, report) failed";
            postProcessor.process(dir);
            folder.complete();
            complete = true;
            return result;
        } catch (InterruptedException e) {
            why = "interrupted";
            throw e;
        } catch (Exception | Error e) {
            why = why + ": " + e;
            throw e;
        } finally {
            if (!complete) folder.abandon(why + " at " + Instant.now());
        }
    }

    /** Writes rows through a reused buffer (Writer.append would copy each block into a new String). */
    private static MonteCarloRunner.RowSink copyingTo(Writer w) {
        char[] buffer = new char[16384];
        return rows -> {
            for (int start = 0; start < rows.length(); start += buffer.length) {
                int n = Math.min(buffer.length, rows.length() - start);
                for (int i = 0; i < n; i++) buffer[i] = rows.charAt(start + i);
                w.write(buffer, 0, n);
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
