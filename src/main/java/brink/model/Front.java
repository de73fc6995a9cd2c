package brink.model;

import ec.util.MersenneTwisterFast;

import java.io.Serializable;

/**
 * The front: daily stochastic attrition in Lanchester's square-law form with coefficients that
 * vary by day (Lanchester 1916; Taylor and Brown 1976), manpower pools with recruitment and
 * returning wounded, the North Korean contingent (training, in combat, lost, defected) and the
 * Kursk salient. State only; all arrays are allocated once and reused across replications.
 */
public final class Front implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Longest wounded-return delay the ring buffer supports. */
    public static final int MAX_RETURN_DAYS = 365;

    // pools (soldiers)
    double russianManpower;
    double ukrainianManpower;
    double nkTraining;
    double nkInCombat;
    double nkLost;
    double nkDefected;
    // casualties
    double russianCumulative;
    double ukrainianCumulative;
    double russianToday;
    double ukrainianToday;
    double nkLostToday;
    double nkDefectedToday;
    /** Russian share of the Kursk salient, in [0, 1]. */
    double kurskControl;

    // derived at reset: attrition coefficients (casualties per enemy soldier per day)
    private double ukrainianFirePower;
    private double russianFirePower;
    private double initialUkrainianManpower;
    private double nkEntryPerDay;

    private final double[] russianReturning = new double[MAX_RETURN_DAYS + 1];
    private final double[] ukrainianReturning = new double[MAX_RETURN_DAYS + 1];

    void reset(FrontParameters p) {
        russianManpower = p.russianManpower;
        ukrainianManpower = p.ukrainianManpower;
        initialUkrainianManpower = p.ukrainianManpower;
        nkTraining = p.nkTroops;
        nkInCombat = 0;
        nkLost = 0;
        nkDefected = 0;
        russianCumulative = p.russianCumulativeCasualties;
        ukrainianCumulative = p.ukrainianCumulativeCasualties;
        russianToday = 0;
        ukrainianToday = 0;
        nkLostToday = 0;
        nkDefectedToday = 0;
        kurskControl = p.kurskRussianControl;
        // Calibrate the square-law coefficients to the day-0 casualty rates the articles give.
        ukrainianFirePower = p.russianDailyCasualties / Math.max(1.0, p.ukrainianManpower);
        russianFirePower = p.ukrainianDailyCasualties / Math.max(1.0, p.russianManpower);
        nkEntryPerDay = p.nkTroops / Math.max(1.0, p.nkCombatEntryDays);
        java.util.Arrays.fill(russianReturning, 0);
        java.util.Arrays.fill(ukrainianReturning, 0);
    }

    /** Adds a contingent to the NK troops in training; they move into combat like the first one. */
    void addNkTroops(double troops, double entryDays) {
        nkTraining += troops;
        nkEntryPerDay = Math.max(nkEntryPerDay, (nkTraining) / Math.max(1.0, entryDays));
    }

    /** Pulls NK troops out of combat back to the rear. */
    void withdrawNk() {
        nkTraining += nkInCombat;
        nkInCombat = 0;
    }

    /** Effective Russian strength: Russian manpower plus NK troops in combat weighted by quality. */
    double russianStrength(FrontParameters p) {
        return russianManpower + p.nkTroopQuality * nkInCombat;
    }

    /** Ukrainian manpower shortfall against day 0, in [0, 1] (0 = none, 1 = a fifth or more lost). */
    double manpowerStress() {
        double shortfall = (initialUkrainianManpower - ukrainianManpower) / Math.max(1.0, 0.2 * initialUkrainianManpower);
        return Math.max(0.0, Math.min(1.0, shortfall));
    }

    /**
     * One day of fighting.
     * @param ukrainianPosture -1 defensive, 0 holding, +1 offensive
     */
    void step(int day, FrontParameters p, EscalationLadder ladder, int ukrainianPosture, MersenneTwisterFast random) {
        boolean nkCommitted = ladder.isActive(Rung.NK_COMBAT_IN_KURSK);
        boolean nkInUkraine = ladder.isActive(Rung.NK_IN_UKRAINE);

        // NK troops move from training into combat once they are committed
        if (nkCommitted && nkTraining > 0) {
            double moving = Math.min(nkTraining, nkEntryPerDay);
            nkTraining -= moving;
            nkInCombat += moving;
        }

        double sigma = p.attritionNoise;
        double noiseRu = sigma > 0 ? Math.exp(sigma * random.nextGaussian() - 0.5 * sigma * sigma) : 1.0;
        double noiseUa = sigma > 0 ? Math.exp(sigma * random.nextGaussian() - 0.5 * sigma * sigma) : 1.0;

        double westernBoost = 1.0
                + (ladder.isActive(Rung.STRIKE_RESTRICTIONS_LIFTED) ? p.longRangeEffect : 0.0)
                + (ladder.isActive(Rung.SK_LETHAL_AID) ? p.skAidEffect : 0.0);
        double postureRu = 1.0 + p.offensiveEffect * ukrainianPosture;
        double postureUa = 1.0 + 0.5 * p.offensiveEffect * ukrainianPosture;

        double exposedNk = nkInCombat * p.nkExposure * (nkInUkraine ? 1.5 : 1.0);
        double russianSide = ukrainianFirePower * ukrainianManpower * noiseRu * westernBoost * postureRu;
        double ukrainianLoss = russianFirePower * russianStrength(p) * noiseUa * postureUa;

        // Russian-side losses fall on NK troops in proportion to their exposed share of the force
        double nkLoss = russianManpower + exposedNk > 0 ? russianSide * exposedNk / (russianManpower + exposedNk) : 0.0;
        nkLoss = Math.min(nkLoss, nkInCombat);
        double russianLoss = russianSide - nkLoss;

        double defectionRate = p.nkDefectionRate * (nkInUkraine ? p.nkDefectionMultiplierInUkraine : 1.0);
        double defected = Math.min(nkInCombat - nkLoss, Draws.poisson(random, (nkInCombat - nkLoss) * defectionRate));

        // wounded who will come back after the return delay
        int slot = day % (p.woundedReturnDays + 1);
        int returnSlot = slot == 0 ? p.woundedReturnDays : slot - 1; // (day + woundedReturnDays) mod (woundedReturnDays + 1)
        double russianReturned = russianReturning[slot];
        double ukrainianReturned = ukrainianReturning[slot];
        russianReturning[slot] = 0;
        ukrainianReturning[slot] = 0;
        russianReturning[returnSlot] += p.woundedReturnShare * russianLoss;
        ukrainianReturning[returnSlot] += p.woundedReturnShare * ukrainianLoss;

        russianManpower = Math.max(0, russianManpower - russianLoss + p.russianRecruitsPerDay + russianReturned);
        ukrainianManpower = Math.max(0, ukrainianManpower - ukrainianLoss + p.ukrainianRecruitsPerDay + ukrainianReturned);
        nkInCombat = Math.max(0, nkInCombat - nkLoss - defected);
        nkLost += nkLoss;
        nkDefected += defected;

        russianToday = russianSide;
        ukrainianToday = ukrainianLoss;
        nkLostToday = nkLoss;
        nkDefectedToday = defected;
        russianCumulative += russianSide;
        ukrainianCumulative += ukrainianLoss;

        // Kursk: control moves toward the side with the local advantage
        double russianLocal = p.kurskForceShare * russianManpower + p.nkTroopQuality * nkInCombat * (nkInUkraine ? 0.5 : 1.0);
        double ukrainianLocal = p.kurskForceShare * ukrainianManpower * (1.0 + p.offensiveEffect * ukrainianPosture);
        double advantage = (russianLocal - ukrainianLocal) / Math.max(1.0, russianLocal + ukrainianLocal);
        kurskControl = Math.max(0.0, Math.min(1.0, kurskControl + p.kurskSpeed * advantage));
    }

    public double russianManpower() { return russianManpower; }
    public double ukrainianManpower() { return ukrainianManpower; }
    public double nkTraining() { return nkTraining; }
    public double nkInCombat() { return nkInCombat; }
    /** Whether North Korea has at least one soldier in Russia to commit (training or in combat). */
    public boolean hasNkTroops() { return nkTraining + nkInCombat >= 1.0; }
    public double nkLost() { return nkLost; }
    public double nkDefected() { return nkDefected; }
    public double russianCumulative() { return russianCumulative; }
    public double ukrainianCumulative() { return ukrainianCumulative; }
    public double russianToday() { return russianToday; }
    public double ukrainianToday() { return ukrainianToday; }
    public double kurskControl() { return kurskControl; }
}
