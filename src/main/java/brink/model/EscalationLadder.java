package brink.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The ladder as a set of flags: each rung is active or not and remembers the day it was first
 * crossed and last changed, and how novel it still is (habituation, docs/model.md 7.1). The
 * current level is the highest active rung; the maximum rung is the highest ever crossed. Nuclear
 * use is absorbing: once crossed, the ladder is {@linkplain #isFrozen() frozen} and nothing on
 * it changes again in the run.
 */
public final class EscalationLadder implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final int NEVER = -1;

    private final boolean[] active = new boolean[Rung.COUNT];
    /**
     * Rungs crossed by a scheduled or injected event: the what-if says they happen, so the
     * controlling actor does not reconsider them in its daily choice; only a step-down event ends one.
     */
    private final boolean[] committed = new boolean[Rung.COUNT];
    private final int[] firstCrossedDay = new int[Rung.COUNT];
    private final int[] lastChangedDay = new int[Rung.COUNT];
    /** e^(-age / habituation days) of each active rung: 1 on the day it is crossed, shrinking daily. */
    private final double[] novelty = new double[Rung.COUNT];
    private int maxRung;
    private boolean frozen;
    /** The active levels, ascending, rebuilt on every change (read every day). */
    private final int[] activeLevels = new int[Rung.COUNT];
    private int activeCount;
    /** Bumped on every change of the active set or of a commitment: what the actors cache is keyed on it. */
    private int version = 1;

    public void reset(boolean[] initiallyActive) {
        Arrays.fill(committed, false);
        Arrays.fill(firstCrossedDay, NEVER);
        Arrays.fill(lastChangedDay, NEVER);
        Arrays.fill(novelty, 0);
        maxRung = 0;
        frozen = false;
        version++;
        for (int r = 0; r < Rung.COUNT; r++) {
            active[r] = r == 0 || initiallyActive[r];
            if (active[r]) {
                firstCrossedDay[r] = 0;
                lastChangedDay[r] = 0;
                novelty[r] = 1;
                maxRung = r;
            }
        }
        indexActive();
    }

    /** Crosses a rung; returns false when it was already active or the ladder is frozen. */
    public boolean cross(Rung rung, int day) {
        int r = rung.ordinal();
        if (active[r] || frozen) return false;
        active[r] = true;
        version++;
        lastChangedDay[r] = day;
        novelty[r] = 1;
        if (firstCrossedDay[r] == NEVER) firstCrossedDay[r] = day;
        if (r > maxRung) maxRung = r;
        if (!rung.reversible()) frozen = true;
        indexActive();
        return true;
    }

    /** Steps down from a rung; returns false when it was not active, is not reversible, or the ladder is frozen. */
    public boolean stepDown(Rung rung, int day) {
        int r = rung.ordinal();
        if (!active[r] || !rung.reversible() || frozen) return false;
        active[r] = false;
        version++;
        committed[r] = false;
        lastChangedDay[r] = day;
        novelty[r] = 0;
        indexActive();
        return true;
    }

    /** Marks an active rung as a commitment (see {@link #isCommitted(int)}). */
    public void commit(Rung rung) {
        if (active[rung.ordinal()] && !committed[rung.ordinal()]) {
            committed[rung.ordinal()] = true;
            version++;
        }
    }

    /** One day passes: every active rung's novelty shrinks by the factor e^(-1 / habituation days). */
    void age(double factor) {
        for (int k = 0; k < activeCount; k++) novelty[activeLevels[k]] *= factor;
    }

    private void indexActive() {
        activeCount = 0;
        for (int r = 0; r < Rung.COUNT; r++) if (active[r]) activeLevels[activeCount++] = r;
    }

    /** The active levels, ascending ({@link #activeCount()} of them); do not modify. */
    int[] activeLevels() { return activeLevels; }
    int activeCount() { return activeCount; }

    /** Whether a rung was crossed by an event, so its controller will not step back from it by choice. */
    public boolean isCommitted(int level) { return committed[level]; }

    public boolean isActive(Rung rung) { return active[rung.ordinal()]; }
    public boolean isActive(int level) { return active[level]; }

    /** e^(-age / habituation days) for an active rung, 0 for an inactive one. */
    public double novelty(int level) { return novelty[level]; }

    /** Whether nuclear use has ended the run's escalation. */
    public boolean isFrozen() { return frozen; }

    /** Day the rung was first crossed, or {@link #NEVER}. */
    public int firstCrossedDay(Rung rung) { return firstCrossedDay[rung.ordinal()]; }
    public int lastChangedDay(Rung rung) { return lastChangedDay[rung.ordinal()]; }

    /** The highest active rung today. */
    public int level() {
        if (levelVersion != version) {
            int l = 0;
            for (int r = Rung.COUNT - 1; r > 0; r--) if (active[r]) { l = r; break; }
            level = l;
            levelVersion = version;
        }
        return level;
    }

    /** level() as of {@link #levelVersion} (asked several times a day, changed rarely). */
    private int level;
    private int levelVersion;

    /** Changes whenever the active rungs or the commitments change (so a reader can tell that nothing did). */
    int version() { return version; }

    /** The highest rung ever crossed. */
    public int maxRung() { return maxRung; }
}
