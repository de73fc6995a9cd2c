package brink.experiment.calibration;

import brink.model.ParameterDef;
import brink.scenario.ParameterDistribution;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;

/**
 * A prior's density, for the importance weights of ABC-SMC, from Commons Math's distributions.
 * The density is zero outside the parameter's allowed range (the sampler would clamp such a value)
 * and, for a truncated normal or a scaled beta, outside their bounds.
 */
final class PriorDensity {
    private final RealDistribution distribution;
    /** Scale of a beta on [min, max] (its density on [0, 1] divided by the width), or the truncated normal's 1/mass. */
    private final double factor;
    private final double offset;
    private final double width;
    private final double lower;
    private final double upper;

    PriorDensity(ParameterDistribution d, ParameterDef def) {
        double lo = def.min(), hi = def.max();
        double off = 0, w = 1, f = 1;
        RealDistribution r;
        if (d instanceof ParameterDistribution.Uniform u) {
            r = new UniformRealDistribution(null, u.min(), u.max());
        } else if (d instanceof ParameterDistribution.Triangular t) {
            r = new TriangularDistribution(null, t.min(), t.mode(), t.max());
        } else if (d instanceof ParameterDistribution.Normal n) {
            r = new NormalDistribution(null, n.mean(), n.sd());
        } else if (d instanceof ParameterDistribution.TruncatedNormal t) {
            r = new NormalDistribution(null, t.mean(), t.sd());
            f = 1 / (r.cumulativeProbability(t.max()) - r.cumulativeProbability(t.min()));
            lo = Math.max(lo, t.min());
            hi = Math.min(hi, t.max());
        } else if (d instanceof ParameterDistribution.LogNormal l) {
            r = new LogNormalDistribution(null, StrictMath.log(l.median()), l.sigma());
        } else if (d instanceof ParameterDistribution.Beta b) {
            r = new BetaDistribution(null, b.alpha(), b.beta());
            off = b.min();
            w = b.max() - b.min();
            f = 1 / w;
            lo = Math.max(lo, b.min());
            hi = Math.min(hi, b.max());
        } else {
            throw new IllegalArgumentException("no density for " + d.describe());
        }
        this.distribution = r;
        this.factor = f;
        this.offset = off;
        this.width = w;
        this.lower = lo;
        this.upper = hi;
    }

    double density(double x) {
        if (x < lower || x > upper) return 0;
        return factor * distribution.density((x - offset) / width);
    }
}
