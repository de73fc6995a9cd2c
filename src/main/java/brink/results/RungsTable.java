package brink.results;

import brink.model.Rung;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The schema of rungs.csv: for each rung, the runs that crossed it within the horizon, the
 * probability with its 95% Wilson interval, the median day of first crossing among those runs
 * (empty if none), and the count, share and interval as one text a person reads
 * ({@link brink.stats.Odds}, e.g. {@code "3/10,000 = 0.03% [0.01%, 0.09%]"}). Written and read here; the reader refuses a table that contradicts itself
 * or the manifest.
 */
public final class RungsTable {
    public static final String FILE = "rungs.csv";
    public static final List<String> COLUMNS = List.of("level", "rung", "title", "crossed", "runs", "probability",
            "ci_low", "ci_high", "median_day", "odds");
    public static final String HEADER = Csv.line(COLUMNS) + "\n";

    private RungsTable() {}

    public static String render(List<RungRow> rows) {
        StringBuilder sb = new StringBuilder(HEADER);
        for (RungRow r : rows) {
            sb.append(r.level()).append(',').append(Csv.field(r.key())).append(',').append(Csv.field(r.title())).append(',')
                    .append(r.crossed()).append(',').append(r.runs()).append(',');
            Numbers.append(sb, r.probability());
            sb.append(',');
            Numbers.append(sb, r.ciLow());
            sb.append(',');
            Numbers.append(sb, r.ciHigh());
            sb.append(',');
            Numbers.append(sb, r.medianDay()); // empty when no run crossed
            sb.append(',').append(Csv.field(r.odds().text())).append('\n');
        }
        return sb.toString();
    }

    /** Reads the table of a folder of {@code runs} runs: one row per rung, counts within 0..runs. */
    public static List<RungRow> read(Path file, long runs) throws IOException {
        List<RungRow> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (CsvReader in = new CsvReader(file)) {
            int level = in.require("level"), rung = in.require("rung"), title = in.require("title"),
                    crossed = in.require("crossed"), n = in.require("runs"), p = in.require("probability"),
                    lo = in.require("ci_low"), hi = in.require("ci_high"), med = in.require("median_day");
            in.require("odds"); // text for people, made again from the counts by whoever shows it
            for (String[] r = in.next(); r != null; r = in.next()) {
                RungRow row = new RungRow((int) in.number(r, level), r[rung], r[title], (long) in.number(r, crossed),
                        (long) in.number(r, n), in.number(r, p), in.number(r, lo), in.number(r, hi), in.number(r, med));
                String where = file + ": rung " + Texts.quote(row.key());
                if (Rung.fromKey(row.key()) == null) throw new ResultsException(where + " is not a rung Brink knows");
                if (!seen.add(row.key())) throw new ResultsException(where + " is listed twice");
                if (row.runs() != runs) {
                    throw new ResultsException(where + ": runs is " + row.runs() + " but the manifest says " + runs);
                }
                if (row.crossed() < 0 || row.crossed() > row.runs()) {
                    throw new ResultsException(where + ": crossed is " + row.crossed() + ", allowed: 0 to the " + row.runs() + " runs");
                }
                if (Math.abs(row.probability() - row.crossed() / (double) row.runs()) > 1e-12) {
                    throw new ResultsException(where + ": probability " + Numbers.format(row.probability())
                            + " is not crossed / runs = " + row.crossed() + " / " + row.runs());
                }
                out.add(row);
            }
        }
        if (out.size() != Rung.COUNT) {
            throw new ResultsException(file + ": has " + out.size() + " rungs, expected all " + Rung.COUNT);
        }
        return out;
    }
}
