package brink.model;

import java.util.Locale;

/**
 * One entry of a run's plain-sentence story: what an actor did and why, which rule acted, what
 * an event or an accident changed, how the war stands. Only {@code brink trace} and the GUI attach
 * a {@link Narrator}; Monte Carlo runs build none of these.
 */
public sealed interface Narration {
    int day();

    /** Who acted, or null for the world (events, rules, accidents, the war). */
    ActorId actor();

    /** What made it happen, e.g. "logit choice", "rule us_lifts_if_nk_in_combat". */
    String cause();

    /** A sentence a student can read. */
    String text();

    /** The parameter that mattered most (for its source quote), or null. */
    ParameterKey parameter();

    /** An actor crosses or steps down from one of its rungs by its own choice. */
    record ActorMove(int day, ActorId actor, Rung rung, boolean up, double drive, double threshold, double chance)
            implements Narration {
        public String cause() { return "logit choice"; }
        public String text() {
            return String.format(Locale.ROOT, "%s %s rung %d \"%s\" (drive %.2f against red line %.2f; chance today %.1f%%).",
                    actor.displayName(), up ? "crosses" : "steps down from", rung.level(), rung.title(),
                    drive, threshold, 100 * chance);
        }
        public ParameterKey parameter() { return ParameterKey.redLine(actor, rung); }
    }

    /** Ukraine changes posture, or China starts or stops pressing, by its own choice. */
    record PostureMove(int day, ActorId actor, int from, int to, double drive, double threshold) implements Narration {
        public String cause() { return "logit choice"; }
        public String text() {
            String what;
            if (actor == ActorId.UKRAINE) {
                String toName = Postures.ukrainianName(to);
                what = "Ukraine shifts from a " + Postures.ukrainianName(from) + " to a" + (to == 1 ? "n " : " ") + toName + " posture";
            } else {
                what = to > from ? "China presses Pyongyang and Moscow to step back" : "China eases its pressure on Pyongyang and Moscow";
            }
            return String.format(Locale.ROOT, "%s (drive %.2f against threshold %.2f).", what, drive, threshold);
        }
        public ParameterKey parameter() { return ParameterKey.actor(actor, ParameterKey.ActorField.POSTURE_THRESHOLD); }
    }

    /** Where an event came from. */
    enum Origin { SCHEDULED, INJECTED, RULE }

    /** An event is applied: scheduled by the scenario, injected by a teacher, or the action of a rule. */
    record EventApplied(int day, Origin origin, String rule, EventType type, double amount, boolean changed, String note)
            implements Narration {
        public ActorId actor() { return null; }
        public String cause() {
            return switch (origin) {
                case SCHEDULED -> "scheduled event";
                case INJECTED -> "injected event";
                case RULE -> "rule " + rule;
            };
        }
        public String text() {
            String what = type.description() + (type.needsAmount() ? String.format(Locale.ROOT, " (%,.0f troops)", amount) : "");
            String text = changed ? what + "." : what + " - no change, already so.";
            if (note != null && !note.isEmpty()) text += " [" + note + "]";
            return text;
        }
        public ParameterKey parameter() {
            return origin == Origin.RULE ? ParameterKey.trigger(rule, ParameterKey.TriggerField.PROBABILITY) : null;
        }
    }

    /** A commitment's condition holds for the first time in the run: is it honoured? */
    record CommitmentTested(int day, TriggerRule rule, boolean honoured) implements Narration {
        public ActorId actor() { return null; }
        public String cause() { return "rule " + rule.id; }
        public String text() {
            return String.format(Locale.ROOT, honoured
                            ? "Condition met: %s. In this run the commitment is honoured (chance %.0f%%): it acts within about %.0f days while the condition holds."
                            : "Condition met: %s, but in this run the commitment is not honoured (chance was %.0f%%).",
                    rule.describe(), 100 * rule.probability, rule.withinDays);
        }
        public ParameterKey parameter() { return ParameterKey.trigger(rule.id, ParameterKey.TriggerField.PROBABILITY); }
    }

    /** An incident nobody chose crosses a NATO-Russia rung (Posen 1991). */
    record Incident(int day, Rung rung, double hazard, int level) implements Narration {
        public ActorId actor() { return null; }
        public String cause() { return "inadvertent escalation"; }
        public String text() {
            return String.format(Locale.ROOT, "An incident nobody chose crosses rung %d \"%s\" (daily hazard %.3f%% at level %d).",
                    rung.level(), rung.title(), 100 * hazard, level);
        }
        public ParameterKey parameter() { return ParameterKey.decision(ParameterKey.DecisionField.HAZARD_BASE); }
    }

    /** The war changes phase: a ceasefire begins or breaks down, or an army collapses. */
    record WarChange(int day, WarPhase from, WarPhase to, double hazard) implements Narration {
        public ActorId actor() { return null; }
        public String cause() { return "the war"; }
        public String text() {
            return switch (to) {
                case CEASEFIRE -> String.format(Locale.ROOT,
                        "The fighting gives way to a ceasefire and talks (chance today %.2f%%). Nobody escalates while it holds.", 100 * hazard);
                case FIGHTING -> "The ceasefire breaks down: the fighting resumes.";
                case UKRAINE_COLLAPSED -> "Ukraine's front collapses: its army has fallen below the collapse share of its strength. The war is over.";
                case RUSSIA_COLLAPSED -> "Russia's front collapses: its army has fallen below the collapse share of its strength. The war is over.";
            };
        }
        public ParameterKey parameter() {
            return switch (to) {
                case CEASEFIRE -> ParameterKey.decision(ParameterKey.DecisionField.CEASEFIRE_PER_YEAR);
                case FIGHTING -> ParameterKey.decision(ParameterKey.DecisionField.CEASEFIRE_BREAKDOWN);
                default -> ParameterKey.front(ParameterKey.FrontField.COLLAPSE_SHARE);
            };
        }
    }

    /** Nuclear use ends the run's escalation: nothing on the ladder changes again. */
    record EscalationEnded(int day, double ukrainianLoss) implements Narration {
        public ActorId actor() { return null; }
        public String cause() { return "nuclear use"; }
        public String text() {
            return String.format(Locale.ROOT,
                    "Nuclear use: %,.0f Ukrainian soldiers are lost, and the run's escalation ends here (what follows is beyond this model).",
                    ukrainianLoss);
        }
        public ParameterKey parameter() { return ParameterKey.front(ParameterKey.FrontField.NUCLEAR_CASUALTIES); }
    }
}
