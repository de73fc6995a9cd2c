package brink.model;

import java.util.List;
import java.util.Optional;

/**
 * The name of one model parameter, typed. It is the one place where a parameter's dotted path in
 * scenario files ({@code actors.russia.red_line.nuclear_use}, {@code front.attrition_noise},
 * {@code triggers.pact_nk_joins_kursk.probability}) is parsed and printed: YAML, {@code brink
 * params}, sweep factors, GUI sliders, runs.csv columns, the manifest and the narration all refer
 * to parameters through it.
 */
public sealed interface ParameterKey extends Comparable<ParameterKey>
        permits ParameterKey.Actor, ParameterKey.RedLine, ParameterKey.Front, ParameterKey.Decision, ParameterKey.Trigger {

    /** The path's parts, e.g. [actors, russia, red_line, nuclear_use]. */
    List<String> segments();

    /** The dotted path, as scenario files write it. */
    default String path() { return String.join(".", segments()); }

    @Override
    default int compareTo(ParameterKey o) { return path().compareTo(o.path()); }

    /** The group a listing shows the parameter under: "actors.russia", "triggers.pact_nk_joins_kursk", "front", "decision". */
    default String group() {
        List<String> s = segments();
        return this instanceof Front || this instanceof Decision ? s.get(0) : s.get(0) + "." + s.get(1);
    }

    /** The path within its group, e.g. "red_line.nuclear_use" in "actors.russia". */
    default String nameInGroup() {
        List<String> s = segments();
        int depth = this instanceof Front || this instanceof Decision ? 1 : 2;
        return String.join(".", s.subList(depth, s.size()));
    }

    /** An actor's behavioural or force parameter: {@code actors.<actor>.<field>}. */
    record Actor(ActorId actor, ActorField field) implements ParameterKey {
        public List<String> segments() { return List.of(ACTORS, actor.key(), field.key()); }
        @Override public String toString() { return path(); }
    }

    /** An actor's red line for a rung it decides: {@code actors.<actor>.red_line.<rung>}. */
    record RedLine(ActorId actor, Rung rung) implements ParameterKey {
        public List<String> segments() { return List.of(ACTORS, actor.key(), RED_LINE, rung.key()); }
        @Override public String toString() { return path(); }
    }

    /** A parameter of the front: {@code front.<field>}. */
    record Front(FrontField field) implements ParameterKey {
        public List<String> segments() { return List.of(FRONT, field.key()); }
        @Override public String toString() { return path(); }
    }

    /** A parameter shared by every actor's decision rule, the hazards and the war's end: {@code decision.<field>}. */
    record Decision(DecisionField field) implements ParameterKey {
        public List<String> segments() { return List.of(DECISION, field.key()); }
        @Override public String toString() { return path(); }
    }

    /** A conditional rule's probability or window: {@code triggers.<rule>.<field>}. */
    record Trigger(String rule, TriggerField field) implements ParameterKey {
        public List<String> segments() { return List.of(TRIGGERS, rule, field.key()); }
        @Override public String toString() { return path(); }
    }

    String ACTORS = "actors";
    String RED_LINE = "red_line";
    String FRONT = "front";
    String DECISION = "decision";
    String TRIGGERS = "triggers";

    static ParameterKey actor(ActorId actor, ActorField field) { return new Actor(actor, field); }
    static ParameterKey redLine(ActorId actor, Rung rung) { return new RedLine(actor, rung); }
    static ParameterKey front(FrontField field) { return new Front(field); }
    static ParameterKey decision(DecisionField field) { return new Decision(field); }
    static ParameterKey trigger(String rule, TriggerField field) { return new Trigger(rule, field); }

    /** Parses a dotted path; empty when it names no parameter (whether the model has it is the catalog's question). */
    static Optional<ParameterKey> parse(String path) {
        return parse(List.of(path.split("\\.", -1)));
    }

    /** As {@link #parse(String)}, from the path's parts. */
    static Optional<ParameterKey> parse(List<String> s) {
        if (s.size() == 2 && s.get(0).equals(FRONT)) {
            return FrontField.fromKey(s.get(1)).map(ParameterKey::front);
        }
        if (s.size() == 2 && s.get(0).equals(DECISION)) {
            return DecisionField.fromKey(s.get(1)).map(ParameterKey::decision);
        }
        if (s.size() == 3 && s.get(0).equals(TRIGGERS) && !s.get(1).isEmpty()) {
            String rule = s.get(1);
            return TriggerField.fromKey(s.get(2)).map(f -> trigger(rule, f));
        }
        if (s.size() >= 3 && s.get(0).equals(ACTORS)) {
            ActorId a = ActorId.fromKey(s.get(1));
            if (a == null) return Optional.empty();
            if (s.size() == 3) return ActorField.fromKey(s.get(2)).map(f -> actor(a, f));
            if (s.size() == 4 && s.get(2).equals(RED_LINE)) {
                Rung r = Rung.fromKey(s.get(3));
                return r == null ? Optional.empty() : Optional.of(redLine(a, r));
            }
        }
        return Optional.empty();
    }

    /** A field name of a parameter path: the enum constant's name in lower case. */
    interface Field {
        String name();

        default String key() { return name().toLowerCase(java.util.Locale.ROOT); }

        static <F extends Field> Optional<F> byKey(F[] values, String key) {
            for (F f : values) if (f.key().equals(key)) return Optional.of(f);
            return Optional.empty();
        }
    }

    /** The fields {@code actors.<actor>.<field>} can name (which actor has which is the catalog's business). */
    enum ActorField implements Field {
        INITIAL_PRESSURE, REACTIVITY, DECAY, GRIEVANCE, RESOLVE, RISK_AVERSION, RATIONALITY,
        POSTURE_THRESHOLD, RESTRAINT,
        TROOPS, TROOP_QUALITY, COMBAT_ENTRY_DAYS, DEFECTION_RATE, DEFECTION_MULTIPLIER_IN_UKRAINE, EXPOSURE,
        MEANS_HALF_TROOPS, LOSS_AVERSION, DEFECTION_AVERSION;

        public static Optional<ActorField> fromKey(String key) { return Field.byKey(values(), key); }
    }

    /** The fields of {@code front.<field>}. */
    enum FrontField implements Field {
        RUSSIAN_MANPOWER, UKRAINIAN_MANPOWER, RUSSIAN_DAILY_CASUALTIES, UKRAINIAN_DAILY_CASUALTIES,
        RUSSIAN_CUMULATIVE_CASUALTIES, UKRAINIAN_CUMULATIVE_CASUALTIES,
        RUSSIAN_RECRUITS_PER_DAY, UKRAINIAN_RECRUITS_PER_DAY, RUSSIAN_RECRUIT_POOL, UKRAINIAN_RECRUIT_POOL,
        RUSSIAN_MOBILISATION, UKRAINIAN_MOBILISATION,
        WOUNDED_RETURN_SHARE, WOUNDED_RETURN_DAYS, ATTRITION_NOISE,
        ATTRITION_LAW, ATTRITION_ENEMY_EXPONENT, ATTRITION_OWN_EXPONENT,
        KURSK_RUSSIAN_CONTROL, KURSK_SPEED, KURSK_FORCE_SHARE, KURSK_INTENSITY,
        LONG_RANGE_EFFECT, SK_AID_EFFECT, OFFENSIVE_EFFECT, CLASH_EFFECT, NUCLEAR_CASUALTIES, COLLAPSE_SHARE;

        public static Optional<FrontField> fromKey(String key) { return Field.byKey(values(), key); }
    }

    /** The fields of {@code decision.<field>}. */
    enum DecisionField implements Field {
        INERTIA, STEP_DOWN_HYSTERESIS, MAX_JUMP, RESOLVE_WEIGHT, RISK_WEIGHT,
        HOSTILITY_SATURATION, HABITUATION_DAYS, HABITUATION_FLOOR, CONTINGENT_REFERENCE,
        KURSK_HOSTILITY, MANPOWER_STRESS_HOSTILITY, UKRAINE_STRESS_SIGNAL, RUSSIAN_NEED_WEIGHT,
        HAZARD_BASE, HAZARD_GROWTH, HAZARD_MAX_RUNG, PRESSURE_NOISE,
        CEASEFIRE_PER_YEAR, CEASEFIRE_STRESS_WEIGHT, CEASEFIRE_BREAKDOWN, CEASEFIRE_DURABILITY_DAYS, CEASEFIRE_INTENSITY;

        public static Optional<DecisionField> fromKey(String key) { return Field.byKey(values(), key); }
    }

    /** The fields of {@code triggers.<rule>.<field>}. */
    enum TriggerField implements Field {
        PROBABILITY, WITHIN_DAYS;

        public static Optional<TriggerField> fromKey(String key) { return Field.byKey(values(), key); }
    }
}
