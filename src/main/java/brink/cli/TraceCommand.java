package brink.cli;

import brink.experiment.Story;
import brink.model.ActorId;
import brink.model.EscalationLadder;
import brink.model.Metric;
import brink.model.Narration;
import brink.model.Narrator;
import brink.model.ParameterKey;
import brink.model.ParameterKey.ActorField;
import brink.model.ParameterKey.FrontField;
import brink.model.ParameterKey.TriggerField;
import brink.model.TriggerRule;
import brink.model.ParameterDef;
import brink.model.RunRecord;
import brink.model.Rung;
import brink.scenario.EventSpec;
import brink.scenario.ParameterSpec;
import brink.scenario.Scenario;
import brink.scenario.ScenarioLoader;
import brink.scenario.ScenarioSampler;
import brink.scenario.TriggerSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code brink trace FILE}: one replication told day by day. The model's {@link Narrator} supplies
 * the sentences and the rule that fired; this command adds the date, the source behind the
 * parameter that mattered, a weekly status line, and a closing table.
 */
@Command(name = "trace", mixinStandardHelpOptions = true,
        header = "Tell one run day by day, with the rules and sources behind it.",
        description = {"Run one simulation of a scenario and tell it day by day: what each actor did, which "
                + "rule fired (logit choice at a red line, an alliance trigger, a scheduled event, an accident), "
                + "the rung crossed, and the article quote or assumption behind the parameter that mattered.",
                "Quiet days are skipped; a status line every 7 days shows time passing. A table at the end "
                        + "gives the day each rung was first crossed and the final values."},
        footer = {"", "The same scenario, seed and replication always give the same story.",
                "Replication R of a results folder is the run in row R of its runs.csv; "
                        + "the folder's events.log names the runs worth telling. A folder's trace "
                        + "uses its seed and horizon unless --seed or --days is given.",
                "", "Examples:",
                "  brink trace scenarios/baseline.yaml --seed 7",
                "  brink trace results/baseline --replication 140",
                "  brink trace scenarios/what-if-nk-enter-ukraine.yaml --seed 3 --days 120"})
public final class TraceCommand extends BrinkCommand {
    /** Parameters worth seeing at the top of every trace (skipped when a scenario lacks one). */
    static final List<ParameterKey> KEY_PARAMETERS = List.of(
            ParameterKey.actor(ActorId.NORTH_KOREA, ActorField.TROOPS),
            ParameterKey.actor(ActorId.NORTH_KOREA, ActorField.TROOP_QUALITY),
            ParameterKey.front(FrontField.RUSSIAN_DAILY_CASUALTIES),
            ParameterKey.front(FrontField.RUSSIAN_CUMULATIVE_CASUALTIES),
            ParameterKey.front(FrontField.KURSK_RUSSIAN_CONTROL),
            ParameterKey.redLine(ActorId.NATO, Rung.STRIKE_RESTRICTIONS_LIFTED),
            ParameterKey.redLine(ActorId.NORTH_KOREA, Rung.NK_COMBAT_IN_KURSK),
            ParameterKey.redLine(ActorId.NORTH_KOREA, Rung.NK_IN_UKRAINE),
            ParameterKey.redLine(ActorId.SOUTH_KOREA, Rung.SK_LETHAL_AID),
            ParameterKey.actor(ActorId.CHINA, ActorField.RESTRAINT));
    private static final int STATUS_EVERY_DAYS = 7;

    @Parameters(index = "0", paramLabel = "FILE|RESULTS_DIR",
            description = "Scenario file (YAML), or a results folder made by 'brink run' (its scenario, seed and horizon are used).")
    Path file;

    @Mixin Options.Seed seed;
    @Mixin Options.Days days;

    @Option(names = "--replication", paramLabel = "R", defaultValue = "0",
            description = "Which replication of the seed to tell (default: ${DEFAULT-VALUE}): row R of runs.csv, the same events and numbers.")
    long replication;

    private long seedValue;

