package brink.cli;

import brink.experiment.Story;
import brink.report.RunResults;
import brink.results.ResultsException;
import brink.results.RunManifest;
import brink.results.RunsTable;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A run of a results folder to tell again: the folder's scenario file (as its manifest names it),
 * horizon and seed. The replay is checked against the folder's own runs.csv row, so a scenario
 * file edited since the run cannot pass off another run as this one.
 */
record ReplayedRun(Path dir, Scenario scenario, long seed, long replication) {

    static ReplayedRun of(Path dir, long replication) throws Exception {
        RunResults results = RunResults.openComplete(dir);
        if (replication >= results.runs()) {
            throw new ResultsException(ScenarioLoader.label(dir) + ": --replication " + replication + ": the folder holds runs 0 to "
                    + (results.runs() - 1));
        }
        String file = results.scenarioFile();
        if (file.isEmpty()) throw new ResultsException(ScenarioLoader.label(dir.resolve(RunManifest.FILE)) + ": scenario.file is missing");
        Path scenarioFile = Install.input(Path.of(file));
        if (!Files.isRegularFile(scenarioFile)) {
            throw new ResultsException(ScenarioLoader.label(dir.resolve(RunManifest.FILE)) + ": scenario.file '" + file
                    + "' is not there (it is relative to the folder the run was made from); run the trace from there, or trace "
                    + "the scenario with --seed " + results.seed() + " --replication " + replication);
        }
        Scenario s = new ScenarioLoader().load(scenarioFile).withHorizon(results.horizonDays());
        return new ReplayedRun(dir, s, Long.parseLong(results.seed()), replication);
    }

    /** Refuses a replay whose numbers are not the folder's runs.csv row (the scenario file changed since). */
    void check(Story story) throws IOException {
        String expected = row(dir.resolve(RunsTable.FILE), replication);
        String actual = story.runsCsvRow().stripTrailing();
        if (!actual.equals(expected)) {
            throw new ResultsException(ScenarioLoader.label(dir) + ": replaying replication " + replication + " of "
                    + ScenarioLoader.label(story.scenario().file()) + " does not give row " + replication + " of runs.csv: the scenario "
                    + "file (or a file it extends) changed since the run, or Brink's model did; re-run the folder's command to trace it");
        }
    }

    /** Line R of runs.csv's rows (rows are in replication order after the header). */
    private static String row(Path runs, long replication) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(runs, StandardCharsets.UTF_8)) {
            in.readLine();
            for (long i = 0; i < replication; i++) if (in.readLine() == null) break;
            String line = in.readLine();
            return line == null ? "" : line;
        }
    }
}
