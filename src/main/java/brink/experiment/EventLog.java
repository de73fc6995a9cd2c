package brink.experiment;

import brink.model.Narrator;
import brink.scenario.Scenario;

/**
 * events.log: the story of the first few replications, re-run with a narrator attached. The same
 * seed keys give the same runs as in the Monte Carlo (the narrator only listens).
 */
public final class EventLog {
    public static final int SAMPLE_RUNS = 3;

    private EventLog() {}

    /** One line per narrated entry: {@code run R day D [rule] actor: text}. */
    public static String narrate(Scenario scenario, long seed, int runs) {
        StringBuilder sb = new StringBuilder();
        Replication replication = new Replication(scenario);
        int[] current = new int[1];
        Narrator narrator = n ->
                sb.append("run ").append(current[0]).append(" day ").append(n.day())
                        .append(" [").append(n.cause()).append("] ")
                        .append(n.actor() == null ? "world" : n.actor().displayName()).append(": ")
                        .append(n.text()).append('\n');
        replication.model().setNarrator(narrator);
        for (int i = 0; i < Math.min(SAMPLE_RUNS, runs); i++) {
            current[0] = i;
            replication.run(seed, 0, i);
        }
        return sb.toString();
    }

}
