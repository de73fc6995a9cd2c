package brink.model;

import brink.random.ExpBounds;
import brink.random.StreamId;
import brink.random.Substream;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One of the six actors. Each day it reads yesterday's world (through the day's
 * {@link Perception}), updates its pressure in the Richardson action-reaction sense with a bounded
 * response, and chooses among hold, its possible moves up and its move down with a logit
 * (quantal-response) rule. It only records its choice: {@link DayResolver} applies every actor's
 * choice together, so the outcome never depends on who moves first (docs/model.md 7.1-7.4).
 *
 * <p>Each actor draws from two streams of its own, one normal a day for its pressure noise and one
 * uniform a day for its choice, whatever the state: the same day of two scenarios sees the same
 * numbers (common random numbers).
 */
public final class Actor implements Steppable {
    private static final long serialVersionUID = 1L;
    /** At most this many moves up are on the table (an actor decides at most five rungs). */
    private static final int MAX_UP = 5;

    private final ActorId id;
    private final int index;
    private final Substream noise;
    private final Substream choice;
    double pressure;
    double nextPressure;
    /** The choice made today, applied by the resolver. */
    Decision decision = Decision.HOLD;
    /** The rung the choice is about, or null for a posture move (Ukraine, China). */
    Rung decisionRung;
    /** The drive and threshold behind today's choice, kept for the narrative. */
    double lastDrive;
    double lastThreshold;
    double lastProbability;

    /** The levels of the rungs this actor decides (decides(id, rung)), ascending. */
    private final int[] ownRungs;

    Actor(ActorId id) {
        this.id = id;
        this.index = id.ordinal();
        ownRungs = java.util.Arrays.stream(Rung.values()).filter(r -> decides(id, r)).mapToInt(Rung::level).toArray();
        noise = new Substream(StreamId.of("actor." + id.key() + ".pressure"));
        choice = new Substream(StreamId.of("actor." + id.key() + ".choice"));
    }

    public ActorId id() { return id; }
    public double pressure() { return pressure; }
    public Decision decision() { return decision; }
    public Rung decisionRung() { return decisionRung; }

    void reset(ActorParameters p, long root) {
        pressure = p.initialPressure;
        nextPressure = p.initialPressure;
        decision = Decision.HOLD;
        decisionRung = null;
        noise.reseed(root);
        choice.reseed(root);
        movesVersion = Integer.MIN_VALUE;
    }

    @Override
    public void step(SimState state) {
        BrinkModel model = (BrinkModel) state;
        ModelParameters params = model.parameters();
        ActorParameters p = params.actors[index];
        DecisionParameters d = params.decision;
        double z = noise.gaussian();
        double u = choice.uniform();

        nextPressure = Math.max(0.0, pressure + p.reactivity * model.perception().hostility(id) - p.decay * pressure
                + p.grievance + d.pressureNoise * z);

        // reset only what a move set: under G1 every reference store pays a write barrier, and
        // most days every actor holds
        if (decision != Decision.HOLD) decision = Decision.HOLD;
        if (decisionRung != null) decisionRung = null;
        if (model.ladder().isFrozen() || model.war().phase().isOver()) return;
        double drive = drive(model, p, d);
        if (id == ActorId.UKRAINE || id == ActorId.CHINA) {
            choosePosture(model, p, d, drive, u);
        } else {
            chooseRung(model, p, d, drive, u);
        }
    }

    /**
     * Pressure plus resolve. North Korea's troop rungs are a joint decision with Moscow: Russia's
     * pressure counts half, and Russia's manpower need (Ukraine in Kursk, its own shortfall) adds.
     */
    private double drive(BrinkModel model, ActorParameters p, DecisionParameters d) {
        double base = pressure;
        if (id == ActorId.NORTH_KOREA) {
            base = 0.5 * (pressure + model.actor(ActorId.RUSSIA).pressure) + d.russianNeedWeight * model.perception().russianNeed();
        }
        return base + d.resolveWeight * (p.resolve - 0.5);
    }

    /** A rung's threshold: the red line, raised for severe rungs by risk aversion and China's restraint. */
    double threshold(BrinkModel model, Rung rung, ActorParameters p, DecisionParameters d) {
        double t = p.redLine[rung.ordinal()] + d.riskWeight * p.riskAversion * rung.severity();
        if (model.postures().chinaPressing() && id.camp() == ActorId.Camp.RUSSIAN) {
            t += model.parameters().actor(ActorId.CHINA).restraint * rung.severity();
        }
        return t;
    }

