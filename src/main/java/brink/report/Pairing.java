package brink.report;

import brink.results.RunsTable;

import java.util.Locale;

/**
 * Whether replication r of a compared folder can be paired with replication r of the reference.
 * Model v2 gives every random element its own stream, rooted in (seed, replication) alone, so two
 * folders run with the same seed share, replication by replication, every random number the
 * what-if does not touch (common random numbers). Pairs are then positively correlated and the
 * paired intervals are narrower. That needs the same seed, the same number of runs and the same
 * horizon (the manifests say so) and runs.csv rows that are replications 0..N-1 in order.
 * Otherwise only the unpaired intervals apply, and {@link #why} says why.
 */
public record Pairing(boolean paired, String why) {

    static Pairing of(RunResults ref, OutcomeValues refRuns, RunResults other, OutcomeValues otherRuns) {
        if (ref.manifest().seed() != other.manifest().seed()) {
            return unpaired("the seeds differ (" + ref.seed() + " and " + other.seed()
                    + "), so replication r of each drew different random numbers");
        }
        if (ref.runs() != other.runs()) {
            return unpaired(String.format(Locale.ROOT, "the numbers of runs differ (%,d and %,d)", ref.runs(), other.runs()));
        }
        if (ref.horizonDays() != other.horizonDays()) {
            return unpaired("the horizons differ (" + ref.horizonDays() + " and " + other.horizonDays() + " days)");
        }
        if (!refRuns.inOrder()) return outOfOrder(ref);
        if (!otherRuns.inOrder()) return outOfOrder(other);
        return new Pairing(true, String.format(Locale.ROOT, "same seed %s, %,d runs and %d days: replication r of each "
                + "folder used the same random numbers wherever the what-if does not change them (common random numbers), "
                + "so the runs are compared pair by pair", ref.seed(), ref.runs(), ref.horizonDays()));
    }

    private static Pairing outOfOrder(RunResults f) {
        return unpaired(f.dir().resolve(RunsTable.FILE) + " does not list replications 0, 1, 2, ... in order");
    }

    private static Pairing unpaired(String reason) {
        return new Pairing(false, "only unpaired intervals apply: " + reason);
    }
}
