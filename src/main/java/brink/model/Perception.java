package brink.model;

import java.io.Serializable;

/**
 * What the actors see of the world, computed once at the end of each day from the ladder and the
 * front, and read by every actor the next day (so all six decide from the same state). This is
 * where the war's material side feeds the political one (docs/model.md 7.1-7.2):
 *
 * <ul>
 *   <li>each rung's hostility counts its severity, fading with its age toward a floor
 *       (habituation), and for North Korea's rungs scaled by the troops they involve, so a larger
 *       contingent is a larger signal to Ukraine's supporters, South Korea and China;</li>
 *   <li>Russia sees Ukraine's hold on Kursk; Russia and Ukraine each see their own army's
 *       manpower stress; NATO sees Ukraine's stress too;</li>
 *   <li>every actor's total is a bounded response, H S / (H + S);</li>
 *   <li>Russia's manpower need (Kursk held, its own shortfall) and North Korea's means (troops) and
 *       costs (losses, defections) enter North Korea's troop decisions.</li>
 * </ul>
 */
public final class Perception implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Rung[] RUNGS = Rung.values();

    private final double[] hostility = new double[ActorId.COUNT];
    private final double[] rawHostility = new double[ActorId.COUNT];
    private double russianNeed;
    private double ukrainianStress;
    private double russianStress;
    private double nkWithdrawalPressure;
    private double meansToEnterCombat;
    private double meansToCrossIntoUkraine;

    /** Severity and camp of each rung, looked up every day. */
    private static final double[] SEVERITY = new double[Rung.COUNT];
    private static final boolean[] WESTERN_MOVE = new boolean[Rung.COUNT];
    private static final boolean[] RUSSIAN_MOVE = new boolean[Rung.COUNT];
    private static final int RUSSIA = ActorId.RUSSIA.ordinal(), NORTH_KOREA = ActorId.NORTH_KOREA.ordinal(),
            UKRAINE = ActorId.UKRAINE.ordinal(), NATO = ActorId.NATO.ordinal(), SOUTH_KOREA = ActorId.SOUTH_KOREA.ordinal(),
            CHINA = ActorId.CHINA.ordinal();

    static {
        for (Rung r : RUNGS) {
            SEVERITY[r.ordinal()] = r.severity();
            WESTERN_MOVE[r.ordinal()] = r.isMoveOf(ActorId.Camp.WESTERN);
            RUSSIAN_MOVE[r.ordinal()] = r.isMoveOf(ActorId.Camp.RUSSIAN);
        }
    }

    /** Recomputes everything from today's state (every day: novelty fades and troops move daily). */
    void update(EscalationLadder ladder, Front front, ModelParameters p) {
        DecisionParameters d = p.decision;
        ContingentParameters c = p.contingent;
        double floor = d.habituationFloor;
        double reference = d.contingentReference;
        double allTroops = contingentFactorOf(front.nkTraining() + front.nkInCombat(), reference);
        double inCombat = contingentFactorOf(front.nkInCombat(), reference);
        double russianCamp = 0, westernCamp = 0, all = 0; // hostility seen by each camp
        int[] active = ladder.activeLevels();
        for (int k = 0, n = ladder.activeCount(); k < n; k++) {
            int r = active[k];
            if (r == 0) continue;
            double size = r == Rung.NK_TROOPS_IN_RUSSIA.ordinal() ? allTroops
                    : r == Rung.NK_COMBAT_IN_KURSK.ordinal() || r == Rung.NK_IN_UKRAINE.ordinal() ? inCombat : 1.0;
            double signal = SEVERITY[r] * (floor + (1 - floor) * ladder.novelty(r)) * size;
            all += signal;
            if (WESTERN_MOVE[r]) russianCamp += signal;
            if (RUSSIAN_MOVE[r]) westernCamp += signal;
        }
        ukrainianStress = front.ukrainianStress();
        russianStress = front.russianStress();
        double kurskHeld = front.kurskContested() ? 1.0 - front.kurskControl() : 0.0;
        double stress = d.manpowerStressHostility;
        set(RUSSIA, russianCamp + d.kurskHostility * kurskHeld + stress * russianStress, d);
        set(NORTH_KOREA, russianCamp, d);
        set(UKRAINE, westernCamp + stress * ukrainianStress, d);
        set(NATO, westernCamp + d.ukraineStressSignal * ukrainianStress, d);
        set(SOUTH_KOREA, westernCamp, d);
        set(CHINA, all, d);
        // Russia's need for foreign troops: Ukraine in Kursk, or its own shortfall (a probabilistic "or")
        russianNeed = 1.0 - (1.0 - kurskHeld) * (1.0 - russianStress);
        double sent = front.nkSent();
        nkWithdrawalPressure = sent > 0
                ? c.lossAversion * front.nkLost() / sent + c.defectionAversion * front.nkDefected() / sent : 0.0;
        meansToEnterCombat = means(front.nkTraining(), c.meansHalfTroops);
        meansToCrossIntoUkraine = means(front.nkInCombat(), c.meansHalfTroops);
    }

    private void set(int actor, double h, DecisionParameters d) {
        rawHostility[actor] = h;
        hostility[actor] = saturate(h, d.hostilitySaturation);
    }

    /**
     * How many contingents' worth of signal a North Korean rung carries: with x = N / reference
     * (N all troops in Russia for rung 1, those in combat for rungs 4 and 6), (1 + c) x / (x + c)
     * with c = {@value #CONTINGENT_CEILING_MINUS_ONE}. One reference contingent counts once, none
     * counts nothing, and each further contingent alarms less than the one before (diminishing
     * sensitivity), toward a ceiling of 1 + c: 3,000 troops count 0.36, 30,000 count 2, 100,000
     * count 3.1 (close to log2(1 + x) over this range, without a logarithm a day). Other rungs count once.
     */
    static double contingentFactor(Rung rung, Front front, double reference) {
        switch (rung) {
            case NK_TROOPS_IN_RUSSIA: return contingentFactorOf(front.nkTraining() + front.nkInCombat(), reference);
            case NK_COMBAT_IN_KURSK: case NK_IN_UKRAINE: return contingentFactorOf(front.nkInCombat(), reference);
            default: return 1.0;
        }
    }

    private static double contingentFactorOf(double troops, double reference) {
        double x = troops / reference;
        return (1 + CONTINGENT_CEILING_MINUS_ONE) * x / (x + CONTINGENT_CEILING_MINUS_ONE);
    }

    /** c in the contingent factor: the signal's ceiling is 1 + c contingents' worth. */
    static final double CONTINGENT_CEILING_MINUS_ONE = 3.0;

    /** Bounded response: H S / (H + S) rises like H for small H and never exceeds S. */
    static double saturate(double h, double ceiling) {
        return h <= 0 ? 0 : h * ceiling / (h + ceiling);
    }

    /** The means for a troop move: N / (N + half); no troops, no move. */
    static double means(double troops, double half) {
        return troops < 1.0 ? 0.0 : troops / (troops + half);
    }

    /** Saturated hostility the actor reacts to. */
    public double hostility(ActorId a) { return hostility[a.ordinal()]; }
    /** Hostility before saturation (for the narrative and tests). */
    public double rawHostility(ActorId a) { return rawHostility[a.ordinal()]; }
    /** Russia's need for foreign troops in [0, 1]. */
    public double russianNeed() { return russianNeed; }
    public double ukrainianStress() { return ukrainianStress; }
    public double russianStress() { return russianStress; }
    /** Pressure on Pyongyang to withdraw from its losses and defections. */
    public double nkWithdrawalPressure() { return nkWithdrawalPressure; }
    /** The means factor for sending troops in training into combat. */
    public double meansToEnterCombat() { return meansToEnterCombat; }
    /** The means factor for sending troops in combat on into Ukraine. */
    public double meansToCrossIntoUkraine() { return meansToCrossIntoUkraine; }
}
