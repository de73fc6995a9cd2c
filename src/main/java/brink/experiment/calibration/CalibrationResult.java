package brink.experiment.calibration;

import brink.results.calibration.Population;
import brink.scenario.calibration.ParameterFit;
import java.util.List;

/**
 * A finished calibration: every population (the last is the posterior), how many were read back
 * from checkpoints, why it stopped, the fitted parameters, and the wall time of each population
 * computed in this session.
 */
public record CalibrationResult(List<Population> populations, int resumed, String stopReason,
                                List<ParameterFit> fits, List<Double> seconds) {
    public Population posterior() { return populations.get(populations.size() - 1); }
    public Population prior() { return populations.get(0); }
}
