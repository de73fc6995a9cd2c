package brink.cli;

import brink.model.ParameterDef;
import brink.model.ParameterKey;
import brink.results.Csv;
import brink.results.Numbers;
import brink.scenario.EventSpec;
import brink.scenario.ParameterSpec;
import brink.scenario.Provenance;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import brink.scenario.TriggerSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code brink params [FILE]}: every parameter of a scenario in catalog order, with its value or
 * distribution, allowed range, unit, source (article + quote, or assumption) and the file that set
 * it; then the scheduled events. A what-if's overrides are marked with the file that set them.
 */
@Command(name = "params", mixinStandardHelpOptions = true,
        header = "List every parameter with its value, range, unit and source.",
        description = {"List every parameter of a scenario: its value or distribution (sampled once per run), "
                + "the allowed range, the unit, where it comes from (the source article and an exact quote, or "
                + "an assumption with its reason) and the scenario file that set it; a what-if's overrides say so.",
                "Then the scheduled events: day, date, type, amount (for the types that take one), note and source.",
                "The articles are in docs/sources/; casualty and troop figures come from parties to the war."},
        footer = {"", "Examples:",
                "  brink params",
                "  brink params scenarios/what-if-second-nk-contingent.yaml",
                "  brink params --format csv > params.csv",
                "",
                "CSV: one table, parameters then events, e.g. for pandas:",
                "  df = pd.read_csv(\"params.csv\"); events = df[df.kind == \"event\"]",
                "Columns:",
                "  kind          parameter (catalog order) or event (after them, by day)",
                "  path          the parameter's path; events[i] for the i-th event (from 0)",
                "  value         the value or distribution; an event's type",
                "  mean          the mean; an event's amount (troops), if its type takes one",
                "  allowed_min, allowed_max, integer",
                "                the allowed range (empty for events)",
                "  unit          the unit (troops for an event's amount)",
                "  day, date     an event's model day and calendar date (empty for parameters)",
                "  source_file, quote, assumption",
                "                where the value comes from",
                "  set_in        the scenario file that set the value: the what-if file for",
                "                its overrides and events, the base file for the rest",
                "  description   what the parameter means; an event's note"})
public final class ParamsCommand extends BrinkCommand {

    /** Output formats. */
    enum Format { table, csv }

    /** The CSV's columns (documented in the help text); parameters and events share them, told apart by kind. */
    static final List<String> CSV_HEADER = List.of("kind", "path", "value", "mean", "allowed_min", "allowed_max", "integer",
            "unit", "day", "date", "source_file", "quote", "assumption", "set_in", "description");
    static final String PARAMETER = "parameter", EVENT = "event";

