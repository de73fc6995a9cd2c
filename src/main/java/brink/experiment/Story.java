package brink.experiment;

import brink.model.Narration;
import brink.model.RunRecord;
import brink.scenario.Scenario;
import brink.scenario.ScenarioSampler;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One replication told: it runs (seed, point 0, replication) through {@link Replication}, the
 * one way a run starts, with a narrator listening (it draws nothing), so the record is the run's
 * row in runs.csv and the entries are what happened in it. {@code brink trace} and events.log
 * tell runs this way.
 */
public record Story(long replication, Scenario scenario, ScenarioSampler sampler, RunRecord record, List<Narration> entries) {

    public static Story tell(Scenario scenario, long seed, long replication) {
        Replication r = new Replication(scenario);
        List<Narration> entries = new ArrayList<>();
        r.model().setNarrator(entries::add);
        RunRecord record = r.run(seed, 0, replication);
        entries.sort(Comparator.comparingInt(Narration::day)); // stable: the model's order within a day
        return new Story(replication, scenario, r.sampler(), record, List.copyOf(entries));
    }

    /** The run's runs.csv row, as the Monte Carlo wrote it (with its line end). */
    public String runsCsvRow() {
        StringBuilder sb = new StringBuilder();
        new RunRows(scenario).append(sb, replication, sampler, record);
        return sb.toString();
    }
}
