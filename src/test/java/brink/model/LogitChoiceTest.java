package brink.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The daily choice is a logit over hold (weight e^inertia), escalate (e^(lambda (drive - threshold)))
 * and step down (e^(lambda (threshold - hysteresis - drive))). With the pressure frozen (no decay,
 * reactivity, grievance or noise) the drive is constant, so the day South Korea first crosses its
 * lethal-aid rung is geometric on {1, 2, ...} with that daily probability. The MLE of p from N runs
 * is N / sum(days), with standard error about p sqrt((1 - p) / N); tolerances are 4 standard errors.
 */
class LogitChoiceTest {
    private static final int N = 2000;
    private static final double LAMBDA = 2, INERTIA = 1, RED_LINE = 1.5, HYSTERESIS = 0.5;

    private static ModelParameters southKoreaAt(double pressure, boolean aidFlowing) {
        ModelParameters p = QuietWorld.parameters(300);
        p.decision.inertia = INERTIA;
        p.decision.stepDownHysteresis = HYSTERESIS;
        ActorParameters sk = p.actor(ActorId.SOUTH_KOREA);
        sk.rationality = LAMBDA;
        sk.initialPressure = pressure;
        sk.redLine[Rung.SK_LETHAL_AID.ordinal()] = RED_LINE;
        p.initiallyActive[Rung.SK_LETHAL_AID.ordinal()] = aidFlowing;
        return p;
    }

    /** Daily probability of the move with weight e^x against holding. */
    private static double logit(double x) {
        return Math.exp(LAMBDA * x) / (Math.exp(INERTIA) + Math.exp(LAMBDA * x));
    }

    private static double estimatedDailyProbability(ModelParameters p, boolean escalation) {
        BrinkModel m = new BrinkModel(p, new RunRecord(p.horizonDays));
        long sumDays = 0;
        for (long seed = 0; seed < N; seed++) {
            RunRecord rec = QuietWorld.rerun(m, seed).record();
            int day = escalation ? rec.firstCrossedDay(Rung.SK_LETHAL_AID) : firstDayBelow(rec, Rung.SK_LETHAL_AID.level());
            assertThat(day).as("the move happened within the horizon").isPositive();
            sumDays += day;
        }
        return N / (double) sumDays;
    }

    private static int firstDayBelow(RunRecord rec, int level) {
        for (int d = 1; d <= rec.days(); d++) if (rec.value(Metric.ESCALATION_LEVEL, d) < level) return d;
        return -1;
    }

    @Test
    void escalationBelowTheRedLineIsRareAndMatchesTheLogit() {
        double expected = logit(0.5 - RED_LINE); // e^-2 / (e + e^-2) = 0.0474
        assertThat(estimatedDailyProbability(southKoreaAt(0.5, false), true))
                .isCloseTo(expected, within(4 * expected * Math.sqrt((1 - expected) / N)));
    }

    @Test
    void escalationAtTheRedLineMatchesTheLogit() {
        double expected = logit(0); // 1 / (e + 1) = 0.269
        assertThat(estimatedDailyProbability(southKoreaAt(RED_LINE, false), true))
                .isCloseTo(expected, within(4 * expected * Math.sqrt((1 - expected) / N)));
    }

    @Test
    void steppingDownMatchesTheLogitWithHysteresis() {
        // aid is flowing; drive 1.6 is above threshold - hysteresis = 1.0, so stepping down is unlikely
        double expected = logit(RED_LINE - HYSTERESIS - 1.6); // e^-1.2 / (e + e^-1.2) = 0.0998
        assertThat(estimatedDailyProbability(southKoreaAt(1.6, true), false))
                .isCloseTo(expected, within(4 * expected * Math.sqrt((1 - expected) / N)));
    }

    /**
     * The posture choice skips exp with brackets; it must pick exactly what the choice with exp
     * picks, for random utilities and uniforms, and for uniforms on and next to each boundary.
     */
    @Test
    void bracketedThreeWayChoiceIsExactlyTheChoiceWithExp() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        for (int i = 0; i < 1_000_000; i++) {
            boolean canUp = r.nextInt(4) != 0, canDown = r.nextInt(4) != 0;
            double xUp = r.nextDouble(-12, 4), xDown = r.nextDouble(-12, 4), u = r.nextDouble();
            assertThat(Actor.threeWayChoice(u, canUp, xUp, canDown, xDown))
                    .isEqualTo(Actor.threeWayChoiceWithExp(u, canUp, xUp, canDown, xDown));
            double wUp = canUp ? StrictMath.exp(xUp) : 0, wDown = canDown ? StrictMath.exp(xDown) : 0;
            double total = 1 + wUp + wDown;
            for (double edge : new double[]{wUp / total, (wUp + wDown) / total}) {
                for (double v : new double[]{Math.nextDown(edge), edge, Math.nextUp(edge)}) {
                    if (v < 0 || v >= 1) continue;
                    assertThat(Actor.threeWayChoice(v, canUp, xUp, canDown, xDown)).as("u=%s", v)
                            .isEqualTo(Actor.threeWayChoiceWithExp(v, canUp, xUp, canDown, xDown));
                }
            }
        }
    }
}