    /** Widths of the value and allowed columns; the name column fits the longest name. */
    private static final int VALUE_WIDTH = 29, ALLOWED_WIDTH = 15, MAX_NAME_WIDTH = 40;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "Scenario file (default: the Brink folder's " + Install.DEFAULT_SCENARIO + ").")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    protected int execute() throws Exception {
        Scenario s = new ScenarioLoader().load(file == null ? Install.defaultScenario() : Install.input(file));
        PrintWriter out = out();
        if (format == Format.csv) csv(s, out);
        else table(s, out);
        out.flush();
        return BrinkCli.OK;
    }

    private static void csv(Scenario s, PrintWriter out) {
        out.println(Csv.line(CSV_HEADER));
        for (ParameterSpec p : s.parameters().values()) {
            ParameterDef d = p.def();
            Provenance pr = p.provenance();
            out.println(Csv.line(List.of(PARAMETER, d.path(), p.distribution().describe(), Numbers.format(p.distribution().mean()),
                    Numbers.format(d.min()), Numbers.format(d.max()), String.valueOf(d.isInteger()), d.unit(), "", "",
                    nz(pr.sourceFile()), nz(pr.quote()), nz(pr.assumption()), nz(pr.setIn()), d.description())));
        }
        for (int i = 0; i < s.events().size(); i++) {
            EventSpec e = s.events().get(i);
            Provenance pr = e.provenance();
            boolean amount = e.type().needsAmount();
            out.println(Csv.line(List.of(EVENT, "events[" + i + "]", e.type().key(), amount ? Numbers.format(e.amount()) : "",
                    "", "", "", amount ? "troops" : "", String.valueOf(e.day()), s.dateOf(e.day()).toString(),
                    nz(pr.sourceFile()), nz(pr.quote()), nz(pr.assumption()), nz(pr.setIn()), e.note())));
        }
    }

    /** The file the chain starts from: what a value set anywhere else overrides. */
    private static String base(Scenario s) {
        return s.chain().isEmpty() ? null : ScenarioLoader.label(s.chain().get(0));
    }

    /** Whether a value was set over the base (by the scenario's own file or one between it and the base). */
    static boolean overrides(Scenario s, Provenance p) {
        String base = base(s);
        return base != null && p.setIn() != null && !p.setIn().equals(base);
    }

    /** The provenance line, led by the file that set the value when it is not the base (an override stands out). */
    private static String why(Scenario s, Provenance p) {
        String line = p.describe();
        return overrides(s, p) && (p.isSource() || p.isAssumption()) ? "set in " + p.setIn() + ", " + line : line;
    }

    private static void table(Scenario s, PrintWriter out) {
        out.println(TextWrap.wrapped(s.title(), "", ""));
        long overridden = s.parameters().values().stream().filter(p -> overrides(s, p.provenance())).count();
        out.println(TextWrap.wrapped(String.format("%s (%s), start %s, horizon %s: %s%s, %s, %s", s.name(),
                ScenarioLoader.label(s.file()), s.startDate(), TextWrap.count(s.horizonDays(), "day"),
                TextWrap.count(s.parameters().size(), "parameter"),
                s.chain().size() < 2 ? "" : " (" + overridden + " set over " + base(s) + ")",
                TextWrap.count(s.triggers().size(), "trigger"),
                TextWrap.count(s.events().size(), "scheduled event")), "", "  "));
        out.println("Distributions are sampled once per run. Sources are in docs/sources/.");
        out.println();
        int nameWidth = 9;
        for (ParameterKey key : s.parameters().keySet()) nameWidth = Math.max(nameWidth, key.nameInGroup().length());
        int[] columns = {Math.min(nameWidth, MAX_NAME_WIDTH), VALUE_WIDTH, ALLOWED_WIDTH};
        print(out, TextWrap.row("  ", columns, "PARAMETER", "VALUE OR DISTRIBUTION", "ALLOWED", "UNIT"));
        String section = null;
        for (ParameterSpec p : s.parameters().values()) {
            String sec = p.key().group();
            if (!sec.equals(section)) {
                section = sec;
                out.println();
                out.println(sec);
                if (p.key() instanceof ParameterKey.Trigger tk) {
                    TriggerSpec t = trigger(s, tk.rule());
                    if (t != null) {
                        out.println(TextWrap.wrapped("rule: " + t.toRule().describe(), "  ", "        "));
                        // the rule's own citation: a what-if that only changes its chance leaves the rule as it was
                        out.println(TextWrap.wrapped(t.provenance().describe(), "  why:  ", "        "));
                    }
                }
            }
            ParameterDef d = p.def();
            print(out, TextWrap.row("  ", columns, p.key().nameInGroup(), describe(p), allowed(d), d.unit()));
            out.println(TextWrap.wrapped(why(s, p.provenance()), "      ", "        "));
        }
        out.println();
        if (s.events().isEmpty()) {
            out.println("Scheduled events: none.");
        } else {
            out.println("Scheduled events (by day)");
            for (EventSpec e : s.events()) {
                String what = "day " + e.day() + " (" + s.dateOf(e.day()) + "): " + e.type().key()
                        + (e.type().needsAmount() ? " " + TextWrap.num(e.amount()) : "")
                        + (e.note().isEmpty() ? "" : " - " + e.note());
                out.println(TextWrap.wrapped(what, "  ", "      "));
                out.println(TextWrap.wrapped(why(s, e.provenance()), "      ", "        "));
            }
        }
    }

    /** The value or distribution as a reader wants it: a choice's level by name, a dated stock with its date. */
    static String describe(ParameterSpec p) {
        ParameterDef d = p.def();
        String v = d.isChoice() && p.distribution().isFixed() ? d.display(p.distribution().mean()) : p.distribution().describe();
        if (p.asOf() != null) v += " as of " + p.asOf() + " (carried forward to day 0 at " + d.stockRate().path() + ")";
        return v;
    }

    static String allowed(ParameterDef d) {
        if (d.isChoice()) return String.join(" | ", d.levels());
        return TextWrap.num(d.min()) + " to " + TextWrap.num(d.max()) + (d.isInteger() ? ", whole" : "");
    }

    private static TriggerSpec trigger(Scenario s, String id) {
        for (TriggerSpec t : s.triggers()) if (t.id().equals(id)) return t;
        return null;
    }

    private static void print(PrintWriter out, List<String> lines) {
        for (String l : lines) out.println(l);
    }

    private static String nz(String s) { return s == null ? "" : s; }

}
