package brink.gui;

import brink.model.ActorId;
import brink.model.BrinkModel;
import brink.model.ModelParameters;
import brink.model.ParameterDef;
import brink.model.ParameterKey;
import brink.model.ParameterKey.ActorField;
import brink.model.ParameterKey.DecisionField;
import brink.model.ParameterKey.FrontField;
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
    /** Parameters the model reads only when a run starts (day-0 stocks and rates, the contingent's size). */
    private static final Set<ParameterKey> READ_AT_START = Set.of(
            ParameterKey.actor(ActorId.NORTH_KOREA, ActorField.TROOPS),
            ParameterKey.actor(ActorId.NORTH_KOREA, ActorField.COMBAT_ENTRY_DAYS),
            ParameterKey.front(FrontField.RUSSIAN_MANPOWER), ParameterKey.front(FrontField.UKRAINIAN_MANPOWER),
            ParameterKey.front(FrontField.RUSSIAN_DAILY_CASUALTIES), ParameterKey.front(FrontField.UKRAINIAN_DAILY_CASUALTIES),
            ParameterKey.front(FrontField.RUSSIAN_CUMULATIVE_CASUALTIES), ParameterKey.front(FrontField.UKRAINIAN_CUMULATIVE_CASUALTIES),
            ParameterKey.front(FrontField.RUSSIAN_RECRUIT_POOL), ParameterKey.front(FrontField.UKRAINIAN_RECRUIT_POOL),
            ParameterKey.front(FrontField.KURSK_RUSSIAN_CONTROL), ParameterKey.front(FrontField.KURSK_FORCE_SHARE),
            ParameterKey.front(FrontField.KURSK_INTENSITY), ParameterKey.decision(DecisionField.HABITUATION_DAYS),
            ParameterKey.decision(DecisionField.CEASEFIRE_PER_YEAR), ParameterKey.decision(DecisionField.CEASEFIRE_DURABILITY_DAYS));

    /** The running model (another object after a checkpoint is loaded or a scenario picked). */
    private final transient Supplier<BrinkModel> model;
    private transient Scenario scenario;
    private transient List<ParameterDef> defs;
    private final transient Map<ParameterKey, Double> edits = new LinkedHashMap<>();
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
            for (Map.Entry<ParameterKey, Double> e : edits.entrySet()) scenario.catalog().get(e.getKey()).set(p, e.getValue());
        }
    }

    Map<ParameterKey, Double> edits() {
        synchronized (edits) {
            return new LinkedHashMap<>(edits);
        }
    }

    /** Index of a parameter, or -1. */
    public int indexOf(ParameterKey key) {
        for (int i = 0; i < defs.size(); i++) if (defs.get(i).key().equals(key)) return i;
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
        ParameterSpec spec = scenario.parameter(d.key());
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
    public String getName(int index) { return label(defs.get(index).key()); }

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
            edits.put(d.key(), d.get(model.get().parameters()));
        }
        return getValue(index);
    }

    /** Sets a parameter through the same clamping setter as the slider (tests, scripts). */
    public Object set(ParameterKey key, Object value) {
        int i = indexOf(key);
        if (i < 0) throw new IllegalArgumentException("no parameter " + key);
        return setValue(i, value);
    }

    private static boolean readAtStart(ParameterDef d) {
        return READ_AT_START.contains(d.key()) || d.key() instanceof ParameterKey.Actor a && a.field() == ActorField.INITIAL_PRESSURE;
    }

    /** A short readable name: "Russia: resolve", "NATO (with the US): red line rung 7", "Rule pact nk joins kursk: probability". */
    static String label(ParameterKey key) {
        if (key instanceof ParameterKey.Actor a) return a.actor().displayName() + ": " + words(a.field().key());
        if (key instanceof ParameterKey.RedLine r) return r.actor().displayName() + ": red line rung " + r.rung().level();
        if (key instanceof ParameterKey.Trigger t) return "Rule " + words(t.rule()) + ": " + words(t.field().key());
        String group = key.group();
        return Character.toUpperCase(group.charAt(0)) + group.substring(1) + ": " + words(key.nameInGroup());
    }

    private static String words(String key) { return key.replace('_', ' '); }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
