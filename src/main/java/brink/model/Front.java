package brink.model;

import brink.random.Substream;

import java.io.Serializable;

/**
 * The front, in two sectors: the Kursk salient (while it is contested) and the rest of the front.
 * Daily stochastic attrition in a selectable {@link AttritionLaw} with intensities that vary by
 * day (Lanchester 1916; Taylor and Brown 1976), manpower pools fed by recruitment from finite
 * recruitable pools and by returning wounded, the North Korean contingent (training, in combat
 * in the sector it fights in, lost, defected) and Kursk control. State only; all arrays are
 * allocated once and reused across replications (docs/model.md 7.8).
 */
public final class Front implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Longest wounded-return delay the ring buffer supports. */
    public static final int MAX_RETURN_DAYS = 365;
    /** Manpower stress is full when a fifth of the day-0 strength is gone. */
    private static final double FULL_STRESS_LOSS = 0.2;

    // pools (soldiers)
    double russianManpower;
    double ukrainianManpower;
    double russianPool;
    double ukrainianPool;
    double nkTraining;
    double nkInCombat;
    double nkLost;
    double nkDefected;
    /** Every NK soldier ever sent to Russia (the day-0 contingent and any further ones). */
    double nkSent;
    // casualties
    double russianCumulative;
    double ukrainianCumulative;
    double russianToday;
    double ukrainianToday;
    double nkLostToday;
    double nkDefectedToday;
    /** Russian share of the Kursk salient, in [0, 1]; at 1 the salient is retaken and no longer a sector. */
    double kurskControl;
    /** Each army's manpower stress, brought up to date whenever its manpower changes (read several times a day). */
    private double russianStress, ukrainianStress;
    /** Today's slot in the wounded-return ring buffer: day mod (return days + 1), kept incrementally. */
    private int returnSlot;

    // fixed at reset
    private double russianInitial;
    private double ukrainianInitial;
    private double russianPoolInitial;
    private double ukrainianPoolInitial;
    private double nkEntryPerDay;
    /** Day-0 casualties per day of each sector, by side. */
    private double russianBaseKursk, russianBaseMain, ukrainianBaseKursk, ukrainianBaseMain;
    /** 1 / each sector's day-0 strength, by side (the laws take strengths relative to day 0). */
    private double perRussianKursk0, perRussianMain0, perUkrainianKursk0, perUkrainianMain0, perRussian0, perUkrainian0;

    private final double[] russianReturning = new double[MAX_RETURN_DAYS + 1];
    private final double[] ukrainianReturning = new double[MAX_RETURN_DAYS + 1];

    void reset(FrontParameters p, ContingentParameters c) {
        russianManpower = p.russianManpower;
        ukrainianManpower = p.ukrainianManpower;
        russianInitial = p.russianManpower;
        ukrainianInitial = p.ukrainianManpower;
        russianPool = p.russianRecruitPool;
        ukrainianPool = p.ukrainianRecruitPool;
        russianPoolInitial = p.russianRecruitPool;
        ukrainianPoolInitial = p.ukrainianRecruitPool;
        nkTraining = c.troops;
        nkInCombat = 0;
        nkLost = 0;
        nkDefected = 0;
        nkSent = c.troops;
        russianCumulative = p.russianCumulativeCasualties;
        ukrainianCumulative = p.ukrainianCumulativeCasualties;
        russianToday = 0;
        ukrainianToday = 0;
        nkLostToday = 0;
        nkDefectedToday = 0;
        kurskControl = p.kurskRussianControl;
        nkEntryPerDay = c.troops / Math.max(1.0, c.combatEntryDays);
        // Day-0 rates split between the sectors by the forces there, Kursk weighted by its intensity.
        double f = p.kurskForceShare;
        double kurskWeight = f * p.kurskIntensity;
        double total = kurskWeight + (1 - f);
        double kurskShare = total > 0 ? kurskWeight / total : 0;
        russianBaseKursk = p.russianDailyCasualties * kurskShare;
        russianBaseMain = p.russianDailyCasualties - russianBaseKursk;
        ukrainianBaseKursk = p.ukrainianDailyCasualties * kurskShare;
        ukrainianBaseMain = p.ukrainianDailyCasualties - ukrainianBaseKursk;
        perRussianKursk0 = 1.0 / Math.max(1.0, f * russianInitial);
        perUkrainianKursk0 = 1.0 / Math.max(1.0, f * ukrainianInitial);
        perRussianMain0 = 1.0 / Math.max(1.0, russianInitial - f * russianInitial);
        perUkrainianMain0 = 1.0 / Math.max(1.0, ukrainianInitial - f * ukrainianInitial);
        perRussian0 = 1.0 / Math.max(1.0, russianInitial);
        perUkrainian0 = 1.0 / Math.max(1.0, ukrainianInitial);
        java.util.Arrays.fill(russianReturning, 0);
        java.util.Arrays.fill(ukrainianReturning, 0);
        returnSlot = 0;
        updateStress();
    }

    private void updateStress() {
        russianStress = stress(russianInitial, russianManpower);
        ukrainianStress = stress(ukrainianInitial, ukrainianManpower);
    }

    /** Adds a contingent to the NK troops in training; they move into combat like the first one. */
    void addNkTroops(double troops, double entryDays) {
        nkTraining += troops;
        nkSent += troops;
        nkEntryPerDay = Math.max(nkEntryPerDay, nkTraining / Math.max(1.0, entryDays));
    }

    /** Pulls NK troops out of combat back to the rear. */
    void withdrawNk() {
        nkTraining += nkInCombat;
        nkInCombat = 0;
    }

    /** A nuclear strike's losses on Ukraine's front, on the day of use. */
    void nuclearStrike(double share) {
        double loss = share * ukrainianManpower;
        ukrainianManpower -= loss;
        ukrainianToday += loss;
        ukrainianCumulative += loss;
        updateStress();
    }

    /**
     * One day of fighting at the given intensity (1 at war, less in a ceasefire, 0 once the war
     * is over). Always draws one normal and one uniform, whatever the state, so that the same
     * day of two scenarios sees the same numbers.
     *
     * @param posture -1 defensive, 0 holding, +1 offensive (Ukraine's)
     */
    void step(int day, FrontParameters p, ContingentParameters c, EscalationLadder ladder, int posture,
              double intensity, Substream noise, Substream defections) {
        boolean committed = ladder.isActive(Rung.NK_COMBAT_IN_KURSK);
        boolean inUkraine = ladder.isActive(Rung.NK_IN_UKRAINE);
        if (committed && nkTraining > 0) {
            double moving = Math.min(nkTraining, nkEntryPerDay);
            nkTraining -= moving;
            nkInCombat += moving;
        }

        // the day's intensity of fighting, common to both sides' losses: lognormal with mean 1
        double sigma = p.attritionNoise;
        double z = noise.gaussian();
        double intensityNoise = sigma > 0 ? StrictMath.exp(sigma * z - 0.5 * sigma * sigma) : 1.0;
        double noiseRu = intensityNoise, noiseUa = intensityNoise;
        double aid = westernAid(p, ladder);
        double clash = ladder.isActive(Rung.NATO_RUSSIA_CLASH) ? 1.0 + p.clashEffect : 1.0;
        double russianFactor = noiseRu * aid * clash * (1.0 + p.offensiveEffect * posture) * intensity;
        double ukrainianFactor = noiseUa * (1.0 + 0.5 * p.offensiveEffect * posture) * intensity;

        // forces by sector: Kursk while it is contested (and anyone fights there), the rest of the front otherwise
        boolean contested = kurskContested() && p.kurskForceShare > 0;
        double f = contested ? p.kurskForceShare : 0.0;
        double ruKursk = f * russianManpower, uaKursk = f * ukrainianManpower;
        double ruMain = russianManpower - ruKursk, uaMain = ukrainianManpower - uaKursk;
        double nkKursk = inUkraine ? 0.0 : nkInCombat;
        double nkMain = inUkraine ? nkInCombat : 0.0;
        double q = c.quality;
        // when the salient is retaken its day-0 share of the fighting moves to the rest of the front
        double ruBaseMain = contested ? russianBaseMain : russianBaseMain + russianBaseKursk;
        double uaBaseMain = contested ? ukrainianBaseMain : ukrainianBaseMain + ukrainianBaseKursk;
        double perRuMain0 = contested ? perRussianMain0 : perRussian0;
        double perUaMain0 = contested ? perUkrainianMain0 : perUkrainian0;

        double ruStrengthKursk = ruKursk + q * nkKursk, ruStrengthMain = ruMain + q * nkMain;
        double ruSideKursk = 0.0, uaLossKursk = 0.0;
        if (contested) {
            double ua = uaKursk * perUkrainianKursk0, ru = ruStrengthKursk * perRussianKursk0;
            ruSideKursk = russianBaseKursk * law(p, ua, ru) * russianFactor;
            uaLossKursk = ukrainianBaseKursk * law(p, ru, ua) * ukrainianFactor;
        }
        double uaRatio = uaMain * perUaMain0, ruRatio = ruStrengthMain * perRuMain0;
        double ruSideMain = ruBaseMain * law(p, uaRatio, ruRatio) * russianFactor;
        double uaLossMain = uaBaseMain * law(p, ruRatio, uaRatio) * ukrainianFactor;

        // NK troops take their exposed share of the Russian-side losses of the sector they fight in
        double x = c.exposure;
        double nkLoss = nkShare(ruSideKursk, ruKursk, x * nkKursk) + nkShare(ruSideMain, ruMain, x * nkMain);
        nkLoss = Math.min(nkLoss, nkInCombat);
        double russianSide = ruSideKursk + ruSideMain;
        double russianLoss = russianSide - nkLoss;
        double ukrainianLoss = uaLossKursk + uaLossMain;

        double rate = c.defectionRate * (inUkraine ? c.defectionMultiplierInUkraine : 1.0) * intensity;
        double defected = Math.min(nkInCombat - nkLoss, defections.poisson((nkInCombat - nkLoss) * rate));

        // wounded who will come back after the return delay
        int slot = returnSlot + 1 > p.woundedReturnDays ? 0 : returnSlot + 1; // day mod (woundedReturnDays + 1)
        returnSlot = slot;
        int back = slot == 0 ? p.woundedReturnDays : slot - 1; // (day + woundedReturnDays) mod (woundedReturnDays + 1)
        double russianReturned = russianReturning[slot];
        double ukrainianReturned = ukrainianReturning[slot];
        russianReturning[slot] = 0;
        ukrainianReturning[slot] = 0;
        russianReturning[back] += p.woundedReturnShare * russianLoss;
        ukrainianReturning[back] += p.woundedReturnShare * ukrainianLoss;

        // recruitment falls as the recruitable pool empties (an exponential draw-down of the pool);
        // under manpower stress a state widens its recruitment beyond the pool (mobilisation)
        double russianRecruits = russianPoolInitial > 0 ? p.russianRecruitsPerDay * russianPool / russianPoolInitial : 0.0;
        double ukrainianRecruits = ukrainianPoolInitial > 0 ? p.ukrainianRecruitsPerDay * ukrainianPool / ukrainianPoolInitial : 0.0;
        russianPool -= russianRecruits;
        ukrainianPool -= ukrainianRecruits;
        russianRecruits += p.russianMobilisation * russianStress();
        ukrainianRecruits += p.ukrainianMobilisation * ukrainianStress();

        russianManpower = Math.max(0, russianManpower - russianLoss + russianRecruits + russianReturned);
        ukrainianManpower = Math.max(0, ukrainianManpower - ukrainianLoss + ukrainianRecruits + ukrainianReturned);
        updateStress();
        nkInCombat = Math.max(0, nkInCombat - nkLoss - defected);
        nkLost += nkLoss;
        nkDefected += defected;

        russianToday = russianSide;
        ukrainianToday = ukrainianLoss;
        nkLostToday = nkLoss;
        nkDefectedToday = defected;
        russianCumulative += russianSide;
        ukrainianCumulative += ukrainianLoss;

        // Kursk: control moves toward the side with the local advantage, while the salient is contested
        if (contested) {
            double russianLocal = ruKursk + q * nkKursk;
            double ukrainianLocal = uaKursk * (1.0 + p.offensiveEffect * posture);
            double advantage = (russianLocal - ukrainianLocal) / Math.max(1.0, russianLocal + ukrainianLocal);
            kurskControl = Math.max(0.0, Math.min(1.0, kurskControl + p.kurskSpeed * advantage * intensity));
        }
    }

    /** A side's losses relative to day 0 under the law: (enemy / enemy at day 0)^e (own / own at day 0)^o. */
    private static double law(FrontParameters p, double enemyRatio, double ownRatio) {
        AttritionLaw law = p.attritionLaw;
        if (law == AttritionLaw.SQUARE) return enemyRatio;
        if (law == AttritionLaw.LINEAR) return enemyRatio * ownRatio;
        return StrictMath.pow(enemyRatio, p.attritionEnemyExponent) * StrictMath.pow(ownRatio, p.attritionOwnExponent);
    }

    private static double nkShare(double russianSide, double russians, double exposedNk) {
        if (exposedNk == 0) return 0.0; // no NK troops in this sector (the same value, one division fewer)
        return russians + exposedNk > 0 ? russianSide * exposedNk / (russians + exposedNk) : 0.0;
    }

    /** The Western aid level relative to October 2024: 1 plus the effect of every aid rung in force. */
    static double westernAid(FrontParameters p, EscalationLadder ladder) {
        return 1.0
                + (ladder.isActive(Rung.STRIKE_RESTRICTIONS_LIFTED) ? p.longRangeEffect : 0.0)
                + (ladder.isActive(Rung.SK_LETHAL_AID) ? p.skAidEffect : 0.0);
    }

    /** Ukraine's manpower shortfall against day 0, in [0, 1] (1 = a fifth or more lost). */
    public double ukrainianStress() { return ukrainianStress; }

    /** Russia's manpower shortfall against day 0, in [0, 1] (1 = a fifth or more lost). */
    public double russianStress() { return russianStress; }

    private static double stress(double initial, double now) {
        double shortfall = (initial - now) / Math.max(1.0, FULL_STRESS_LOSS * initial);
        return Math.max(0.0, Math.min(1.0, shortfall));
    }

    /** Whether an army has fallen below the collapse share of its day-0 strength. */
    boolean ukraineCollapsed(double share) { return ukrainianManpower < share * ukrainianInitial; }
    boolean russiaCollapsed(double share) { return russianManpower < share * russianInitial; }

    /** Whether Ukraine still holds part of the Kursk salient (so it is a sector of its own). */
    public boolean kurskContested() { return kurskControl < 1.0; }

    public double russianManpower() { return russianManpower; }
    public double ukrainianManpower() { return ukrainianManpower; }
    public double russianInitialManpower() { return russianInitial; }
    public double ukrainianInitialManpower() { return ukrainianInitial; }
    public double russianRecruitPool() { return russianPool; }
    public double ukrainianRecruitPool() { return ukrainianPool; }
    public double nkTraining() { return nkTraining; }
    public double nkInCombat() { return nkInCombat; }
    /** Whether North Korea has at least one soldier in Russia to commit (training or in combat). */
    public boolean hasNkTroops() { return nkTraining + nkInCombat >= 1.0; }
    public double nkLost() { return nkLost; }
    public double nkDefected() { return nkDefected; }
    public double nkSent() { return nkSent; }
    public double russianCumulative() { return russianCumulative; }
    public double ukrainianCumulative() { return ukrainianCumulative; }
    public double russianToday() { return russianToday; }
    public double ukrainianToday() { return ukrainianToday; }
    public double kurskControl() { return kurskControl; }
}
