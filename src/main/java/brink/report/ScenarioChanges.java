package brink.report;

import brink.model.EventType;
import brink.results.RunManifest;
import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The report's "What this scenario changes": the parameters a scenario sets over the file its
 * {@code extends} chain starts from (by each parameter's recorded {@code set_in}), and every
 * scheduled event (from the resolved scenario in the manifest). A what-if's one change is then
 * on the page itself, not only inside the stories it leads to.
 */
final class ScenarioChanges {
    private ScenarioChanges() {}

    /** One scheduled event as the resolved scenario gives it; {@code day} or {@code date} may be null when unknown. */
    record Event(Integer day, LocalDate date, String type, String amount, String note, RunManifest.Provenance provenance) {}

    static void write(HtmlPage page, RunResults f) {
        page.h2("What this scenario changes");
        List<String> chain = f.chain();
        List<RunManifest.Parameter> params = f.manifest().parameters();
        page.h3("Parameters set over the base");
        if (chain.size() < 2) {
            page.p("No overrides: " + (chain.isEmpty() ? "this scenario" : chain.get(0)) + " extends no other file, so it is "
                    + "the base itself; every parameter and its source is under \"Parameters and their sources\".");
        } else if (!setInRecorded(params)) {
            page.p("Not recorded: this folder's manifest (written by an earlier Brink) does not say which file set each "
                    + "parameter; 'brink params " + chain.get(chain.size() - 1) + "' lists them.");
        } else {
            List<RunManifest.Parameter> over = overrides(params, chain.get(0));
            if (over.isEmpty()) {
                page.p("No overrides: every parameter is as in " + chain.get(0) + ".");
            } else {
                // the file that set each one is a column only when there are several (a longer extends chain)
                List<String> files = over.stream().map(p -> p.provenance().setIn()).distinct().toList();
                boolean oneFile = files.size() == 1;
                page.p(over.size() + " of the " + params.size() + " parameters are set" + (oneFile ? " in " + files.get(0) : "")
                        + " over " + chain.get(0) + "; every other one is as there:");
                List<List<String>> rows = new ArrayList<>();
                for (RunManifest.Parameter p : over) {
                    List<String> row = new ArrayList<>(List.of(p.path(), RunReport.describe(p.distribution()),
                            p.unit() == null ? "" : p.unit()));
                    if (!oneFile) row.add(p.provenance().setIn());
                    row.add(RunReport.source(p.provenance()));
                    rows.add(row);
                }
                List<String> head = new ArrayList<>(List.of("Parameter", "Value or distribution", "Unit"));
                if (!oneFile) head.add("Set in");
                head.add("Source or assumption");
                page.table("overrides", head, rows, null, null);
            }
        }

        page.h3("Scheduled events");
        List<Event> events = events(f.manifest().scenario().resolved(), f.startDate());
        if (events.isEmpty()) {
            page.p("No scheduled events: every event in the runs comes from the actors' choices and the rules.");
            return;
        }
        page.p("Events scheduled on a fixed day of every run" + (chain.size() < 2 ? "" : ", by this file or one it extends")
                + " (one that needs North Korean troops acts only if they are there):");
        List<List<String>> rows = new ArrayList<>();
        for (Event e : events) {
            EventType type = EventType.fromKey(e.type());
            rows.add(List.of(e.day() == null ? "–" : String.valueOf(e.day()), e.date() == null ? "–" : e.date().toString(),
                    type == null ? e.type() : e.type() + ": " + type.description(), e.amount(), e.note(),
                    RunReport.source(e.provenance())));
        }
        page.table("events", List.of("Day", "Date", "Event", "Amount", "Note", "Source or assumption"), rows,
                new boolean[]{true, true, false, true, false, false}, null);
    }

    /** Whether the manifest says which file set each parameter (Brink records it for every one since it can). */
    static boolean setInRecorded(List<RunManifest.Parameter> params) {
        return params.stream().allMatch(p -> p.provenance() != null && p.provenance().setIn() != null);
    }

    /** The parameters set in a file other than the base, in the manifest's (catalog) order. */
    static List<RunManifest.Parameter> overrides(List<RunManifest.Parameter> params, String base) {
        return params.stream().filter(p -> p.provenance() != null && p.provenance().setIn() != null
                && !sameFile(p.provenance().setIn(), base)).toList();
    }

    /**
     * Whether two recorded paths name the same file: equal once normalised, or one relative (as
     * typed, from where the command ran) and the other an absolute path ending in it.
     */
    static boolean sameFile(String a, String b) {
        if (a.equals(b)) return true;
        try {
            Path pa = Path.of(a).normalize(), pb = Path.of(b).normalize();
            if (pa.equals(pb)) return true;
            if (pa.isAbsolute() == pb.isAbsolute()) return false;
            return pa.isAbsolute() ? pa.endsWith(pb) : pb.endsWith(pa);
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** The resolved scenario's events, by day (the file order within a day, as the model runs them). */
    static List<Event> events(JsonNode resolved, LocalDate start) {
        List<Event> out = new ArrayList<>();
        JsonNode list = resolved == null ? null : resolved.get("events");
        if (list == null || !list.isArray()) return out;
        for (JsonNode e : list) {
            if (!e.isObject()) continue;
            Integer day = e.path("day").canConvertToInt() && e.path("day").isIntegralNumber() ? e.get("day").asInt() : null;
            LocalDate date = date(e.path("date").asText(""));
            if (day == null && date != null && start != null) day = (int) ChronoUnit.DAYS.between(start, date);
            if (date == null && day != null && start != null) date = start.plusDays(day);
            JsonNode amount = e.get("amount");
            out.add(new Event(day, date, e.path("type").asText("?"),
                    amount == null || !amount.isNumber() ? "–" : ReadableNumbers.plain(amount.asDouble()),
                    e.path("note").asText(""),
                    new RunManifest.Provenance(text(e, "source"), text(e, "quote"), text(e, "assumption"), null)));
        }
        out.sort(Comparator.comparing(Event::day, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    private static LocalDate date(String s) {
        try {
            return s.isEmpty() ? null : LocalDate.parse(s);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String text(JsonNode e, String field) {
        JsonNode v = e.get(field);
        return v == null || !v.isTextual() ? null : v.asText();
    }
}
