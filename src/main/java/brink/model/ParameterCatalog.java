package brink.model;

import brink.model.ParameterKey.ActorField;
import brink.model.ParameterKey.DecisionField;
import brink.model.ParameterKey.FrontField;
import brink.model.ParameterKey.TriggerField;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ObjDoubleConsumer;
import java.util.function.ToDoubleFunction;

/**
 * Every parameter of the model, with its unit, allowed range and meaning, keyed by
 * {@link ParameterKey}. Scenario validation, {@code brink params}, sweep factors and the GUI's
 * sliders all read this one list. Trigger parameters depend on the scenario's rules, so a catalog
 * is built for a list of rule ids.
 */
public final class ParameterCatalog {
    private final Map<ParameterKey, ParameterDef> byKey = new LinkedHashMap<>();

    private ParameterCatalog() {}

    /** The catalog for a scenario with these rule ids. */
    public static ParameterCatalog forTriggers(List<String> triggerIds) {
        ParameterCatalog c = new ParameterCatalog();
        c.addActors();
        c.addContingent();
        c.addFront();
        c.addDecision();
        for (String id : triggerIds) c.addTrigger(id);
        return c;
    }

    public List<ParameterDef> all() { return Collections.unmodifiableList(new ArrayList<>(byKey.values())); }
    public ParameterDef get(ParameterKey key) { return byKey.get(key); }
    public boolean contains(ParameterKey key) { return byKey.containsKey(key); }

    /** The parameter a dotted path names in this catalog, if any. */
    public Optional<ParameterDef> find(String path) {
        return ParameterKey.parse(path).map(byKey::get);
    }

    /** The parameter these path parts name in this catalog, if any. */
    public Optional<ParameterDef> find(List<String> segments) {
        return ParameterKey.parse(segments).map(byKey::get);
    }

    /** The names one level below a partial path (e.g. [actors, russia] gives initial_pressure, ..., red_line), in catalog order. */
    public Set<String> childNames(List<String> prefix) {
        Set<String> names = new LinkedHashSet<>();
        for (ParameterKey k : byKey.keySet()) {
            List<String> s = k.segments();
            if (s.size() > prefix.size() && s.subList(0, prefix.size()).equals(prefix)) names.add(s.get(prefix.size()));
        }
        return names;
    }

    private void add(ParameterKey key, String unit, double min, double max, boolean integer, String description,
                     ToDoubleFunction<ModelParameters> getter, ObjDoubleConsumer<ModelParameters> setter) {
        byKey.put(key, new ParameterDef(key, unit, min, max, integer, List.of(), description, null, getter, setter));
    }

    private void addChoice(ParameterKey key, List<String> levels, String description,
                           ToDoubleFunction<ModelParameters> getter, ObjDoubleConsumer<ModelParameters> setter) {
        byKey.put(key, new ParameterDef(key, "choice", 0, levels.size() - 1, true, levels, description, null, getter, setter));
    }

