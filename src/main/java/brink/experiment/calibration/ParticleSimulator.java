package brink.experiment.calibration;

import brink.experiment.Replication;
import brink.model.RunRecord;
import brink.scenario.calibration.CalibrationSpec;
import brink.scenario.calibration.Target;

/**
 * Simulates one proposal: the base scenario with the fitted parameters fixed at the proposal's
 * values, R replications seeded from (calibration seed, the proposal's point id, r), each
 * target's statistic as the mean over the R runs, and the distance
 * sqrt(Σ_k d_k²) with d_k the target's scaled distance ({@link Target#distance}). A proposal is
 * computed from its own seeds alone, so it gives the same numbers on any thread.
 *
 * <p>A fresh {@link Replication} per proposal: a fitted parameter may be the rate a dated stock is
 * carried forward with (front.russian_daily_casualties and the 1 October figure), which the
 * sampler applies when it draws, before any pinning.
 */
final class ParticleSimulator implements ProposalSimulator {
    private final CalibrationSpec spec;
    private final Target[] targets;

    ParticleSimulator(CalibrationSpec spec) {
        this.spec = spec;
        this.targets = spec.targets().toArray(new Target[0]);
    }

    @Override
    public double[] statistics(double[] values, long point) {
        Replication replication = new Replication(spec.scenarioAt(values));
        double[] sums = new double[targets.length];
        int reps = spec.abc().replications();
        for (int r = 0; r < reps; r++) {
            RunRecord rec = replication.runDirect(spec.seed(), point, r);
            for (int k = 0; k < targets.length; k++) sums[k] += targets[k].valueIn(rec);
        }
        for (int k = 0; k < targets.length; k++) sums[k] /= reps;
        return sums;
    }

    @Override
    public double distance(double[] statistics) {
        double s = 0;
        for (int k = 0; k < targets.length; k++) {
            double d = targets[k].distance(statistics[k]);
            s += d * d;
        }
        return Math.sqrt(s);
    }
}
