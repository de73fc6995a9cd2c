package brink.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Runs after every actor has chosen, once a day (docs/model.md 3): applies today's scheduled and
 * injected events, the actors' choices (all taken from the same yesterday-state), the rules, the
 * inadvertent-escalation hazard, a day of fighting, the consequences of nuclear use and the war's
 * change of phase; then the ladder ages, the actors' perception is brought up to date, and the
 * day is recorded.
 */
final class DayResolver implements Steppable {
    private static final long serialVersionUID = 1L;

    /** Rungs an accident can cross: military incidents between Russia and NATO, never a political choice. */
    private static final Rung[] INCIDENTS = {Rung.NATO_INTERCEPTS, Rung.RUSSIAN_ATTACK_ON_NATO, Rung.NATO_RUSSIA_CLASH};

    /** The daily hazard at each level, recomputed only when its two parameters change. */
    private final double[] hazardByLevel = new double[Rung.COUNT];
    private double hazardBase = Double.NaN;
    private double hazardGrowth = Double.NaN;

    @Override
    public void step(SimState state) {
        BrinkModel model = (BrinkModel) state;
        int day = model.advanceDay();
        ModelParameters params = model.parameters();

        for (Actor a : model.actors()) a.pressure = a.nextPressure;
        model.applyScheduledEvents(day);
        applyDecisions(model, day);
        model.rules().step(model, day);
        inadvertentEscalation(model, params.decision, day);
        double intensity = model.war().intensity(params.decision);
        model.front().step(day, params.front, params.contingent, model.ladder(), model.postures().ukrainian,
                intensity, model.streams().frontNoise, model.streams().defections);
        model.applyNuclearConsequences(day);
        model.stepWar(day);
        model.endOfDay(day);
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
                model.narrator().record(new Narration.ActorMove(day, a.id(), rung, up, a.lastDrive, a.lastThreshold, a.lastProbability));
            }
        }
    }

    private double hazardAt(DecisionParameters d, int level) {
        if (d.hazardBase != hazardBase || d.hazardGrowth != hazardGrowth) {
            hazardBase = d.hazardBase;
            hazardGrowth = d.hazardGrowth;
            for (int l = 0; l < Rung.COUNT; l++) hazardByLevel[l] = hazardBase * StrictMath.exp(hazardGrowth * l);
        }
        return hazardByLevel[level];
    }

    /**
     * Posen's inadvertent escalation: a small daily hazard, growing with the level and scaled by the
     * fighting's intensity (none once the war is over), that a military incident crosses the lowest
     * incident rung not yet active (up to the hazard's highest rung). One uniform a day, always.
     */
    private void inadvertentEscalation(BrinkModel model, DecisionParameters d, int day) {
        double u = model.streams().hazard.uniform();
        EscalationLadder ladder = model.ladder();
        if (ladder.isFrozen()) return;
        int level = ladder.level();
        double hazard = hazardAt(d, level) * model.war().intensity(d);
        if (u >= hazard) return;
        for (Rung rung : INCIDENTS) {
            if (rung.level() > d.hazardMaxRung) return;
            if (ladder.isActive(rung)) continue;
            ladder.cross(rung, day);
            if (model.narrator() != null) model.narrator().record(new Narration.Incident(day, rung, hazard, level));
            return;
        }
    }
}