    private void addActors() {
        for (ActorId a : ActorId.values()) {
            int i = a.ordinal();
            String who = a.displayName();
            add(ParameterKey.actor(a, ActorField.INITIAL_PRESSURE), "pressure", 0, 5, false, who + "'s pressure at day 0",
                    m -> m.actors[i].initialPressure, (m, v) -> m.actors[i].initialPressure = v);
            add(ParameterKey.actor(a, ActorField.REACTIVITY), "pressure/day per unit hostility", 0, 1, false,
                    "Richardson reaction: pressure " + who + " gains per day per unit of (saturated) observed hostility",
                    m -> m.actors[i].reactivity, (m, v) -> m.actors[i].reactivity = v);
            add(ParameterKey.actor(a, ActorField.DECAY), "share/day", 0, 1, false,
                    "Richardson restraint: share of " + who + "'s pressure that fades each day",
                    m -> m.actors[i].decay, (m, v) -> m.actors[i].decay = v);
            add(ParameterKey.actor(a, ActorField.GRIEVANCE), "pressure/day", 0, 0.5, false,
                    "Richardson grievance: standing pressure " + who + " adds each day",
                    m -> m.actors[i].grievance, (m, v) -> m.actors[i].grievance = v);
            add(ParameterKey.actor(a, ActorField.RESOLVE), "0-1", 0, 1, false, who + "'s resolve: raises its drive to escalate",
                    m -> m.actors[i].resolve, (m, v) -> m.actors[i].resolve = v);
            add(ParameterKey.actor(a, ActorField.RISK_AVERSION), "0-1", 0, 1, false,
                    who + "'s risk aversion: raises its red lines for severe rungs",
                    m -> m.actors[i].riskAversion, (m, v) -> m.actors[i].riskAversion = v);
            add(ParameterKey.actor(a, ActorField.RATIONALITY), "1/pressure", 0, 100, false,
                    "logit precision of " + who + "'s daily choice (0 = random, high = strict red lines)",
                    m -> m.actors[i].rationality, (m, v) -> m.actors[i].rationality = v);
            for (Rung r : Rung.values()) {
                if (!Actor.decides(a, r)) continue;
                int ri = r.ordinal();
                add(ParameterKey.redLine(a, r), "drive", 0, 10, false,
                        who + "'s red line for rung " + r.level() + " (" + r.title() + ")",
                        m -> m.actors[i].redLine[ri], (m, v) -> m.actors[i].redLine[ri] = v);
            }
        }
        int ua = ActorId.UKRAINE.ordinal();
        add(ParameterKey.actor(ActorId.UKRAINE, ActorField.POSTURE_THRESHOLD), "drive", 0, 10, false,
                "drive above which Ukraine shifts toward an offensive posture (below it, toward defence)",
                m -> m.actors[ua].postureThreshold, (m, v) -> m.actors[ua].postureThreshold = v);
        int cn = ActorId.CHINA.ordinal();
        add(ParameterKey.actor(ActorId.CHINA, ActorField.POSTURE_THRESHOLD), "drive", 0, 10, false,
                "drive above which China presses Pyongyang and Moscow to step back",
                m -> m.actors[cn].postureThreshold, (m, v) -> m.actors[cn].postureThreshold = v);
        add(ParameterKey.actor(ActorId.CHINA, ActorField.RESTRAINT), "drive per unit severity", 0, 10, false,
                "how much China's pressing raises Russia's and North Korea's red lines (more for severe rungs)",
                m -> m.actors[cn].restraint, (m, v) -> m.actors[cn].restraint = v);
    }

    private void addContingent() {
        ActorId nk = ActorId.NORTH_KOREA;
        add(ParameterKey.actor(nk, ActorField.TROOPS), "soldiers", 0, 200_000, false, "North Korean troops in Russia at day 0",
                m -> m.contingent.troops, (m, v) -> m.contingent.troops = v);
        add(ParameterKey.actor(nk, ActorField.TROOP_QUALITY), "Russian-soldier equivalents", 0, 3, false,
                "effectiveness of one North Korean soldier relative to one Russian soldier",
                m -> m.contingent.quality, (m, v) -> m.contingent.quality = v);
        add(ParameterKey.actor(nk, ActorField.COMBAT_ENTRY_DAYS), "days", 1, 365, false,
                "days for the contingent to move from training into combat once committed",
                m -> m.contingent.combatEntryDays, (m, v) -> m.contingent.combatEntryDays = v);
        add(ParameterKey.actor(nk, ActorField.DEFECTION_RATE), "per soldier per day", 0, 0.01, false,
                "daily probability that a North Korean soldier in combat defects",
                m -> m.contingent.defectionRate, (m, v) -> m.contingent.defectionRate = v);
        add(ParameterKey.actor(nk, ActorField.DEFECTION_MULTIPLIER_IN_UKRAINE), "x", 1, 50, false,
                "multiplier of the defection rate once North Korean troops are in Ukraine proper",
                m -> m.contingent.defectionMultiplierInUkraine, (m, v) -> m.contingent.defectionMultiplierInUkraine = v);
        add(ParameterKey.actor(nk, ActorField.EXPOSURE), "x", 0, 5, false,
                "North Korean losses per soldier relative to Russian losses per soldier in the same sector",
                m -> m.contingent.exposure, (m, v) -> m.contingent.exposure = v);
        add(ParameterKey.actor(nk, ActorField.MEANS_HALF_TROOPS), "soldiers", 1, 100_000, false,
                "troops at which North Korea's means for a troop move are half-way (weight N / (N + this))",
                m -> m.contingent.meansHalfTroops, (m, v) -> m.contingent.meansHalfTroops = v);
        add(ParameterKey.actor(nk, ActorField.LOSS_AVERSION), "pressure", 0, 10, false,
                "pressure on Pyongyang to withdraw once the whole contingent is lost (scaled by the lost share)",
                m -> m.contingent.lossAversion, (m, v) -> m.contingent.lossAversion = v);
        add(ParameterKey.actor(nk, ActorField.DEFECTION_AVERSION), "pressure", 0, 200, false,
                "pressure on Pyongyang to withdraw once the whole contingent has defected (scaled by the defected share)",
                m -> m.contingent.defectionAversion, (m, v) -> m.contingent.defectionAversion = v);
    }

