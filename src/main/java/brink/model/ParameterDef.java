package brink.model;

import java.util.List;
import java.util.function.ObjDoubleConsumer;
import java.util.function.ToDoubleFunction;

/**
 * One model parameter as files, the GUI and sweeps see it: its {@link ParameterKey}, unit and
 * allowed range, what it means, and how to read and write it in {@link ModelParameters}. A
 * structural choice (e.g. the attrition law) has named {@link #levels()}; its value is the level's
 * index, and scenario files write the level's name.
 */
public final class ParameterDef {
    private final ParameterKey key;
    private final String unit;
    private final double min;
    private final double max;
    private final boolean integer;
    private final List<String> levels;
    private final String description;
    private final ParameterKey stockRate;
    private final ToDoubleFunction<ModelParameters> getter;
    private final ObjDoubleConsumer<ModelParameters> setter;

    ParameterDef(ParameterKey key, String unit, double min, double max, boolean integer, List<String> levels,
                 String description, ParameterKey stockRate,
                 ToDoubleFunction<ModelParameters> getter, ObjDoubleConsumer<ModelParameters> setter) {
        this.key = key;
        this.unit = unit;
        this.min = min;
        this.max = max;
        this.integer = integer;
        this.levels = levels;
        this.description = description;
        this.stockRate = stockRate;
        this.getter = getter;
        this.setter = setter;
    }

    public ParameterKey key() { return key; }
    /** The dotted path (printed by the key). */
    public String path() { return key.path(); }
    public String unit() { return unit; }
    public double min() { return min; }
    public double max() { return max; }
    public boolean isInteger() { return integer; }
    /** Names of a structural choice's levels (index = value), or an empty list for a number. */
    public List<String> levels() { return levels; }
    public boolean isChoice() { return !levels.isEmpty(); }
    public String description() { return description; }

    /**
     * For a stock (a cumulative count), the daily rate at which a figure dated before day 0 is
     * carried forward to it ({@code as_of:} in scenario files); null for every other parameter.
     */
    public ParameterKey stockRate() { return stockRate; }

    /** This parameter as a stock that grows at the given daily rate. */
    ParameterDef asStockOf(ParameterKey rate) {
        return new ParameterDef(key, unit, min, max, integer, levels, description, rate, getter, setter);
    }

    public boolean allows(double v) {
        return !Double.isNaN(v) && v >= min && v <= max && (!integer || v == Math.rint(v));
    }

    /** The level with this name, or -1. */
    public int levelIndex(String name) { return levels.indexOf(name); }

    /** How a value reads: the level's name for a choice, the number otherwise. */
    public String display(double v) {
        if (isChoice() && v >= 0 && v < levels.size() && v == Math.rint(v)) return levels.get((int) v);
        return fmt(v);
    }

    /** The allowed range as a sentence fragment, e.g. "a number from 0 to 1". */
    public String allowedText() {
        if (isChoice()) return "one of " + String.join(", ", levels);
        return (integer ? "a whole number" : "a number") + " from " + fmt(min) + " to " + fmt(max);
    }

    public double get(ModelParameters p) { return getter.applyAsDouble(p); }

    /** Writes a value; integers and levels are rounded (a sampled distribution may give 14.6 days). */
    public void set(ModelParameters p, double v) {
        setter.accept(p, integer ? Math.rint(v) : v);
        p.version++;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }

    @Override
    public String toString() { return path(); }
}