    @Override
    protected int execute() throws Exception {
        if (replication < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--replication: value " + replication + ": allowed: a whole number of 0 or more");
        }
        Scenario scenario;
        ReplayedRun from = null;
        Path input = Install.input(file);
        if (Files.isDirectory(input)) {
            from = ReplayedRun.of(input, replication);
            scenario = from.scenario();
            seedValue = seed.given != null ? seed.given : from.seed();
        } else {
            scenario = new ScenarioLoader().load(input);
            seedValue = seed.value();
        }
        scenario = days.apply(scenario);

        Story story = Story.tell(scenario, seedValue, replication);
        if (from != null && seed.given == null && days.days == null) from.check(story);
        PrintWriter out = out();
        header(out, scenario, story.sampler());
        narrative(out, scenario, story.record(), story.entries());
        summary(out, scenario, story.record());
        out.flush();
        return BrinkCli.OK;
    }

    private void header(PrintWriter out, Scenario s, ScenarioSampler sampler) {
        out.println(TextWrap.wrapped("Trace of " + s.name() + ": " + s.title(), "", "  "));
        out.println(TextWrap.wrapped(String.format("File %s, seed %d (point 0, replication %d), %d days from %s.",
                ScenarioLoader.label(s.file()), seedValue, replication, s.horizonDays(), s.startDate()), "", "  "));
        if (!s.description().isBlank()) out.println(TextWrap.wrapped(s.description(), "", ""));
        out.println();
        Map<ParameterKey, Double> drawn = new LinkedHashMap<>();
        for (int i = 0; i < sampler.size(); i++) drawn.put(sampler.def(i).key(), sampler.lastSample(i));
        out.println("Values drawn for this run (`brink params` shows every distribution and its source):");
        for (ParameterKey path : KEY_PARAMETERS) {
            ParameterSpec p = s.parameter(path);
            if (p == null) continue;
            ParameterDef d = p.def();
            String line = d.description() + ": " + TextWrap.num(drawn.get(path)) + " " + d.unit()
                    + (p.distribution().isFixed() && p.asOf() == null ? " (fixed)" : " (from " + ParamsCommand.describe(p) + ")");
            out.println(TextWrap.wrapped(line, "  ", "      "));
        }
        if (!s.triggers().isEmpty()) {
            out.println("Rules, each acting with a daily hazard while its condition holds, in this run:");
            for (TriggerSpec t : s.triggers()) {
                double chance = drawn.getOrDefault(ParameterKey.trigger(t.id(), TriggerField.PROBABILITY), Double.NaN);
                double window = drawn.getOrDefault(ParameterKey.trigger(t.id(), TriggerField.WITHIN_DAYS), Double.NaN);
                String what = t.kind() == TriggerRule.Kind.COMMITMENT
                        ? String.format("honoured with chance %.0f%%, then acts within about %s days", 100 * chance, TextWrap.num(window))
                        : String.format("acts with chance %.0f%% while the condition persists, most likely within %s days",
                                100 * chance, TextWrap.num(window));
                String line = t.id() + ": " + what + " - " + t.toRule().describe();
                out.println(TextWrap.wrapped(line, "  ", "      "));
            }
        }
        if (!s.events().isEmpty()) {
            out.println("Scheduled events:");
            for (EventSpec e : s.events()) {
                if (e.day() > s.horizonDays()) continue;
                out.println(TextWrap.wrapped("day " + e.day() + " (" + s.dateOf(e.day()) + "): " + e.type().description()
                        + (e.type().needsAmount() ? " (" + TextWrap.num(e.amount()) + " troops)" : ""), "  ", "      "));
            }
        }
        out.println();
    }

    private static void narrative(PrintWriter out, Scenario s, RunRecord record, List<Narration> entries) {
        int next = 0;
        boolean afterBlank = true; // the header ends with a blank line
        for (int day = 0; day <= record.days(); day++) {
            boolean any = next < entries.size() && entries.get(next).day() == day;
            if (any) {
                if (!afterBlank) out.println();
                out.println("Day " + day + " (" + s.dateOf(day) + ")");
                afterBlank = false;
            }
            while (next < entries.size() && entries.get(next).day() == day) {
                Narration e = entries.get(next++);
                String who = e.actor() == null ? "" : "[" + e.actor().displayName() + "] ";
                out.println(TextWrap.wrapped(who + e.text(), "  * ", "    "));
                out.println(TextWrap.wrapped("cause: " + e.cause(), "    ", "      "));
                for (String why : sources(s, e)) out.println(TextWrap.wrapped(why, "    ", "      "));
            }
            if (day % STATUS_EVERY_DAYS == 0) {
                out.println(TextWrap.wrapped(status(s, record, day), "  -- ", "     "));
                afterBlank = false;
            } else if (any) {
                out.println();
                afterBlank = true;
            }
        }
        if (!afterBlank) out.println();
    }

