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
 * distribution, allowed range, unit and source (article + quote, assumption, or the file that set it).
 */
@Command(name = "params", mixinStandardHelpOptions = true,
        header = "List every parameter with its value, range, unit and source.",
        description = {"List every parameter of a scenario: its value or distribution (sampled once per run), "
                + "the allowed range, the unit, and where it comes from: the source article and an exact quote, "
                + "an assumption with its reason, or the scenario file that set it.",
                "The articles are in docs/sources/; casualty and troop figures come from parties to the war."},
        footer = {"", "Examples:",
                "  brink params",
                "  brink params scenarios/what-if-second-nk-contingent.yaml",
                "  brink params --format csv > params.csv"})
public final class ParamsCommand extends BrinkCommand {

    /** Output formats. */
    enum Format { table, csv }

    static final List<String> CSV_HEADER = List.of("path", "value", "mean", "allowed_min", "allowed_max", "integer",
            "unit", "source_file", "quote", "assumption", "set_in", "description");

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
            out.println(Csv.line(List.of(d.path(), p.distribution().describe(), Numbers.format(p.distribution().mean()),
                    Numbers.format(d.min()), Numbers.format(d.max()), String.valueOf(d.isInteger()), d.unit(),
                    nz(pr.sourceFile()), nz(pr.quote()), nz(pr.assumption()), nz(pr.setIn()), d.description())));
        }
    }

    private static void table(Scenario s, PrintWriter out) {
        out.println(TextWrap.wrapped(s.title(), "", ""));
        out.println(TextWrap.wrapped(String.format("%s (%s), start %s, horizon %d days: %d parameters, %d triggers, "
                        + "%d scheduled events", s.name(), ScenarioLoader.label(s.file()), s.startDate(), s.horizonDays(),
                s.parameters().size(), s.triggers().size(), s.events().size()), "", "  "));
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
                        out.println(TextWrap.wrapped(t.provenance().describe(), "  why:  ", "        "));
                    }
                }
            }
            ParameterDef d = p.def();
            print(out, TextWrap.row("  ", columns, p.key().nameInGroup(), describe(p), allowed(d), d.unit()));
            out.println(TextWrap.wrapped(p.provenance().describe(), "      ", "        "));
        }
        out.println();
        if (s.events().isEmpty()) {
            out.println("Scheduled events: none.");
        } else {
            out.println("Scheduled events");
            for (EventSpec e : s.events()) {
                String what = "day " + e.day() + " (" + s.dateOf(e.day()) + "): " + e.type().key()
                        + (e.type().needsAmount() ? " " + TextWrap.num(e.amount()) : "")
                        + (e.note().isEmpty() ? "" : " - " + e.note());
                out.println(TextWrap.wrapped(what, "  ", "      "));
                out.println(TextWrap.wrapped(e.provenance().describe(), "      ", "        "));
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
