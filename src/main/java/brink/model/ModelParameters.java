package brink.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything one replication needs, as plain numbers: built from a scenario, with each
 * distribution sampled once per replication into these fields. The model reads nothing else.
 */
public final class ModelParameters implements Serializable {
    private static final long serialVersionUID = 1L;

    public int horizonDays = 365;
    /** Bumped whenever a parameter is written through its {@link ParameterDef} (sampling, a GUI slider): caches key on it. */
    public int version;
    /** Rungs active at day 0 (the late-October 2024 situation). */
    public final boolean[] initiallyActive = new boolean[Rung.COUNT];
    public final ActorParameters[] actors = new ActorParameters[ActorId.COUNT];
    public final ContingentParameters contingent = new ContingentParameters();
    public final FrontParameters front = new FrontParameters();
    public final DecisionParameters decision = new DecisionParameters();
    public final List<TriggerRule> triggers = new ArrayList<>();
    public final List<ScheduledEvent> events = new ArrayList<>();

    public ModelParameters() {
        for (int i = 0; i < actors.length; i++) actors[i] = new ActorParameters();
    }

    public ActorParameters actor(ActorId id) { return actors[id.ordinal()]; }

    public TriggerRule trigger(String id) {
        for (TriggerRule t : triggers) if (t.id.equals(id)) return t;
        return null;
    }
}