    private void chooseRung(BrinkModel model, ActorParameters p, DecisionParameters d, double drive, double u) {
        EscalationLadder ladder = model.ladder();
        Front front = model.front();
        boolean trainingTroops = front.nkTraining() >= 1.0;
        boolean combatTroops = front.nkInCombat() >= 1.0;
        boolean ceasefire = model.war().phase() == WarPhase.CEASEFIRE;
        boolean pressing = model.postures().chinaPressing();
        int parameters = model.parameters().version;
        if (ladder.version() != movesVersion || trainingTroops != movesTraining || combatTroops != movesCombat
                || ceasefire != movesCeasefire || d.maxJump != movesMaxJump || pressing != movesPressing
                || parameters != movesParameters) {
            findMoves(ladder, d.maxJump, trainingTroops, combatTroops, ceasefire);
            for (int k = 0; k < upCount; k++) upThreshold[k] = threshold(model, ups[k], p, d);
            downThreshold = down != null ? threshold(model, down, p, d) : Double.NaN;
            lowestUpThreshold = Double.POSITIVE_INFINITY;
            for (int k = 0; k < upCount; k++) lowestUpThreshold = Math.min(lowestUpThreshold, upThreshold[k]);
            movesPressing = pressing;
            movesParameters = parameters;
        }
        double lambda = p.rationality;
        // Logit utilities relative to holding (hold = 1): lambda (drive - t) - inertia for each move up,
        // and for NK's troop moves a factor N / (N + half) on the weight (its means). The sum of the
        // weights is at most (number of moves up) e^(best up utility) + e^(down utility), bounded above
        // without exp (ExpBounds): when the uniform is above that bound, the actor holds, and no
        // exponential is computed.
        double bestUp = lambda * (drive - lowestUpThreshold) - d.inertia;
        double bound = upCount == 0 ? 0 : upCount * ExpBounds.upper(bestUp);
        double tDown = downThreshold, xDown = 0;
        if (down != null) {
            double cost = id == ActorId.NORTH_KOREA ? model.perception().nkWithdrawalPressure() : 0.0;
            xDown = lambda * (tDown - d.stepDownHysteresis - drive + cost) - d.inertia;
            bound += ExpBounds.upper(xDown);
        }
        lastDrive = drive;
        if (!(u < bound)) return; // u >= the sum of the weights' bounds >= P(any move): hold
        double total = 1.0;
        for (int k = 0; k < upCount; k++) {
            upWeight[k] = StrictMath.exp(lambda * (drive - upThreshold[k]) - d.inertia) * means(model, ups[k]);
            total += upWeight[k];
        }
        double wDown = down != null ? StrictMath.exp(xDown) : 0.0;
        total += wDown;
        double v = u * total;
        double cumulative = 0;
        for (int k = 0; k < upCount; k++) {
            cumulative += upWeight[k];
            if (v < cumulative) {
                decision = Decision.ESCALATE;
                decisionRung = ups[k];
                lastThreshold = upThreshold[k];
                lastProbability = upWeight[k] / total;
                return;
            }
        }
        if (v < cumulative + wDown) {
            decision = Decision.STEP_DOWN;
            decisionRung = down;
            lastThreshold = tDown;
            lastProbability = wDown / total;
        }
    }

    /** North Korea's means for a troop move, N / (N + half); 1 for every other move. */
    private static double means(BrinkModel model, Rung rung) {
        if (rung == Rung.NK_COMBAT_IN_KURSK) return model.perception().meansToEnterCombat();
        if (rung == Rung.NK_IN_UKRAINE) return model.perception().meansToCrossIntoUkraine();
        return 1.0;
    }

    /**
     * The moves {@link #findMoves} found and their thresholds, and what they depend on: the ladder
     * (its version changes with every crossing, step-down and commitment), whether NK has troops to
     * move, a ceasefire, the maximum jump, China's pressing and the parameters' version (a GUI
     * slider). Actors ask every day; the answer changes only when one of these does.
     */
    private final Rung[] ups = new Rung[MAX_UP];
    private final double[] upThreshold = new double[MAX_UP];
    private final double[] upWeight = new double[MAX_UP];
    private int upCount;
    private Rung down;
    private int movesVersion = Integer.MIN_VALUE;
    private boolean movesTraining, movesCombat, movesCeasefire, movesPressing;
    private int movesParameters;
    private double downThreshold;
    private double lowestUpThreshold;
    private int movesMaxJump = Integer.MIN_VALUE;

    /**
     * Moves up: the inactive rungs this actor decides, at most {@code maxJump} of its own rungs above
     * the highest of them that is active, whose prerequisite is active and for which it has the
     * means (troops for NK's rungs); none during a ceasefire. The jump counts the actor's own rungs,
     * never the global level, so another actor's move does not unlock this one's. Move down: the
     * highest of its active reversible rungs, unless an event made it a commitment.
     */
    private void findMoves(EscalationLadder ladder, int maxJump, boolean trainingTroops, boolean combatTroops, boolean ceasefire) {
        int top = -1;
        for (int k = 0; k < ownRungs.length; k++) if (ladder.isActive(ownRungs[k])) top = k;
        upCount = 0;
        if (!ceasefire) {
            for (int k = 0; k < ownRungs.length && k <= top + maxJump; k++) {
                Rung rung = Rung.ofLevel(ownRungs[k]);
                if (ladder.isActive(ownRungs[k]) || !prerequisiteMet(rung, ladder)) continue;
                if (rung == Rung.NK_COMBAT_IN_KURSK && !trainingTroops) continue;
                if (rung == Rung.NK_IN_UKRAINE && !combatTroops) continue;
                ups[upCount++] = rung;
            }
        }
        down = null;
        for (int k = ownRungs.length - 1; k >= 0; k--) {
            Rung rung = Rung.ofLevel(ownRungs[k]);
            if (ladder.isActive(ownRungs[k]) && rung.reversible()) {
                if (!ladder.isCommitted(ownRungs[k])) down = rung;
                break;
            }
        }
        movesVersion = ladder.version();
        movesTraining = trainingTroops;
        movesCombat = combatTroops;
        movesCeasefire = ceasefire;
        movesMaxJump = maxJump;
    }

