package brink.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Runs after every actor has chosen, once a day: applies today's scheduled and triggered events,
 * the actors' choices (all taken from the same yesterday-state), the inadvertent-escalation
 * hazard, then a day of fighting, and records the day.
 */
final class DayResolver implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public void step(SimState state) {
        BrinkModel model = (BrinkModel) state;
        int day = model.advanceDay();
        ModelParameters params = model.parameters();

        for (Actor a : model.actors()) a.pressure = a.nextPressure;
        model.applyScheduledEvents(day);
        model.applyDueTriggers(day);
        applyDecisions(model, day);
        inadvertentEscalation(model, params.decision, day);
        model.checkTriggerConditions(day);
        model.front().step(day, params.front, model.ladder(), model.ukrainianPosture(), model.random);
        model.recordDay(day);
        if (day >= params.horizonDays) model.stopDailyStep();
    }

    private static void applyDecisions(BrinkModel model, int day) {
        EscalationLadder ladder = model.ladder();
        for (Actor a : model.actors()) {
            if (a.decision == Decision.HOLD) continue;
            boolean up = a.decision == Decision.ESCALATE;
            if (a.decisionRung == null) {
                model.changePosture(a, up, day);
                continue;
            }
            Rung rung = a.decisionRung;
            boolean changed = up ? ladder.cross(rung, day) : ladder.stepDown(rung, day);
            if (!changed) continue;
            if (!up && rung == Rung.NK_COMBAT_IN_KURSK) model.front().withdrawNk();
            if (model.narrator() != null) {
                String verb = up ? "crosses" : "steps down from";
                model.narrator().record(day, a.id(), "logit choice",
                        String.format("%s %s rung %d \"%s\" (drive %.2f against red line %.2f; chance today %.1f%%).",
                                a.id().displayName(), verb, rung.level(), rung.title(),
                                a.lastDrive, a.lastThreshold, 100 * a.lastProbability),
                        "actors." + a.id().key() + ".red_line." + rung.key());
            }
        }
    }

    /** The daily hazard at each level, recomputed only when its two parameters change. */
    private final double[] hazardByLevel = new double[Rung.COUNT];
    private double hazardBase = Double.NaN;
    private double hazardGrowth = Double.NaN;

    private double hazardAt(DecisionParameters d, int level) {
        if (d.hazardBase != hazardBase || d.hazardGrowth != hazardGrowth) {
            hazardBase = d.hazardBase;
            hazardGrowth = d.hazardGrowth;
            for (int l = 0; l < Rung.COUNT; l++) hazardByLevel[l] = hazardBase * Math.exp(hazardGrowth * l);
        }
        return hazardByLevel[level];
    }

    /** Rungs an accident can cross: military incidents between Russia and NATO, never a political choice. */
    private static final Rung[] INCIDENTS = {Rung.NATO_INTERCEPTS, Rung.RUSSIAN_ATTACK_ON_NATO, Rung.NATO_RUSSIA_CLASH};

    /**
     * Posen's inadvertent escalation: a small daily hazard, growing with the level, that a military
     * incident crosses the lowest incident rung not yet active (up to the hazard's highest rung).
     */
    private void inadvertentEscalation(BrinkModel model, DecisionParameters d, int day) {
        EscalationLadder ladder = model.ladder();
        int level = ladder.level();
        double hazard = hazardAt(d, level);
        if (Draws.uniform32(model.random) >= hazard) return;
        for (Rung rung : INCIDENTS) {
            if (rung.level() > d.hazardMaxRung) return;
            if (ladder.isActive(rung)) continue;
            ladder.cross(rung, day);
            if (model.narrator() != null) {
                model.narrator().record(day, null, "inadvertent escalation",
                        String.format("An incident nobody chose crosses rung %d \"%s\" (daily hazard %.3f%% at level %d).",
                                rung.level(), rung.title(), 100 * hazard, level), "decision.hazard_base");
            }
            return;
        }
    }
}
