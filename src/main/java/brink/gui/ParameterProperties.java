package brink.gui;

import brink.model.ActorId;
import brink.model.BrinkModel;
import brink.model.ModelParameters;
import brink.model.ParameterDef;
import brink.model.Rung;
import brink.scenario.ParameterSpec;
import brink.scenario.Scenario;
import sim.util.Interval;
import sim.util.Properties;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The model inspector's properties: every scenario parameter as a MASON property with a slider
 * over its allowed range ({@code domX}), a description with the source quote ({@code desX}), and a
 * setter that clamps into the range and writes into the running model's parameters, so that a
 * change takes effect from the next day. Edits are remembered and re-applied after each restart's
 * sampling until another scenario is loaded. GUI-side only: the model never sees this class.
 */
public final class ParameterProperties extends Properties {
    private static final long serialVersionUID = 1L;

    /** Parameters the model reads only when it starts: a change shows from the next restart. */
    private static final Set<String> READ_AT_START_SUFFIXES = Set.of("initial_pressure", "troops", "combat_entry_days",
            "russian_manpower", "ukrainian_manpower", "russian_daily_casualties", "ukrainian_daily_casualties",
            "russian_cumulative_casualties", "ukrainian_cumulative_casualties", "kursk_russian_control");

    /** The running model (another object after a checkpoint is loaded or a scenario picked). */
    private final transient Supplier<BrinkModel> model;
    private transient Scenario scenario;
    private transient List<ParameterDef> defs;
    private final transient Map<String, Double> edits = new LinkedHashMap<>();
    /** Set when the list changed (another scenario): the inspector rebuilds its rows once. */
    private volatile boolean structureChanged;

    ParameterProperties(Scenario scenario, Supplier<BrinkModel> model) {
        this.model = model;
        setScenario(scenario);
    }

    /** Switches to another scenario's parameters and forgets the edits. */
    void setScenario(Scenario scenario) {
        this.scenario = scenario;
        this.defs = scenario.catalog().all();
        synchronized (edits) {
            edits.clear();
        }
        structureChanged = true;
    }

    /** Re-applies the teacher's edits after the parameters were sampled for a new run. */
    void applyEdits(ModelParameters p) {
        synchronized (edits) {
            for (Map.Entry<String, Double> e : edits.entrySet()) scenario.catalog().get(e.getKey()).set(p, e.getValue());
        }
    }

    Map<String, Double> edits() {
        synchronized (edits) {
            return new LinkedHashMap<>(edits);
        }
    }

    /** Index of a parameter by its scenario path, or -1. */
    public int indexOf(String path) {
        for (int i = 0; i < defs.size(); i++) if (defs.get(i).path().equals(path)) return i;
        return -1;
    }

    @Override
    public boolean isVolatile() {
        boolean changed = structureChanged;
        structureChanged = false;
        return changed;
    }

    @Override
    public int numProperties() { return defs.size(); }

    @Override
    public Object getValue(int index) {
        ParameterDef d = defs.get(index);
        double v = d.get(model.get().parameters());
        return d.isInteger() ? (Object) (int) Math.round(v) : (Object) v;
    }

    @Override
    public Object getDomain(int index) {
        ParameterDef d = defs.get(index);
        return d.isInteger() ? new Interval((long) d.min(), (long) d.max()) : new Interval(d.min(), d.max());
    }

    @Override
    public String getDescription(int index) {
        ParameterDef d = defs.get(index);
        ParameterSpec spec = scenario.parameter(d.path());
        StringBuilder sb = new StringBuilder("<html><b>").append(escape(d.path())).append("</b><br>")
                .append(escape(d.description())).append(" (").append(escape(d.unit())).append("; ")
                .append(escape(d.allowedText())).append(")");
        if (spec != null) sb.append("<br><i>Source:</i> ").append(escape(spec.provenance().describe()));
        if (readAtStart(d)) sb.append("<br><i>Read when the run starts: a change shows after you stop and play again.</i>");
        return sb.append("</html>").toString();
    }

    @Override
    public boolean isReadWrite(int index) { return true; }

    @Override
    public String getName(int index) { return label(defs.get(index).path()); }

    @Override
    public Class<?> getType(int index) {
        return defs.get(index).isInteger() ? Integer.TYPE : Double.TYPE;
    }

    /**
     * Clamps the value into the parameter's allowed range (a value that is not a number is
     * rejected: nothing changes) and writes it into the running model's parameters.
     */
    @Override
    protected Object _setValue(int index, Object value) {
        ParameterDef d = defs.get(index);
        double v;
        if (value instanceof Number) v = ((Number) value).doubleValue();
        else {
            try {
                v = Double.parseDouble(String.valueOf(value).trim());
            } catch (NumberFormatException e) {
                return getValue(index);
            }
        }
        if (Double.isNaN(v)) return getValue(index);
        v = Math.max(d.min(), Math.min(d.max(), v));
        BrinkModel m = model.get();
        synchronized (m.schedule) {
            d.set(m.parameters(), v);
        }
        synchronized (edits) {
            edits.put(d.path(), d.get(model.get().parameters()));
        }
        return getValue(index);
    }

    /** Sets a parameter by path through the same clamping setter as the slider (tests, scripts). */
    public Object set(String path, Object value) {
        int i = indexOf(path);
        if (i < 0) throw new IllegalArgumentException("no parameter " + path);
        return setValue(i, value);
    }

    private static boolean readAtStart(ParameterDef d) {
        String p = d.path();
        return READ_AT_START_SUFFIXES.contains(p.substring(p.lastIndexOf('.') + 1));
    }

    /** A short readable name: "Russia: resolve", "NATO (with the US): red line rung 7". */
    static String label(String path) {
        String[] parts = path.split("\\.");
        String head;
        int from = 1;
        if (parts[0].equals("actors")) {
            ActorId a = ActorId.fromKey(parts[1]);
            head = a == null ? parts[1] : a.displayName();
            from = 2;
        } else if (parts[0].equals("triggers")) {
            head = "Rule " + parts[1].replace('_', ' ');
            from = 2;
        } else {
            head = Character.toUpperCase(parts[0].charAt(0)) + parts[0].substring(1);
        }
        StringBuilder rest = new StringBuilder();
        for (int i = from; i < parts.length; i++) {
            String s = parts[i];
            if (i > from && parts[i - 1].equals("red_line")) {
                Rung r = Rung.fromKey(s);
                s = r == null ? s : "rung " + r.level();
            }
            if (rest.length() > 0) rest.append(' ');
            rest.append(s.replace('_', ' '));
        }
        return head + ": " + rest;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
