package brink.scenario;

import brink.model.EventType;
import brink.model.Rung;
import brink.model.TriggerRule;

/** A conditional rule as a scenario defines it; its probability and window are parameters like any other. */
public record TriggerSpec(String id, TriggerRule.Kind kind, TriggerRule.Condition condition, Rung whenRung, EventType action,
                          double amount, Provenance provenance) {

    /** A rule for one replication; probability and window are written by the sampler. */
    public TriggerRule toRule() {
        return new TriggerRule(id, kind, condition, whenRung, action, amount, Double.NaN, Double.NaN);
    }
}
