package brink.model;

import java.util.function.ObjDoubleConsumer;
import java.util.function.ToDoubleFunction;

/**
 * One model parameter as files, the GUI and sweeps see it: its dotted path in a scenario file, its
 * unit and allowed range, what it means, and how to read and write it in {@link ModelParameters}.
 */
public final class ParameterDef {
    private final String path;
    private final String unit;
    private final double min;
    private final double max;
    private final boolean integer;
    private final String description;
    private final ToDoubleFunction<ModelParameters> getter;
    private final ObjDoubleConsumer<ModelParameters> setter;

    public ParameterDef(String path, String unit, double min, double max, boolean integer, String description,
                        ToDoubleFunction<ModelParameters> getter, ObjDoubleConsumer<ModelParameters> setter) {
        this.path = path;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.integer = integer;
        this.description = description;
        this.getter = getter;
        this.setter = setter;
    }

    public String path() { return path; }
    public String unit() { return unit; }
    public double min() { return min; }
    public double max() { return max; }
    public boolean isInteger() { return integer; }
    public String description() { return description; }

    public boolean allows(double v) {
        return !Double.isNaN(v) && v >= min && v <= max && (!integer || v == Math.rint(v));
    }

    /** The allowed range as a sentence fragment, e.g. "a number from 0 to 1". */
    public String allowedText() {
        return (integer ? "a whole number" : "a number") + " from " + fmt(min) + " to " + fmt(max);
    }

    public double get(ModelParameters p) { return getter.applyAsDouble(p); }

    /** Writes a value; integers are rounded (a sampled distribution may give 14.6 days). */
    public void set(ModelParameters p, double v) { setter.accept(p, integer ? Math.rint(v) : v); }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    @Override
    public String toString() { return path; }
}
