package brink.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjDoubleConsumer;
import java.util.function.ToDoubleFunction;

/**
 * Every parameter of the model, with its path in scenario files, unit, allowed range and meaning.
 * Scenario validation, {@code brink params}, sweep factors and the GUI's sliders all read this one
 * list. Trigger parameters depend on the scenario's triggers, so a catalog is built for a list of
 * trigger ids.
 */
public final class ParameterCatalog {
    private final Map<String, ParameterDef> byPath = new LinkedHashMap<>();

    private ParameterCatalog() {}

    /** The catalog for a scenario with these trigger ids. */
    public static ParameterCatalog forTriggers(List<String> triggerIds) {
        ParameterCatalog c = new ParameterCatalog();
        c.addActors();
        c.addNorthKorea();
        c.addFront();
        c.addDecision();
        for (String id : triggerIds) c.addTrigger(id);
        return c;
    }

    public List<ParameterDef> all() { return Collections.unmodifiableList(new ArrayList<>(byPath.values())); }
    public ParameterDef get(String path) { return byPath.get(path); }
    public boolean contains(String path) { return byPath.containsKey(path); }

    private void add(String path, String unit, double min, double max, boolean integer, String description,
                     ToDoubleFunction<ModelParameters> getter, ObjDoubleConsumer<ModelParameters> setter) {
        byPath.put(path, new ParameterDef(path, unit, min, max, integer, description, getter, setter));
    }

    private void addActors() {
        for (ActorId a : ActorId.values()) {
            int i = a.ordinal();
            String p = "actors." + a.key() + ".";
            String who = a.displayName();
            add(p + "initial_pressure", "pressure", 0, 5, false, who + "'s pressure at day 0",
                    m -> m.actors[i].initialPressure, (m, v) -> m.actors[i].initialPressure = v);
            add(p + "reactivity", "pressure/day per unit hostility", 0, 1, false,
                    "Richardson reaction: pressure " + who + " gains per day per unit of observed hostility",
                    m -> m.actors[i].reactivity, (m, v) -> m.actors[i].reactivity = v);
            add(p + "decay", "share/day", 0, 1, false,
                    "Richardson restraint: share of " + who + "'s pressure that fades each day",
                    m -> m.actors[i].decay, (m, v) -> m.actors[i].decay = v);
            add(p + "grievance", "pressure/day", 0, 0.5, false,
                    "Richardson grievance: standing pressure " + who + " adds each day",
                    m -> m.actors[i].grievance, (m, v) -> m.actors[i].grievance = v);
            add(p + "resolve", "0-1", 0, 1, false, who + "'s resolve: raises its drive to escalate",
                    m -> m.actors[i].resolve, (m, v) -> m.actors[i].resolve = v);
            add(p + "risk_aversion", "0-1", 0, 1, false,
                    who + "'s risk aversion: raises its red lines for severe rungs",
                    m -> m.actors[i].riskAversion, (m, v) -> m.actors[i].riskAversion = v);
            add(p + "rationality", "1/pressure", 0, 100, false,
                    "logit precision of " + who + "'s daily choice (0 = random, high = strict red lines)",
                    m -> m.actors[i].rationality, (m, v) -> m.actors[i].rationality = v);
            for (Rung r : Rung.values()) {
                if (!Actor.decides(a, r)) continue;
                int ri = r.ordinal();
                add(p + "red_line." + r.key(), "drive", 0, 10, false,
                        who + "'s red line for rung " + r.level() + " (" + r.title() + ")",
                        m -> m.actors[i].redLine[ri], (m, v) -> m.actors[i].redLine[ri] = v);
            }
        }
        int ua = ActorId.UKRAINE.ordinal();
        add("actors.ukraine.posture_threshold", "drive", 0, 10, false,
                "drive above which Ukraine shifts toward an offensive posture (below it, toward defence)",
                m -> m.actors[ua].postureThreshold, (m, v) -> m.actors[ua].postureThreshold = v);
        int cn = ActorId.CHINA.ordinal();
        add("actors.china.posture_threshold", "drive", 0, 10, false,
                "drive above which China presses Pyongyang and Moscow to step back",
                m -> m.actors[cn].postureThreshold, (m, v) -> m.actors[cn].postureThreshold = v);
        add("actors.china.restraint", "drive per unit severity", 0, 10, false,
                "how much China's pressing raises Russia's and North Korea's red lines (more for severe rungs)",
                m -> m.decision.chinaRestraint, (m, v) -> m.decision.chinaRestraint = v);
    }

