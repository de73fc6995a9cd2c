package brink.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One of the six actors. Each day it reads yesterday's world, updates its pressure in the
 * Richardson action-reaction sense, and chooses hold / escalate / step down with a logit
 * (quantal-response) rule. It only records its choice: {@link DayResolver} applies every
 * actor's choice together, so the outcome never depends on who moves first.
 */
public final class Actor implements Steppable {
    private static final long serialVersionUID = 1L;

    private final ActorId id;
    private final int index;
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

    /** The levels of the rungs this actor decides (decides(id, rung)), ascending: scanned every day. */
    private final int[] ownRungs;

    Actor(ActorId id) {
        this.id = id;
        this.index = id.ordinal();
        ownRungs = java.util.Arrays.stream(Rung.values()).filter(r -> decides(id, r)).mapToInt(Rung::level).toArray();
    }

    public ActorId id() { return id; }
    public double pressure() { return pressure; }
    public Decision decision() { return decision; }
    public Rung decisionRung() { return decisionRung; }

    void reset(ActorParameters p) {
        pressure = p.initialPressure;
        nextPressure = p.initialPressure;
        decision = Decision.HOLD;
        decisionRung = null;
    }

    @Override
    public void step(SimState state) {
        BrinkModel model = (BrinkModel) state;
        ModelParameters params = model.parameters();
        ActorParameters p = params.actors[index];
        DecisionParameters d = params.decision;
        EscalationLadder ladder = model.ladder();

        double hostility = observedHostility(model, ladder, d);
        nextPressure = Math.max(0.0, pressure + p.reactivity * hostility - p.decay * pressure + p.grievance
                + d.pressureNoise * model.random.nextGaussian());

        double drive = drive(model, p, d);
        decision = Decision.HOLD;
        decisionRung = null;
        if (id == ActorId.UKRAINE || id == ActorId.CHINA) {
            choosePosture(model, p, d, drive);
        } else {
            chooseRung(model, ladder, p, d, drive);
        }
    }

    /** Pressure plus resolve. For North Korea's troop rungs, Russia's pressure counts half (its consent). */
    private double drive(BrinkModel model, ActorParameters p, DecisionParameters d) {
        double base = pressure;
        if (id == ActorId.NORTH_KOREA) base = 0.5 * (pressure + model.actor(ActorId.RUSSIA).pressure);
        return base + d.resolveWeight * (p.resolve - 0.5);
    }

    /** Severity of the active rungs the other camp controls, plus the actor's own material stakes. */
    private double observedHostility(BrinkModel model, EscalationLadder ladder, DecisionParameters d) {
        double h = ladder.hostilityAgainst(id.camp());
        if (id == ActorId.RUSSIA) h += d.kurskHostility * (1.0 - model.front().kurskControl);
        if (id == ActorId.UKRAINE) h += d.manpowerStressHostility * model.front().manpowerStress();
        return h;
    }

    /** A rung's threshold: the red line, raised for severe rungs by risk aversion and China's restraint. */
    double threshold(BrinkModel model, Rung rung, ActorParameters p, DecisionParameters d) {
        double t = p.redLine[rung.ordinal()] + d.riskWeight * p.riskAversion * rung.severity();
        if (model.chinaPressing() && (id == ActorId.RUSSIA || id == ActorId.NORTH_KOREA)) {
            t += d.chinaRestraint * rung.severity();
        }
        return t;
    }

    private void chooseRung(BrinkModel model, EscalationLadder ladder, ActorParameters p, DecisionParameters d,
                            double drive) {
        boolean troopsToSend = id != ActorId.NORTH_KOREA || model.front().hasNkTroops();
        if (ladder.version() != movesVersion || troopsToSend != movesTroops || d.maxJump != movesMaxJump) {
            findMoves(ladder, d.maxJump, troopsToSend);
        }
        Rung up = moveUp, down = moveDown;
        double lambda = p.rationality;
        // Logit weights relative to holding (hold = 1): e^(lambda (drive - t) - inertia) for each move.
        double xUp = 0, xDown = 0, tUp = Double.NaN, tDown = Double.NaN;
        if (up != null) {
            tUp = threshold(model, up, p, d);
            xUp = lambda * (drive - tUp) - d.inertia;
        }
        if (down != null) {
            tDown = threshold(model, down, p, d);
            xDown = lambda * (tDown - d.stepDownHysteresis - drive) - d.inertia;
        }
        double u = Draws.uniform32(model.random);
        lastDrive = drive;
        int choice = logitChoice(u, up != null, xUp, down != null, xDown);
        if (choice > 0) {
            decision = Decision.ESCALATE;
            decisionRung = up;
            lastThreshold = tUp;
            lastProbability = lastChoiceProbability;
        } else if (choice < 0) {
            decision = Decision.STEP_DOWN;
            decisionRung = down;
            lastThreshold = tDown;
            lastProbability = lastChoiceProbability;
        }
    }

