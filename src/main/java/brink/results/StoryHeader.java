package brink.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line that opens each sample story in events.log, written by the Monte Carlo and read by the
 * report (to link a rung to the run that shows it): {@code # story: run R, rung L (key): why}, or
 * {@code # story: run R, typical: why}. One type for writer and reader.
 *
 * @param rung the rung the story was chosen for (the highest it reached), or -1 for the typical run
 */
public record StoryHeader(long replication, int rung, String rungKey, String why) {
    /** The file the stories are told in. */
    public static final String FILE = "events.log";
    /** Stands for the results folder in a replay command (the file does not depend on where it was written). */
    public static final String THIS_FOLDER = "<this folder>";
    private static final String PREFIX = "# story: run ";
    private static final Pattern LINE = Pattern.compile(
            "# story: run (\\d+), (?:rung (\\d+) \\(([a-z0-9_]+)\\)|typical): (.*)");

    public static StoryHeader typical(long replication, String why) {
        return new StoryHeader(replication, -1, null, why);
    }

    public boolean isTypical() { return rung < 0; }

    /** Why the run was chosen, with the replay command naming the folder it is in. */
    public String why(String folder) { return why.replace(THIS_FOLDER, folder); }

    public String line() {
        return PREFIX + replication + ", " + (isTypical() ? "typical" : "rung " + rung + " (" + rungKey + ")") + ": " + why;
    }

    /** The header a line holds, or null when it is an ordinary event line. */
    public static StoryHeader parse(String line) {
        if (!line.startsWith(PREFIX)) return null;
        Matcher m = LINE.matcher(line);
        if (!m.matches()) return null;
        long r = Long.parseLong(m.group(1));
        return m.group(2) == null ? typical(r, m.group(4)) : new StoryHeader(r, Integer.parseInt(m.group(2)), m.group(3), m.group(4));
    }

    /** Every story's header with the story's lines (the header excluded), in file order. */
    public record Story(StoryHeader header, List<String> lines) {}

    /** The stories of an events.log; none when the file is missing or holds none. */
    public static List<Story> read(Path eventsLog) throws IOException {
        List<Story> out = new ArrayList<>();
        if (!Files.isRegularFile(eventsLog)) return out;
        StoryHeader current = null;
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(eventsLog)) {
            StoryHeader h = parse(l);
            if (h != null) {
                if (current != null) out.add(new Story(current, lines));
                current = h;
                lines = new ArrayList<>();
            } else if (current != null && !l.isBlank()) {
                lines.add(l);
            }
        }
        if (current != null) out.add(new Story(current, lines));
        return out;
    }
}