    private void addNorthKorea() {
        String p = "actors.north_korea.";
        add(p + "troops", "soldiers", 0, 200_000, false, "North Korean troops in Russia at day 0",
                m -> m.front.nkTroops, (m, v) -> m.front.nkTroops = v);
        add(p + "troop_quality", "Russian-soldier equivalents", 0, 3, false,
                "effectiveness of one North Korean soldier relative to one Russian soldier",
                m -> m.front.nkTroopQuality, (m, v) -> m.front.nkTroopQuality = v);
        add(p + "combat_entry_days", "days", 1, 365, false,
                "days for the contingent to move from training into combat once committed",
                m -> m.front.nkCombatEntryDays, (m, v) -> m.front.nkCombatEntryDays = v);
        add(p + "defection_rate", "per soldier per day", 0, 0.01, false,
                "daily probability that a North Korean soldier in combat defects",
                m -> m.front.nkDefectionRate, (m, v) -> m.front.nkDefectionRate = v);
        add(p + "defection_multiplier_in_ukraine", "x", 1, 50, false,
                "multiplier of the defection rate once North Korean troops are in Ukraine proper",
                m -> m.front.nkDefectionMultiplierInUkraine, (m, v) -> m.front.nkDefectionMultiplierInUkraine = v);
        add(p + "exposure", "x", 0, 5, false,
                "North Korean losses per soldier relative to Russian losses per soldier",
                m -> m.front.nkExposure, (m, v) -> m.front.nkExposure = v);
    }

    private void addFront() {
        String p = "front.";
        add(p + "russian_manpower", "soldiers", 10_000, 5_000_000, false, "Russian manpower at the front at day 0",
                m -> m.front.russianManpower, (m, v) -> m.front.russianManpower = v);
        add(p + "ukrainian_manpower", "soldiers", 10_000, 5_000_000, false, "Ukrainian manpower at the front at day 0",
                m -> m.front.ukrainianManpower, (m, v) -> m.front.ukrainianManpower = v);
        add(p + "russian_daily_casualties", "soldiers/day", 0, 20_000, false,
                "Russian killed or wounded per day at day 0 (calibrates the Lanchester coefficient)",
                m -> m.front.russianDailyCasualties, (m, v) -> m.front.russianDailyCasualties = v);
        add(p + "ukrainian_daily_casualties", "soldiers/day", 0, 20_000, false,
                "Ukrainian killed or wounded per day at day 0 (calibrates the Lanchester coefficient)",
                m -> m.front.ukrainianDailyCasualties, (m, v) -> m.front.ukrainianDailyCasualties = v);
        add(p + "russian_cumulative_casualties", "soldiers", 0, 5_000_000, false,
                "Russian killed and wounded since February 2022, at day 0",
                m -> m.front.russianCumulativeCasualties, (m, v) -> m.front.russianCumulativeCasualties = v);
        add(p + "ukrainian_cumulative_casualties", "soldiers", 0, 5_000_000, false,
                "Ukrainian killed and wounded since February 2022, at day 0",
                m -> m.front.ukrainianCumulativeCasualties, (m, v) -> m.front.ukrainianCumulativeCasualties = v);
        add(p + "russian_recruits_per_day", "soldiers/day", 0, 20_000, false, "Russian recruits reaching the front per day",
                m -> m.front.russianRecruitsPerDay, (m, v) -> m.front.russianRecruitsPerDay = v);
        add(p + "ukrainian_recruits_per_day", "soldiers/day", 0, 20_000, false, "Ukrainian recruits reaching the front per day",
                m -> m.front.ukrainianRecruitsPerDay, (m, v) -> m.front.ukrainianRecruitsPerDay = v);
        add(p + "wounded_return_share", "share", 0, 1, false, "share of casualties who are wounded and return to the front",
                m -> m.front.woundedReturnShare, (m, v) -> m.front.woundedReturnShare = v);
        add(p + "wounded_return_days", "days", 1, Front.MAX_RETURN_DAYS, true, "days before returning wounded rejoin",
                m -> m.front.woundedReturnDays, (m, v) -> m.front.woundedReturnDays = (int) v);
        add(p + "attrition_noise", "log-sd", 0, 2, false, "day-to-day log-sd of the attrition coefficients (0 = none)",
                m -> m.front.attritionNoise, (m, v) -> m.front.attritionNoise = v);
        add(p + "kursk_russian_control", "share", 0, 1, false, "Russian share of the Kursk salient at day 0",
                m -> m.front.kurskRussianControl, (m, v) -> m.front.kurskRussianControl = v);
        add(p + "kursk_speed", "share/day", 0, 1, false, "daily change of Kursk control per unit of local force advantage",
                m -> m.front.kurskSpeed, (m, v) -> m.front.kurskSpeed = v);
        add(p + "kursk_force_share", "share", 0, 1, false, "share of each side's manpower committed to the Kursk salient",
                m -> m.front.kurskForceShare, (m, v) -> m.front.kurskForceShare = v);
        add(p + "long_range_effect", "share", 0, 1, false, "extra Russian losses while long-range strike restrictions are lifted",
                m -> m.front.longRangeEffect, (m, v) -> m.front.longRangeEffect = v);
        add(p + "sk_aid_effect", "share", 0, 1, false, "extra Russian losses while South Korean lethal aid flows",
                m -> m.front.skAidEffect, (m, v) -> m.front.skAidEffect = v);
        add(p + "offensive_effect", "share", 0, 1, false, "change of Russian losses per step of Ukrainian posture",
                m -> m.front.offensiveEffect, (m, v) -> m.front.offensiveEffect = v);
    }

