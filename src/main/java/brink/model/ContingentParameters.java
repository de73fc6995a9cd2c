package brink.model;

import java.io.Serializable;

/**
 * The North Korean contingent: its size and quality, how it moves into combat, its losses and
 * defections, and what they cost Pyongyang (scenario paths {@code actors.north_korea.*}).
 */
public final class ContingentParameters implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Troops in Russia at day 0. */
    public double troops;
    /** Effectiveness of one NK soldier relative to one Russian soldier. */
    public double quality;
    /** Days over which the contingent moves from training into combat once committed. */
    public double combatEntryDays;
    /** Daily defection probability per NK soldier in combat in Kursk. */
    public double defectionRate;
    /** Multiplier of the defection rate once NK troops fight in Ukraine proper. */
    public double defectionMultiplierInUkraine;
    /** NK losses per soldier relative to Russian losses per soldier in the same sector. */
    public double exposure;
    /** Troops at which the means for a troop move are half-way (the weight of the move is N / (N + this)). */
    public double meansHalfTroops;
    /** Pressure to withdraw, added to NK's step-down utility, when the whole contingent is lost. */
    public double lossAversion;
    /** Pressure to withdraw when the whole contingent has defected (scaled by the defected share). */
    public double defectionAversion;
}