    private void addFront() {
        front(FrontField.RUSSIAN_MANPOWER, "soldiers", 10_000, 5_000_000, "Russian manpower at the front at day 0",
                m -> m.front.russianManpower, (m, v) -> m.front.russianManpower = v);
        front(FrontField.UKRAINIAN_MANPOWER, "soldiers", 10_000, 5_000_000, "Ukrainian manpower at the front at day 0",
                m -> m.front.ukrainianManpower, (m, v) -> m.front.ukrainianManpower = v);
        front(FrontField.RUSSIAN_DAILY_CASUALTIES, "soldiers/day", 0, 20_000,
                "Russian killed or wounded per day at day 0 (fixes the attrition coefficient)",
                m -> m.front.russianDailyCasualties, (m, v) -> m.front.russianDailyCasualties = v);
        front(FrontField.UKRAINIAN_DAILY_CASUALTIES, "soldiers/day", 0, 20_000,
                "Ukrainian killed or wounded per day at day 0 (fixes the attrition coefficient)",
                m -> m.front.ukrainianDailyCasualties, (m, v) -> m.front.ukrainianDailyCasualties = v);
        front(FrontField.RUSSIAN_CUMULATIVE_CASUALTIES, "soldiers", 0, 5_000_000,
                "Russian killed and wounded since February 2022, at day 0 (a dated figure is carried forward at the daily rate)",
                m -> m.front.russianCumulativeCasualties, (m, v) -> m.front.russianCumulativeCasualties = v);
        front(FrontField.UKRAINIAN_CUMULATIVE_CASUALTIES, "soldiers", 0, 5_000_000,
                "Ukrainian killed and wounded since February 2022, at day 0 (a dated figure is carried forward at the daily rate)",
                m -> m.front.ukrainianCumulativeCasualties, (m, v) -> m.front.ukrainianCumulativeCasualties = v);
        stock(FrontField.RUSSIAN_CUMULATIVE_CASUALTIES, FrontField.RUSSIAN_DAILY_CASUALTIES);
        stock(FrontField.UKRAINIAN_CUMULATIVE_CASUALTIES, FrontField.UKRAINIAN_DAILY_CASUALTIES);
        front(FrontField.RUSSIAN_RECRUITS_PER_DAY, "soldiers/day", 0, 20_000, "Russian recruits reaching the front per day at day 0",
                m -> m.front.russianRecruitsPerDay, (m, v) -> m.front.russianRecruitsPerDay = v);
        front(FrontField.UKRAINIAN_RECRUITS_PER_DAY, "soldiers/day", 0, 20_000, "Ukrainian recruits reaching the front per day at day 0",
                m -> m.front.ukrainianRecruitsPerDay, (m, v) -> m.front.ukrainianRecruitsPerDay = v);
        front(FrontField.RUSSIAN_RECRUIT_POOL, "people", 0, 20_000_000,
                "people Russia can recruit at today's terms, without general mobilisation (recruitment falls as it empties)",
                m -> m.front.russianRecruitPool, (m, v) -> m.front.russianRecruitPool = v);
        front(FrontField.UKRAINIAN_RECRUIT_POOL, "people", 0, 20_000_000,
                "people Ukraine can still conscript at today's rules (recruitment falls as it empties)",
                m -> m.front.ukrainianRecruitPool, (m, v) -> m.front.ukrainianRecruitPool = v);
        front(FrontField.RUSSIAN_MOBILISATION, "soldiers/day", 0, 20_000,
                "extra Russian recruits per day at full manpower stress, beyond the pool (wider mobilisation; scaled by the stress)",
                m -> m.front.russianMobilisation, (m, v) -> m.front.russianMobilisation = v);
        front(FrontField.UKRAINIAN_MOBILISATION, "soldiers/day", 0, 20_000,
                "extra Ukrainian recruits per day at full manpower stress, beyond the pool (wider conscription; scaled by the stress)",
                m -> m.front.ukrainianMobilisation, (m, v) -> m.front.ukrainianMobilisation = v);
        front(FrontField.WOUNDED_RETURN_SHARE, "share", 0, 1, "share of casualties who are wounded and return to the front",
                m -> m.front.woundedReturnShare, (m, v) -> m.front.woundedReturnShare = v);
        add(ParameterKey.front(FrontField.WOUNDED_RETURN_DAYS), "days", 1, Front.MAX_RETURN_DAYS, true, "days before returning wounded rejoin",
                m -> m.front.woundedReturnDays, (m, v) -> m.front.woundedReturnDays = (int) v);
        front(FrontField.ATTRITION_NOISE, "log-sd", 0, 2, "day-to-day log-sd of the fighting's intensity (0 = none)",
                m -> m.front.attritionNoise, (m, v) -> m.front.attritionNoise = v);
        List<String> laws = new ArrayList<>();
        for (AttritionLaw l : AttritionLaw.values()) laws.add(l.key());
        addChoice(ParameterKey.front(FrontField.ATTRITION_LAW), laws,
                "form of the daily losses: square (aimed fire), linear (area fire) or fitted (the two exponents below)",
                m -> m.front.attritionLaw.ordinal(), (m, v) -> m.front.attritionLaw = AttritionLaw.ofIndex(v));
        front(FrontField.ATTRITION_ENEMY_EXPONENT, "exponent", 0, 3, "fitted law: exponent of the enemy's strength in a side's losses",
                m -> m.front.attritionEnemyExponent, (m, v) -> m.front.attritionEnemyExponent = v);
        front(FrontField.ATTRITION_OWN_EXPONENT, "exponent", 0, 3, "fitted law: exponent of a side's own strength in its losses",
                m -> m.front.attritionOwnExponent, (m, v) -> m.front.attritionOwnExponent = v);
        front(FrontField.KURSK_RUSSIAN_CONTROL, "share", 0, 1, "Russian share of the Kursk salient at day 0",
                m -> m.front.kurskRussianControl, (m, v) -> m.front.kurskRussianControl = v);
        front(FrontField.KURSK_SPEED, "share/day", 0, 1, "daily change of Kursk control per unit of local force advantage",
                m -> m.front.kurskSpeed, (m, v) -> m.front.kurskSpeed = v);
        front(FrontField.KURSK_FORCE_SHARE, "share", 0, 1, "share of each army that fights in the Kursk sector while it is contested",
                m -> m.front.kurskForceShare, (m, v) -> m.front.kurskForceShare = v);
        front(FrontField.KURSK_INTENSITY, "x", 0, 10, "losses per soldier per day in Kursk relative to the rest of the front",
                m -> m.front.kurskIntensity, (m, v) -> m.front.kurskIntensity = v);
        front(FrontField.LONG_RANGE_EFFECT, "share", 0, 1, "extra Russian losses while long-range strike restrictions are lifted",
                m -> m.front.longRangeEffect, (m, v) -> m.front.longRangeEffect = v);
        front(FrontField.SK_AID_EFFECT, "share", 0, 1, "extra Russian losses while South Korean lethal aid flows",
                m -> m.front.skAidEffect, (m, v) -> m.front.skAidEffect = v);
        front(FrontField.OFFENSIVE_EFFECT, "share", 0, 1, "change of Russian losses per step of Ukrainian posture",
                m -> m.front.offensiveEffect, (m, v) -> m.front.offensiveEffect = v);
        front(FrontField.CLASH_EFFECT, "share", 0, 5, "extra Russian losses while NATO and Russian forces clash directly",
                m -> m.front.clashEffect, (m, v) -> m.front.clashEffect = v);
        front(FrontField.NUCLEAR_CASUALTIES, "share", 0, 1, "share of Ukraine's front manpower lost on the day of a nuclear use",
                m -> m.front.nuclearCasualties, (m, v) -> m.front.nuclearCasualties = v);
        front(FrontField.COLLAPSE_SHARE, "share", 0, 1, "an army whose front manpower falls below this share of its day-0 strength collapses",
                m -> m.front.collapseShare, (m, v) -> m.front.collapseShare = v);
    }

