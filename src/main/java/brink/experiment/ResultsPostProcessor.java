package brink.experiment;

import brink.results.ResultsFolder;

/**
 * Runs after a results folder's data files (manifest.json, runs.csv, daily.csv, rungs.csv,
 * events.log) are final and before the folder is marked complete, e.g. to draw charts and write
 * report.html from those files through the folder. If it throws, the folder stays marked incomplete.
 */
@FunctionalInterface
public interface ResultsPostProcessor {
    ResultsPostProcessor NONE = folder -> { };

    void process(ResultsFolder folder) throws Exception;
}
