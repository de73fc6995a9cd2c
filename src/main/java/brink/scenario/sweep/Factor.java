package brink.scenario.sweep;

import brink.model.ParameterDef;

/**
 * One swept parameter: a range [min, max] or an explicit list of levels. Designs work in the unit
 * cube; {@link #value(double)} maps a unit coordinate to the parameter's value (levels are picked
 * by equal-width bins; whole-number parameters are rounded so the CSV shows what the model ran).
 *
 * @param levels the explicit levels, or null for a continuous range
 */
public record Factor(ParameterDef def, double min, double max, double[] levels) {

    public String path() { return def.path(); }

    public brink.model.ParameterKey key() { return def.key(); }

    public boolean hasLevels() { return levels != null; }

    /** Maps u in [0, 1] to a value of this factor. */
    public double value(double u) {
        u = Math.max(0, Math.min(1, u));
        if (levels != null) {
            int i = Math.min(levels.length - 1, (int) Math.floor(u * levels.length));
            return levels[i];
        }
        double v = min + u * (max - min);
        if (def.isInteger()) v = Math.rint(v);
        return Math.max(min, Math.min(max, v));
    }

    /** The grid values of this factor: its levels, or {@code n} evenly spaced values from min to max. */
    public double[] gridValues(int n) {
        if (levels != null) return levels.clone();
        double[] out = new double[n];
        for (int i = 0; i < n; i++) out[i] = value(n == 1 ? 0.5 : i / (double) (n - 1));
        return out;
    }

    /** Column label for charts: the path and the unit. */
    public String label() { return def.path() + " (" + def.unit() + ")"; }
}