    /**
     * Ukraine moves between defensive, holding and offensive (never toward offensive in a
     * ceasefire); China starts or stops pressing. The same logit, with the posture threshold.
     */
    private void choosePosture(BrinkModel model, ActorParameters p, DecisionParameters d, double drive, double u) {
        double lambda = p.rationality;
        double t = p.postureThreshold;
        Postures postures = model.postures();
        boolean ukraine = id == ActorId.UKRAINE;
        boolean canUp = ukraine ? postures.ukrainian < 1 && model.war().phase() == WarPhase.FIGHTING : !postures.chinaPressing;
        boolean canDown = ukraine ? postures.ukrainian > -1 : postures.chinaPressing && !postures.chinaCommitted;
        lastDrive = drive;
        lastThreshold = t;
        double xUp = lambda * (drive - t) - d.inertia;
        double xDown = lambda * (t - d.stepDownHysteresis - drive) - d.inertia;
        Decision choice = threeWayChoice(u, canUp, xUp, canDown, xDown);
        if (choice != Decision.HOLD) decision = choice;
    }

    /**
     * The logit among hold (weight 1), up (e^xUp, if possible) and down (e^xDown, if possible) that
     * the uniform u picks: up if u (1 + wUp + wDown) &lt; wUp, down if below wUp + wDown, else hold.
     * The weights are bracketed first ({@link ExpBounds}); exp is computed only when u falls so
     * near a boundary that the brackets cannot tell, so the choice is always exactly that of
     * {@link #threeWayChoiceWithExp} (tested), at a fraction of the cost.
     */
    static Decision threeWayChoice(double u, boolean canUp, double xUp, boolean canDown, double xDown) {
        double loUp = canUp ? ExpBounds.lower(xUp) : 0, hiUp = canUp ? ExpBounds.upper(xUp, loUp) : 0;
        double loDown = canDown ? ExpBounds.lower(xDown) : 0, hiDown = canDown ? ExpBounds.upper(xDown, loDown) : 0;
        double m = ExpBounds.MARGIN; // covers the rounding of the sums and products below
        double vLo = u * (1 + loUp + loDown) * (1 - m); // v = u (1 + wUp + wDown) lies in [vLo, vHi]
        double vHi = u * (1 + hiUp + hiDown) * (1 + m);
        if (vLo >= (hiUp + hiDown) * (1 + m)) return Decision.HOLD;
        if (vHi < loUp * (1 - m)) return Decision.ESCALATE;
        if (vLo >= hiUp * (1 + m) && vHi < (loUp + loDown) * (1 - m)) return Decision.STEP_DOWN;
        return threeWayChoiceWithExp(u, canUp, xUp, canDown, xDown);
    }

    /** {@link #threeWayChoice} with both weights computed. */
    static Decision threeWayChoiceWithExp(double u, boolean canUp, double xUp, boolean canDown, double xDown) {
        double wUp = canUp ? StrictMath.exp(xUp) : 0;
        double wDown = canDown ? StrictMath.exp(xDown) : 0;
        double v = u * (1 + wUp + wDown);
        if (v < wUp) return Decision.ESCALATE;
        if (v < wUp + wDown) return Decision.STEP_DOWN;
        return Decision.HOLD;
    }

    /**
     * Whether an actor makes the call on a rung by its own choice: NK decides its troops' rungs
     * (with Russia's pressure and need in its drive), Russia the rest of its own. Rungs 0 and 1 are
     * the starting situation, not choices.
     */
    public static boolean decides(ActorId actor, Rung rung) {
        if (rung.level() < 2 || !rung.controlledBy(actor)) return false;
        return !(actor == ActorId.RUSSIA && rung.controlledBy(ActorId.NORTH_KOREA));
    }

    static boolean prerequisiteMet(Rung rung, EscalationLadder ladder) {
        Rung pre = PREREQUISITES[rung.ordinal()];
        return pre == null || ladder.isActive(pre);
    }

    /** prerequisite() by rung, looked up every day. */
    private static final Rung[] PREREQUISITES = new Rung[Rung.COUNT];

    static {
        for (Rung r : Rung.values()) PREREQUISITES[r.ordinal()] = prerequisite(r);
    }

    /** Rungs that only make sense after another: NK troops fight in Kursk before Ukraine; alert before use. */
    static Rung prerequisite(Rung rung) {
        switch (rung) {
            case NK_IN_UKRAINE: return Rung.NK_COMBAT_IN_KURSK;
            case NUCLEAR_USE: return Rung.NUCLEAR_ALERT;
            default: return null;
        }
    }
}
