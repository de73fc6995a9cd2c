package brink.model;

import java.io.Serializable;

/**
 * The front sub-model's parameters: Lanchester attrition, manpower pools, North Korean troops and
 * the Kursk salient. Attrition coefficients are derived from the day-0 casualty rates, so the
 * baseline reproduces the articles' "about 1,000 a day" by construction rather than by tuning.
 */
public final class FrontParameters implements Serializable {
    private static final long serialVersionUID = 1L;

    public double russianManpower;
    public double ukrainianManpower;
    /** Russian killed or wounded per day at day 0. */
    public double russianDailyCasualties;
    /** Ukrainian killed or wounded per day at day 0. */
    public double ukrainianDailyCasualties;
    /** Russian cumulative killed and wounded since February 2022, at day 0. */
    public double russianCumulativeCasualties;
    /** Ukrainian cumulative killed and wounded at day 0. */
    public double ukrainianCumulativeCasualties;
    public double russianRecruitsPerDay;
    public double ukrainianRecruitsPerDay;
    /** Share of casualties that are wounded and later return to their unit. */
    public double woundedReturnShare;
    /** Days until returning wounded rejoin. */
    public int woundedReturnDays;
    /** Day-to-day log-sd of the attrition coefficients (Taylor and Brown's time-varying coefficients). 0 = no noise. */
    public double attritionNoise;
    /** Russian share of the Kursk salient at day 0, in [0, 1]. */
    public double kurskRussianControl;
    /** Daily change of Kursk control per unit of local force advantage. */
    public double kurskSpeed;
    /** Share of each side's manpower committed to the Kursk salient. */
    public double kurskForceShare;
    /** Extra Russian losses (share) while the long-range strike restrictions are lifted. */
    public double longRangeEffect;
    /** Extra Russian losses (share) while South Korean lethal aid flows. */
    public double skAidEffect;
    /** Change of Russian losses per step of Ukrainian posture (offensive +1, defensive -1). */
    public double offensiveEffect;

    // North Korean contingent (an actor parameter in files: actors.north_korea.*)
    public double nkTroops;
    /** Effectiveness of one NK soldier relative to one Russian soldier. */
    public double nkTroopQuality;
    /** Days over which the contingent moves from training into combat once rung 4 is crossed. */
    public double nkCombatEntryDays;
    /** Daily defection probability per NK soldier in combat in Kursk. */
    public double nkDefectionRate;
    /** Multiplier of the defection rate once NK troops are in Ukraine proper. */
    public double nkDefectionMultiplierInUkraine;
    /** NK losses per soldier relative to Russian losses per soldier (exposure at the front). */
    public double nkExposure;

    public void copyFrom(FrontParameters o) {
        russianManpower = o.russianManpower;
        ukrainianManpower = o.ukrainianManpower;
        russianDailyCasualties = o.russianDailyCasualties;
        ukrainianDailyCasualties = o.ukrainianDailyCasualties;
        russianCumulativeCasualties = o.russianCumulativeCasualties;
        ukrainianCumulativeCasualties = o.ukrainianCumulativeCasualties;
        russianRecruitsPerDay = o.russianRecruitsPerDay;
        ukrainianRecruitsPerDay = o.ukrainianRecruitsPerDay;
        woundedReturnShare = o.woundedReturnShare;
        woundedReturnDays = o.woundedReturnDays;
        attritionNoise = o.attritionNoise;
        kurskRussianControl = o.kurskRussianControl;
        kurskSpeed = o.kurskSpeed;
        kurskForceShare = o.kurskForceShare;
        longRangeEffect = o.longRangeEffect;
        skAidEffect = o.skAidEffect;
        offensiveEffect = o.offensiveEffect;
        nkTroops = o.nkTroops;
        nkTroopQuality = o.nkTroopQuality;
        nkCombatEntryDays = o.nkCombatEntryDays;
        nkDefectionRate = o.nkDefectionRate;
        nkDefectionMultiplierInUkraine = o.nkDefectionMultiplierInUkraine;
        nkExposure = o.nkExposure;
    }
}
