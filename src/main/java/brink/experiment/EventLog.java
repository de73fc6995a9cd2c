package brink.experiment;

import brink.model.Rung;
import brink.results.StoryHeader;
import brink.scenario.Scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * events.log: sample stories chosen for interest, each re-run with a narrator ({@link Story}):
 * for each of the {@value #TAIL_RUNGS} highest rungs any run reached, the first run whose highest
 * rung it was, and a typical run (the first whose highest rung is the median one). Which runs
 * these are comes from order-free counts (lowest indices), so the file is the same whatever the
 * thread count. Each story opens with a {@link StoryHeader} line saying why it was chosen and how
 * to replay it; its events follow as {@code run R day D [rule] actor: text}.
 */
public final class EventLog {
    /** How many of the highest rungs reached get a story. */
    public static final int TAIL_RUNGS = 3;

    private EventLog() {}

    /** The replications worth telling, with their headers, highest rung first and the typical run last. */
    static List<StoryHeader> choose(RunStatistics s) {
        Map<Long, StoryHeader> chosen = new LinkedHashMap<>();
        long runs = s.runs();
        // the folder is named by a placeholder: the file is the same wherever it was written
        String replay = "; replay: ./brink trace " + StoryHeader.THIS_FOLDER + " --replication ";
        int told = 0;
        for (int level = Rung.COUNT - 1; level >= 0 && told < TAIL_RUNGS; level--) {
            long first = s.firstWithMaxRung(level);
            if (first == RunStatistics.NONE) continue;
            told++;
            Rung r = Rung.ofLevel(level);
            long k = s.maxRungCount(level);
            String why = (k == 1 ? String.format("the only one of %,d runs", runs) : String.format("the first of the %,d (of %,d) runs", k, runs))
                    + String.format(" whose highest rung was %d %s%s%d", level, r.key(), replay, first);
            chosen.putIfAbsent(first, new StoryHeader(first, level, r.key(), why));
        }
        int median = medianMaxRung(s);
        long typical = s.firstWithMaxRung(median);
        if (typical != RunStatistics.NONE && !chosen.containsKey(typical)) {
            chosen.put(typical, StoryHeader.typical(typical, String.format(
                    "the first run whose highest rung, %d %s, is the median of all %,d runs%s%d",
                    median, Rung.ofLevel(median).key(), runs, replay, typical)));
        }
        return new ArrayList<>(chosen.values());
    }

    /** The median of the runs' highest rungs (the lower one when the two middle runs differ). */
    static int medianMaxRung(RunStatistics s) {
        long half = (s.runs() + 1) / 2, seen = 0;
        for (int level = 0; level < Rung.COUNT; level++) {
            seen += s.maxRungCount(level);
            if (seen >= half) return level;
        }
        return Rung.COUNT - 1;
    }

    /** The stories, each a header line and one line per narrated entry. */
    public static String narrate(Scenario scenario, long seed, RunStatistics statistics) {
        StringBuilder sb = new StringBuilder();
        for (StoryHeader h : choose(statistics)) {
            Story story = Story.tell(scenario, seed, h.replication());
            sb.append(h.line()).append('\n');
            for (brink.model.Narration e : story.entries()) {
                sb.append("run ").append(h.replication()).append(" day ").append(e.day())
                        .append(" [").append(e.cause()).append("] ")
                        .append(e.actor() == null ? "world" : e.actor().displayName()).append(": ")
                        .append(e.text()).append('\n');
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
