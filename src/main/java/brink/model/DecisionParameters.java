package brink.model;

import java.io.Serializable;

/** Parameters shared by every actor's decision rule and by the inadvertent-escalation hazard. */
public final class DecisionParameters implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Utility of holding (status-quo bias) against which escalating and stepping down are weighed. */
    public double inertia;
    /** How far below a red line the drive must fall before stepping down becomes attractive. */
    public double stepDownHysteresis;
    /** How many rungs above today's level an actor may jump in one move. */
    public int maxJump;
    /** Weight of resolve in the drive: drive = pressure + weight * (resolve - 0.5). */
    public double resolveWeight;
    /** Weight of risk aversion: a rung's threshold rises by weight * riskAversion * severity. */
    public double riskWeight;
    /** Daily probability of an inadvertent crossing of the next rung at level 0 (Posen 1991). */
    public double hazardBase;
    /** Growth of the inadvertent hazard per rung of the current level (multiplicative, log scale). */
    public double hazardGrowth;
    /** Highest rung an inadvertent crossing can reach. */
    public int hazardMaxRung;
    /** Russian pressure gained per day from Ukraine holding the whole Kursk salient. */
    public double kurskHostility;
    /** Ukrainian pressure gained per day at full manpower stress. */
    public double manpowerStressHostility;
    /** How much China's pressing raises Russia's and North Korea's red lines (severe rungs scale more). */
    public double chinaRestraint;
    /** Standard deviation of the daily noise on every actor's pressure. */
    public double pressureNoise;

    public void copyFrom(DecisionParameters o) {
        inertia = o.inertia;
        stepDownHysteresis = o.stepDownHysteresis;
        maxJump = o.maxJump;
        resolveWeight = o.resolveWeight;
        riskWeight = o.riskWeight;
        hazardBase = o.hazardBase;
        hazardGrowth = o.hazardGrowth;
        hazardMaxRung = o.hazardMaxRung;
        kurskHostility = o.kurskHostility;
        manpowerStressHostility = o.manpowerStressHostility;
        chinaRestraint = o.chinaRestraint;
        pressureNoise = o.pressureNoise;
    }
}
