package brink.scenario.calibration;

import brink.scenario.ParameterDistribution;

/**
 * One calibrated parameter's result: the distribution the fitted scenario gives it, whether the
 * targets informed it (otherwise the prior is kept), and the prior's and the posterior's
 * weighted mean and sd.
 */
public record ParameterFit(FittedParameter parameter, ParameterDistribution fitted, boolean informed,
                           double priorMean, double priorSd, double mean, double sd) {}