    /** Where the entry's parameter, rule or event comes from, one line each, without repeats. */
    private static List<String> sources(Scenario s, Narration e) {
        List<String> lines = new ArrayList<>();
        if (e.parameter() != null) {
            ParameterSpec p = s.parameter(e.parameter());
            if (p != null) lines.add("parameter " + e.parameter().path() + " = " + p.distribution().describe()
                    + "; " + p.provenance().describe());
        }
        String rule = e instanceof Narration.EventApplied a && a.origin() == Narration.Origin.RULE ? a.rule()
                : e instanceof Narration.CommitmentTested c ? c.rule().id : null;
        if (rule != null) {
            for (TriggerSpec t : s.triggers()) {
                if (t.id().equals(rule)) lines.add("rule from " + t.provenance().describe());
            }
        }
        if (e instanceof Narration.EventApplied a && a.origin() == Narration.Origin.SCHEDULED) {
            for (EventSpec ev : s.events()) {
                if (ev.day() == e.day() && ev.type() == a.type()) {
                    lines.add("event from " + ev.provenance().describe());
                    break;
                }
            }
        }
        return lines;
    }

    /** One line a week; the level's name only when it changed since the last status line. */
    private static String status(Scenario s, RunRecord r, int day) {
        int level = (int) r.value(Metric.ESCALATION_LEVEL, day);
        boolean changed = day < STATUS_EVERY_DAYS || (int) r.value(Metric.ESCALATION_LEVEL, day - STATUS_EVERY_DAYS) != level;
        return String.format("day %d (%s): level %d%s, Russian losses %s, NK in combat %s, Kursk %.0f%% Russian",
                day, s.dateOf(day), level, changed ? " (" + Rung.ofLevel(level).key() + ")" : "",
                TextWrap.num(Math.round(r.value(Metric.RUSSIAN_CASUALTIES, day))),
                TextWrap.num(Math.round(r.value(Metric.NK_IN_COMBAT, day))),
                100 * r.value(Metric.KURSK_CONTROL, day));
    }

    private static void summary(PrintWriter out, Scenario s, RunRecord r) {
        out.println("Escalation ladder: day each rung was first crossed");
        int[] cols = {3, 28};
        for (String l : TextWrap.row("  ", cols, "#", "RUNG", "FIRST CROSSED")) out.println(l);
        for (Rung rung : Rung.values()) {
            int d = r.firstCrossedDay(rung);
            String when = d == EscalationLadder.NEVER ? "-" : "day " + d + " (" + s.dateOf(d) + ")";
            for (String l : TextWrap.row("  ", cols, String.valueOf(rung.level()), rung.key(), when)) out.println(l);
        }
        out.println();
        LocalDate end = s.dateOf(r.days());
        out.println("Final values on day " + r.days() + " (" + end + ")");
        int[] mcols = {54, 22};
        for (Metric m : Metric.values()) {
            double v = r.finalValue(m);
            String value;
            if (m == Metric.ESCALATION_LEVEL || m == Metric.MAX_RUNG) {
                value = (int) v + " " + Rung.ofLevel((int) v).key();
            } else if (m == Metric.KURSK_CONTROL) {
                value = String.format("%.0f%%", 100 * v);
            } else if ("soldiers".equals(m.unit()) || "soldiers/day".equals(m.unit())) {
                value = TextWrap.num(Math.round(v));
            } else {
                value = String.format("%.2f", v);
            }
            String unit = m == Metric.ESCALATION_LEVEL || m == Metric.MAX_RUNG || m == Metric.KURSK_CONTROL ? "" : m.unit();
            for (String l : TextWrap.row("  ", mcols, m.title(), value, unit)) out.println(l);
        }
    }
}