    /**
     * The rungs {@link #findMoves} found, and what they depend on: the ladder (its version changes
     * with every crossing, step-down and commitment), whether NK has troops, the maximum jump.
     * Actors ask every day; the answer changes only when one of these does.
     */
    private Rung moveUp, moveDown;
    private int movesVersion = Integer.MIN_VALUE;
    private boolean movesTroops;
    private int movesMaxJump = Integer.MIN_VALUE;

    private void findMoves(EscalationLadder ladder, int maxJump, boolean troopsToSend) {
        int level = ladder.level();
        // the lowest inactive rung of its own within reach (NK's need troops to send)...
        Rung up = null;
        for (int r : ownRungs) {
            if (r > level + maxJump || !troopsToSend) break;
            Rung rung = Rung.ofLevel(r);
            if (!ladder.isActive(r) && prerequisiteMet(rung, ladder)) { up = rung; break; }
        }
        // ...and the highest active reversible one, unless that is a commitment made by an event or rule
        Rung down = null;
        for (int k = ownRungs.length - 1; k >= 0; k--) {
            Rung rung = Rung.ofLevel(ownRungs[k]);
            if (ladder.isActive(ownRungs[k]) && rung.reversible()) {
                if (!ladder.isCommitted(ownRungs[k])) down = rung;
                break;
            }
        }
        moveUp = up;
        moveDown = down;
        movesVersion = ladder.version();
        movesTroops = troopsToSend;
        movesMaxJump = maxJump;
    }

    private static final double LOG2E = 1.4426950408889634;
    /** Probability of the move {@link #logitChoice} chose last (for the narrative). */
    private double lastChoiceProbability;

    /**
     * The logit (quantal-response) choice between hold (weight 1), up (weight e^xUp) and down
     * (weight e^xDown) for a uniform draw u: +1 up, -1 down, 0 hold. Exactly the rule
     * "up if u &lt; P(up), down if u &lt; P(up) + P(down)"; but as an actor is usually far below its
     * red lines, u is first compared with a cheap upper bound of P(up) + P(down), and the
     * exponentials are computed only when u falls under it.
     */
    private int logitChoice(double u, boolean canUp, double xUp, boolean canDown, double xDown) {
        double bound = (canUp ? expUpperBound(xUp) : 0) + (canDown ? expUpperBound(xDown) : 0);
        if (!(u < bound)) return 0; // u >= e^xUp + e^xDown >= P(up) + P(down): hold
        double wUp = canUp ? Math.exp(xUp) : 0;
        double wDown = canDown ? Math.exp(xDown) : 0;
        double total = 1 + wUp + wDown;
        double v = u * total;
        if (v < wUp) {
            lastChoiceProbability = wUp / total;
            return 1;
        }
        if (v < wUp + wDown) {
            lastChoiceProbability = wDown / total;
            return -1;
        }
        return 0;
    }

    /** An upper bound of e^x without calling exp: 2^(ceil(x log2 e) + 1), the extra factor 2 covering rounding. */
    static double expUpperBound(double x) {
        double k = Math.ceil(x * LOG2E) + 1;
        if (k > 1023) return Double.POSITIVE_INFINITY;
        if (k < -1022) return Double.MIN_NORMAL;
        if (k != k) return Double.POSITIVE_INFINITY; // NaN: take the exact path
        return Double.longBitsToDouble((long) (k + 1023) << 52);
    }

    /** Ukraine moves between defensive, holding and offensive; China starts or stops pressing. */
    private void choosePosture(BrinkModel model, ActorParameters p, DecisionParameters d, double drive) {
        double lambda = p.rationality;
        double t = p.postureThreshold;
        boolean canUp = id == ActorId.UKRAINE ? model.ukrainianPosture() < 1 : !model.chinaPressing();
        boolean canDown = id == ActorId.UKRAINE ? model.ukrainianPosture() > -1
                : model.chinaPressing() && !model.chinaCommitted();
        double u = Draws.uniform32(model.random);
        lastDrive = drive;
        lastThreshold = t;
        int choice = logitChoice(u, canUp, lambda * (drive - t) - d.inertia,
                canDown, lambda * (t - d.stepDownHysteresis - drive) - d.inertia);
        if (choice > 0) {
            decision = Decision.ESCALATE;
            lastProbability = lastChoiceProbability;
        } else if (choice < 0) {
            decision = Decision.STEP_DOWN;
            lastProbability = lastChoiceProbability;
        }
    }

    /**
     * Whether an actor makes the call on a rung by its own choice: NK decides its troops' rungs
     * (with Russia's pressure in its drive), Russia the rest of its own. Rungs 0 and 1 are the
     * starting situation, not choices.
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