    private void addDecision() {
        String p = "decision.";
        add(p + "inertia", "utility", 0, 20, false, "utility of holding (status-quo bias) in every actor's logit choice",
                m -> m.decision.inertia, (m, v) -> m.decision.inertia = v);
        add(p + "step_down_hysteresis", "drive", 0, 5, false, "how far below a red line the drive must fall before stepping down",
                m -> m.decision.stepDownHysteresis, (m, v) -> m.decision.stepDownHysteresis = v);
        add(p + "max_jump", "rungs", 1, Rung.COUNT - 1, true, "how many rungs above today's level an actor may jump",
                m -> m.decision.maxJump, (m, v) -> m.decision.maxJump = (int) v);
        add(p + "resolve_weight", "drive", 0, 5, false, "weight of resolve in the drive",
                m -> m.decision.resolveWeight, (m, v) -> m.decision.resolveWeight = v);
        add(p + "risk_weight", "drive", 0, 5, false, "weight of risk aversion on the red lines of severe rungs",
                m -> m.decision.riskWeight, (m, v) -> m.decision.riskWeight = v);
        add(p + "hazard_base", "probability/day", 0, 0.1, false, "daily probability of inadvertent escalation at level 0",
                m -> m.decision.hazardBase, (m, v) -> m.decision.hazardBase = v);
        add(p + "hazard_growth", "log per rung", 0, 2, false, "growth of the inadvertent hazard per rung of the current level",
                m -> m.decision.hazardGrowth, (m, v) -> m.decision.hazardGrowth = v);
        add(p + "hazard_max_rung", "rung", 0, Rung.COUNT - 1, true, "highest rung an inadvertent crossing can reach",
                m -> m.decision.hazardMaxRung, (m, v) -> m.decision.hazardMaxRung = (int) v);
        add(p + "kursk_hostility", "hostility", 0, 5, false, "Russian hostility from Ukraine holding the whole Kursk salient",
                m -> m.decision.kurskHostility, (m, v) -> m.decision.kurskHostility = v);
        add(p + "manpower_stress_hostility", "hostility", 0, 5, false, "Ukrainian hostility at full manpower stress",
                m -> m.decision.manpowerStressHostility, (m, v) -> m.decision.manpowerStressHostility = v);
        add(p + "pressure_noise", "pressure/day", 0, 1, false, "sd of the daily noise on every actor's pressure",
                m -> m.decision.pressureNoise, (m, v) -> m.decision.pressureNoise = v);
    }

    private void addTrigger(String id) {
        String p = "triggers." + id + ".";
        add(p + "probability", "probability", 0, 1, false, "probability that rule " + id + " is acted on",
                m -> m.trigger(id).probability, (m, v) -> m.trigger(id).probability = v);
        add(p + "within_days", "days", 0, 365, false, "the action follows within this many days",
                m -> m.trigger(id).withinDays, (m, v) -> m.trigger(id).withinDays = v);
    }
}
