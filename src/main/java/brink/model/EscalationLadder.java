package brink.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The ladder as a set of flags: each rung is active or not and remembers the day it was first
 * crossed and who crossed it. The current level is the highest active rung; the maximum rung is
 * the highest ever crossed. The top rung is absorbing: once crossed it never becomes inactive.
 */
public final class EscalationLadder implements Serializable {
    private static final long serialVersionUID = 1L;
    public static final int NEVER = -1;

    private final boolean[] active = new boolean[Rung.COUNT];
    /**
     * Rungs crossed by a scenario event, a rule or a teacher's injection: a commitment the
     * controlling actor does not reconsider in its daily choice; only a step-down event ends it.
     */
    private final boolean[] committed = new boolean[Rung.COUNT];
    private final int[] firstCrossedDay = new int[Rung.COUNT];
    private final int[] lastChangedDay = new int[Rung.COUNT];
    private int maxRung;
    /**
     * Bumped on every change of the active set or of a commitment: what {@link #hostilityAgainst}
     * and the actors cache is keyed on it.
     */
    private int version = 1;
    private final int[] hostilityVersion = new int[ActorId.Camp.values().length];
    private final double[] hostility = new double[ActorId.Camp.values().length];

    public void reset(boolean[] initiallyActive) {
        Arrays.fill(committed, false);
        Arrays.fill(firstCrossedDay, NEVER);
        Arrays.fill(lastChangedDay, NEVER);
        maxRung = 0;
        version++;
        for (int r = 0; r < Rung.COUNT; r++) {
            active[r] = r == 0 || initiallyActive[r];
            if (active[r]) {
                firstCrossedDay[r] = 0;
                lastChangedDay[r] = 0;
                maxRung = r;
            }
        }
    }

    /** Crosses a rung; returns false when it was already active. */
    public boolean cross(Rung rung, int day) {
        int r = rung.ordinal();
        if (active[r]) return false;
        active[r] = true;
        version++;
        lastChangedDay[r] = day;
        if (firstCrossedDay[r] == NEVER) firstCrossedDay[r] = day;
        if (r > maxRung) maxRung = r;
        return true;
    }

    /** Steps down from a rung; returns false when it was not active or is not reversible. */
    public boolean stepDown(Rung rung, int day) {
        int r = rung.ordinal();
        if (!active[r] || !rung.reversible()) return false;
        active[r] = false;
        version++;
        committed[r] = false;
        lastChangedDay[r] = day;
        return true;
    }

    /** Marks an active rung as a commitment (see {@link #isCommitted(int)}). */
    public void commit(Rung rung) {
        if (active[rung.ordinal()] && !committed[rung.ordinal()]) {
            committed[rung.ordinal()] = true;
            version++;
        }
    }

    /** Whether a rung was crossed by an event or rule, so its controller will not step back from it by choice. */
    public boolean isCommitted(int level) { return committed[level]; }

    public boolean isActive(Rung rung) { return active[rung.ordinal()]; }
    public boolean isActive(int level) { return active[level]; }

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

    public void copyFrom(EscalationLadder o) {
        System.arraycopy(o.active, 0, active, 0, active.length);
        System.arraycopy(o.committed, 0, committed, 0, committed.length);
        System.arraycopy(o.firstCrossedDay, 0, firstCrossedDay, 0, firstCrossedDay.length);
        System.arraycopy(o.lastChangedDay, 0, lastChangedDay, 0, lastChangedDay.length);
        maxRung = o.maxRung;
        version++;
    }

    /**
     * The summed severity of the active rungs (levels 1 up, in ascending order) that count as
     * hostile to an actor of {@code camp}: the other camp's moves, or every rung for a neutral
     * actor. Six actors ask every day while the ladder rarely changes, so the sum is cached until
     * the next change; it is the same sum, in the same order, as computing it afresh.
     */
    public double hostilityAgainst(ActorId.Camp camp) {
        int c = camp.ordinal();
        if (hostilityVersion[c] != version) {
            ActorId.Camp other = camp == ActorId.Camp.RUSSIAN ? ActorId.Camp.WESTERN : ActorId.Camp.RUSSIAN;
            double h = 0;
            for (int r = 1; r < Rung.COUNT; r++) {
                if (!active[r]) continue;
                Rung rung = Rung.ofLevel(r);
                if (camp == ActorId.Camp.NEUTRAL || rung.isMoveOf(other)) h += rung.severity();
            }
            hostility[c] = h;
            hostilityVersion[c] = version;
        }
        return hostility[c];
    }
}