    /** A cumulative count whose dated figures are carried forward at a daily rate. */
    private void stock(FrontField stock, FrontField rate) {
        ParameterKey k = ParameterKey.front(stock);
        byKey.put(k, byKey.get(k).asStockOf(ParameterKey.front(rate)));
    }

    private void front(FrontField f, String unit, double min, double max, String description,
                       ToDoubleFunction<ModelParameters> getter, ObjDoubleConsumer<ModelParameters> setter) {
        add(ParameterKey.front(f), unit, min, max, false, description, getter, setter);
    }

    private void addDecision() {
        decision(DecisionField.INERTIA, "utility", 0, 20, false, "utility of holding (status-quo bias) in every actor's logit choice",
                m -> m.decision.inertia, (m, v) -> m.decision.inertia = v);
        decision(DecisionField.STEP_DOWN_HYSTERESIS, "drive", 0, 5, false, "how far below a red line the drive must fall before stepping down",
                m -> m.decision.stepDownHysteresis, (m, v) -> m.decision.stepDownHysteresis = v);
        decision(DecisionField.MAX_JUMP, "own rungs", 1, Rung.COUNT - 1, true, "how many of its own rungs an actor may climb in one move",
                m -> m.decision.maxJump, (m, v) -> m.decision.maxJump = (int) v);
        decision(DecisionField.RESOLVE_WEIGHT, "drive", 0, 5, false, "weight of resolve in the drive",
                m -> m.decision.resolveWeight, (m, v) -> m.decision.resolveWeight = v);
        decision(DecisionField.RISK_WEIGHT, "drive", 0, 5, false, "weight of risk aversion on the red lines of severe rungs",
                m -> m.decision.riskWeight, (m, v) -> m.decision.riskWeight = v);
        decision(DecisionField.HOSTILITY_SATURATION, "hostility", 0.01, 100, false,
                "bounded response: observed hostility H counts as H S / (H + S), never more than S",
                m -> m.decision.hostilitySaturation, (m, v) -> m.decision.hostilitySaturation = v);
        decision(DecisionField.HABITUATION_DAYS, "days", 1, 10_000, false, "time constant over which a standing rung loses its novelty",
                m -> m.decision.habituationDays, (m, v) -> m.decision.habituationDays = v);
        decision(DecisionField.HABITUATION_FLOOR, "share", 0, 1, false, "share of a rung's hostility that remains once it has stood for long",
                m -> m.decision.habituationFloor, (m, v) -> m.decision.habituationFloor = v);
        decision(DecisionField.CONTINGENT_REFERENCE, "soldiers", 1, 1_000_000, false,
                "NK troops that count as one contingent's worth of escalation signal",
                m -> m.decision.contingentReference, (m, v) -> m.decision.contingentReference = v);
        decision(DecisionField.KURSK_HOSTILITY, "hostility", 0, 5, false, "Russian hostility from Ukraine holding the whole Kursk salient",
                m -> m.decision.kurskHostility, (m, v) -> m.decision.kurskHostility = v);
        decision(DecisionField.MANPOWER_STRESS_HOSTILITY, "hostility", 0, 5, false, "hostility Russia or Ukraine feels at its own army's full manpower stress",
                m -> m.decision.manpowerStressHostility, (m, v) -> m.decision.manpowerStressHostility = v);
        decision(DecisionField.UKRAINE_STRESS_SIGNAL, "hostility", 0, 5, false, "NATO's hostility at Ukraine's full manpower stress",
                m -> m.decision.ukraineStressSignal, (m, v) -> m.decision.ukraineStressSignal = v);
        decision(DecisionField.RUSSIAN_NEED_WEIGHT, "drive", 0, 5, false,
                "weight of Russia's manpower need (Kursk held, own shortfall) in North Korea's drive for its troop rungs",
                m -> m.decision.russianNeedWeight, (m, v) -> m.decision.russianNeedWeight = v);
        decision(DecisionField.HAZARD_BASE, "probability/day", 0, 0.1, false, "daily probability of inadvertent escalation at level 0",
                m -> m.decision.hazardBase, (m, v) -> m.decision.hazardBase = v);
        decision(DecisionField.HAZARD_GROWTH, "log per rung", 0, 2, false, "growth of the inadvertent hazard per rung of the current level",
                m -> m.decision.hazardGrowth, (m, v) -> m.decision.hazardGrowth = v);
        decision(DecisionField.HAZARD_MAX_RUNG, "rung", 0, Rung.COUNT - 1, true, "highest rung an inadvertent crossing can reach",
                m -> m.decision.hazardMaxRung, (m, v) -> m.decision.hazardMaxRung = (int) v);
        decision(DecisionField.PRESSURE_NOISE, "pressure/day", 0, 1, false, "sd of the daily noise on every actor's pressure",
                m -> m.decision.pressureNoise, (m, v) -> m.decision.pressureNoise = v);
        decision(DecisionField.CEASEFIRE_PER_YEAR, "probability/year", 0, 1, false,
                "chance per year that the fighting gives way to a ceasefire, with neither army under manpower stress",
                m -> m.decision.ceasefirePerYear, (m, v) -> m.decision.ceasefirePerYear = v);
        decision(DecisionField.CEASEFIRE_STRESS_WEIGHT, "x", 0, 100, false,
                "the more stressed army's manpower stress S multiplies the ceasefire hazard by 1 + this x S",
                m -> m.decision.ceasefireStressWeight, (m, v) -> m.decision.ceasefireStressWeight = v);
        decision(DecisionField.CEASEFIRE_BREAKDOWN, "probability", 0, 1, false,
                "chance that a ceasefire ever breaks down (its daily risk is highest at the start and fades as it holds)",
                m -> m.decision.ceasefireBreakdown, (m, v) -> m.decision.ceasefireBreakdown = v);
        decision(DecisionField.CEASEFIRE_DURABILITY_DAYS, "days", 1, 10_000, false,
                "time constant over which a holding ceasefire's risk of breaking down fades",
                m -> m.decision.ceasefireDurabilityDays, (m, v) -> m.decision.ceasefireDurabilityDays = v);
        decision(DecisionField.CEASEFIRE_INTENSITY, "share", 0, 1, false, "fighting during a ceasefire, as a share of the war's intensity",
                m -> m.decision.ceasefireIntensity, (m, v) -> m.decision.ceasefireIntensity = v);
    }

    private void decision(DecisionField f, String unit, double min, double max, boolean integer, String description,
                          ToDoubleFunction<ModelParameters> getter, ObjDoubleConsumer<ModelParameters> setter) {
        add(ParameterKey.decision(f), unit, min, max, integer, description, getter, setter);
    }

    private void addTrigger(String id) {
        add(ParameterKey.trigger(id, TriggerField.PROBABILITY), "probability", 0, 1, false,
                "chance that rule " + id + " acts within its window while its condition holds (a commitment: the chance it is honoured)",
                m -> m.trigger(id).probability, (m, v) -> m.trigger(id).probability = v);
        add(ParameterKey.trigger(id, TriggerField.WITHIN_DAYS), "days", 1, 365, false,
                "the window of rule " + id + " (its daily hazard follows from the chance and the window)",
                m -> m.trigger(id).withinDays, (m, v) -> m.trigger(id).withinDays = v);
    }
}
