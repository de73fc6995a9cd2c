package brink.model;

import java.io.Serializable;

/**
 * The front's parameters: two sectors (Kursk and the rest of the front) with an attrition law,
 * manpower pools with recruitment from finite pools and returning wounded, Western support, the
 * consequences of a NATO-Russia clash and of nuclear use, and when an army collapses.
 */
public final class FrontParameters implements Serializable {
    private static final long serialVersionUID = 1L;

    public double russianManpower;
    public double ukrainianManpower;
    /** Russian killed or wounded per day at day 0 (both sectors). */
    public double russianDailyCasualties;
    /** Ukrainian killed or wounded per day at day 0 (both sectors). */
    public double ukrainianDailyCasualties;
    /** Russian cumulative killed and wounded since February 2022, at day 0 (already carried forward to day 0). */
    public double russianCumulativeCasualties;
    /** Ukrainian cumulative killed and wounded at day 0. */
    public double ukrainianCumulativeCasualties;
    /** Recruits reaching the front per day at day 0, while the recruitable pool is full. */
    public double russianRecruitsPerDay;
    public double ukrainianRecruitsPerDay;
    /** People recruitable at today's terms (no general mobilisation): recruitment falls as the pool empties. */
    public double russianRecruitPool;
    public double ukrainianRecruitPool;
    /** Extra recruits per day at full manpower stress, beyond the pool (the state widens its recruitment). */
    public double russianMobilisation;
    public double ukrainianMobilisation;
    /** Share of casualties that are wounded and later return to their unit. */
    public double woundedReturnShare;
    /** Days until returning wounded rejoin. */
    public int woundedReturnDays;
    /** Day-to-day log-sd of the attrition intensity (Taylor and Brown's time-varying coefficients). 0 = none. */
    public double attritionNoise;
    public AttritionLaw attritionLaw = AttritionLaw.SQUARE;
    /** Exponents of the fitted law (enemy strength, own strength). */
    public double attritionEnemyExponent;
    public double attritionOwnExponent;
    /** Russian share of the Kursk salient at day 0, in [0, 1]. */
    public double kurskRussianControl;
    /** Daily change of Kursk control per unit of local force advantage. */
    public double kurskSpeed;
    /** Share of each side's manpower that fights in the Kursk sector while it is contested. */
    public double kurskForceShare;
    /** Losses per soldier per day in Kursk relative to the rest of the front. */
    public double kurskIntensity;
    /** Extra Russian losses (share) while the long-range strike restrictions are lifted. */
    public double longRangeEffect;
    /** Extra Russian losses (share) while South Korean lethal aid flows. */
    public double skAidEffect;
    /** Change of Russian losses per step of Ukrainian posture (offensive +1, defensive -1). */
    public double offensiveEffect;
    /** Extra Russian losses (share) while NATO and Russian forces clash directly. */
    public double clashEffect;
    /** Share of Ukraine's front manpower lost on the day of a nuclear use. */
    public double nuclearCasualties;
    /** An army whose front manpower falls below this share of its day-0 strength collapses. */
    public double collapseShare;
}
