package brink.model;

import java.util.Arrays;

/**
 * A controlled world for sub-model tests: nobody's pressure moves, every red line is far out of
 * reach, the status-quo bias is overwhelming, there is no inadvertent hazard, no attrition noise,
 * no recruitment, no ceasefire and no collapse; the 10,000 NK troops stay in training. A test
 * switches on exactly the mechanism it examines.
 */
final class QuietWorld {
    /** Red line no drive here ever approaches: escalation odds below e^-50 a day. */
    static final double UNREACHABLE = 50;

    private QuietWorld() {}

    static ModelParameters parameters(int horizonDays) {
        ModelParameters m = new ModelParameters();
        m.horizonDays = horizonDays;
        m.initiallyActive[Rung.NK_TROOPS_IN_RUSSIA.ordinal()] = true;
        for (ActorParameters a : m.actors) {
            a.initialPressure = 0;
            a.reactivity = 0;
            a.decay = 0;
            a.grievance = 0;
            a.resolve = 0.5;
            a.riskAversion = 0;
            a.rationality = 1;
            a.postureThreshold = UNREACHABLE;
            Arrays.fill(a.redLine, UNREACHABLE);
        }
        DecisionParameters d = m.decision;
        d.inertia = 20;
        d.stepDownHysteresis = 2 * UNREACHABLE; // a rung an event forces stays: stepping down is as unreachable
        d.maxJump = Rung.COUNT - 1;
        d.resolveWeight = 0;
        d.riskWeight = 0;
        d.hazardBase = 0;
        d.hazardGrowth = 0;
        d.hazardMaxRung = Rung.NATO_RUSSIA_CLASH.level();
        d.kurskHostility = 0;
        d.manpowerStressHostility = 0;
        d.ukraineStressSignal = 0;
        d.russianNeedWeight = 0;
        d.pressureNoise = 0;
        d.hostilitySaturation = 2;
        d.habituationDays = 180;
        d.habituationFloor = 1;     // no habituation unless a test asks for it
        d.contingentReference = 10_000;
        d.ceasefirePerYear = 0;
        d.ceasefireStressWeight = 0;
        d.ceasefireBreakdown = 0;
        d.ceasefireDurabilityDays = 365;
        d.ceasefireIntensity = 0.1;
        FrontParameters f = m.front;
        f.russianManpower = 600_000;
        f.ukrainianManpower = 500_000;
        f.russianDailyCasualties = 1_000;
        f.ukrainianDailyCasualties = 500;
        f.russianCumulativeCasualties = 0;
        f.ukrainianCumulativeCasualties = 0;
        f.russianRecruitsPerDay = 0;
        f.ukrainianRecruitsPerDay = 0;
        f.russianRecruitPool = 0;
        f.ukrainianRecruitPool = 0;
        f.russianMobilisation = 0;
        f.ukrainianMobilisation = 0;
        f.woundedReturnShare = 0;
        f.woundedReturnDays = 60;
        f.attritionNoise = 0;
        f.kurskRussianControl = 0.5;
        f.kurskSpeed = 0;
        f.kurskForceShare = 0.08;
        f.kurskIntensity = 1;
        f.attritionLaw = AttritionLaw.SQUARE;
        f.attritionEnemyExponent = 1;
        f.attritionOwnExponent = 0;
        f.clashEffect = 0;
        f.nuclearCasualties = 0;
        f.collapseShare = 0;
        f.longRangeEffect = 0;
        f.skAidEffect = 0;
        f.offensiveEffect = 0;
        ContingentParameters c = m.contingent;
        c.troops = 10_000;
        c.quality = 0.7;
        c.combatEntryDays = 30;
        c.defectionRate = 0;
        c.defectionMultiplierInUkraine = 1;
        c.exposure = 1;
        c.meansHalfTroops = 1;      // any troops at all give (nearly) full means
        c.lossAversion = 0;
        c.defectionAversion = 0;
        return m;
    }

    /** Runs one replication of the given parameters to the horizon and returns the model (its record attached). */
    static BrinkModel run(ModelParameters p, long seed) {
        return rerun(new BrinkModel(p, new RunRecord(p.horizonDays)), seed);
    }

    /** Runs a further replication on a model built once (tests with many runs reuse it). */
    static BrinkModel rerun(BrinkModel model, long seed) {
        model.seed(seed, 0, 0);
        model.start();
        model.runToHorizon();
        model.finish();
        return model;
    }
}
