package brink.model;

import java.io.Serializable;

/**
 * Parameters shared by every actor's perception and decision rule, the inadvertent-escalation
 * hazard and the war's end (docs/model.md, 7.1-7.6 and 7.9).
 */
public final class DecisionParameters implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Utility of holding (status-quo bias) against which escalating and stepping down are weighed. */
    public double inertia;
    /** How far below a red line the drive must fall before stepping down becomes attractive. */
    public double stepDownHysteresis;
    /** How many of its own rungs an actor may move up in one step (1 = only the next). */
    public int maxJump;
    /** Weight of resolve in the drive: drive = pressure + weight * (resolve - 0.5). */
    public double resolveWeight;
    /** Weight of risk aversion: a rung's threshold rises by weight * riskAversion * severity. */
    public double riskWeight;
    /** Hostility at which an actor's response is half its ceiling (bounded response H S / (H + S)). */
    public double hostilitySaturation;
    /** Time constant (days) over which a standing rung loses its novelty. */
    public double habituationDays;
    /** Share of a rung's hostility that remains once it has stood for long. */
    public double habituationFloor;
    /** NK troops whose presence counts as one contingent's worth of signal (the articles' ~10,000). */
    public double contingentReference;
    /** Russian hostility from Ukraine holding the whole Kursk salient. */
    public double kurskHostility;
    /** Hostility an army's state (Russia, Ukraine) feels at its army's full manpower stress. */
    public double manpowerStressHostility;
    /** NATO's hostility at Ukraine's full manpower stress (its supporters' alarm). */
    public double ukraineStressSignal;
    /** Weight of Russia's manpower need in North Korea's drive for its troop rungs. */
    public double russianNeedWeight;
    /** Daily probability of an inadvertent crossing of the next incident rung at level 0 (Posen 1991). */
    public double hazardBase;
    /** Growth of the inadvertent hazard per rung of the current level (multiplicative, log scale). */
    public double hazardGrowth;
    /** Highest rung an inadvertent crossing can reach. */
    public int hazardMaxRung;
    /** Standard deviation of the daily noise on every actor's pressure. */
    public double pressureNoise;
    /** Chance per year that fighting gives way to a ceasefire, with neither army under stress. */
    public double ceasefirePerYear;
    /** How much the more stressed army's manpower stress multiplies the ceasefire hazard (1 + w S). */
    public double ceasefireStressWeight;
    /** Chance that a ceasefire ever breaks down. */
    public double ceasefireBreakdown;
    /** Time constant (days) over which a ceasefire's risk of breaking down fades as it holds. */
    public double ceasefireDurabilityDays;
    /** Fighting intensity during a ceasefire, as a share of the war's. */
    public double ceasefireIntensity;

    /** A chance per year as a daily probability, 1 - (1 - p)^(1/365). */
    static double perDay(double perYear) {
        return perYear >= 1 ? 1 : -StrictMath.expm1(StrictMath.log1p(-perYear) / 365.0);
    }
}
