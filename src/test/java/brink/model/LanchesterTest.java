package brink.model;

import brink.random.StreamId;
import brink.random.Substream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The front's attrition with noise, recruitment, returning wounded and NK troops switched off is
 * Lanchester's square law: dR/dt = -a U, dU/dt = -b R, with a and b derived from the day-0 rates
 * (a = Russian daily casualties / U0, b = Ukrainian daily casualties / R0). Its invariant
 * I = b R^2 - a U^2 is conserved by the differential equations. The model steps one day at a time
 * (explicit Euler), which multiplies I by exactly (1 - a b) per day:
 * b(R - aU)^2 - a(U - bR)^2 = (b R^2 - a U^2)(1 - a b). So after t days I_t = I_0 (1 - ab)^t while
 * both sides still stand, and the drift |I_t / I_0 - 1| is at most t a b.
 */
class LanchesterTest {

    private static final ContingentParameters NO_TROOPS = QuietWorld.parameters(1).contingent;

    private static FrontParameters squareLaw(double r0, double u0, double russianDaily, double ukrainianDaily) {
        FrontParameters p = QuietWorld.parameters(365).front;
        p.russianManpower = r0;
        p.ukrainianManpower = u0;
        p.russianDailyCasualties = russianDaily;
        p.ukrainianDailyCasualties = ukrainianDaily;
        return p;
    }

    private static double invariant(Front f, double a, double b) {
        return b * f.russianManpower * f.russianManpower - a * f.ukrainianManpower * f.ukrainianManpower;
    }

    @Test
    void squareLawInvariantDriftsOnlyByTheEulerFactor() {
        // the articles' scale: a = 1000/500000, b = 500/600000, so ab ~ 1.7e-6 and 365 days drift < 7e-4
        FrontParameters p = squareLaw(600_000, 500_000, 1_000, 500);
        double a = 1_000 / 500_000.0, b = 500 / 600_000.0;
        Front f = new Front();
        f.reset(p, NO_TROOPS);
        EscalationLadder ladder = new EscalationLadder();
        ladder.reset(new boolean[Rung.COUNT]);
        double i0 = invariant(f, a, b);
        for (int day = 1; day <= 365; day++) {
            step(f, p, ladder, day);
            double expected = i0 * Math.pow(1 - a * b, day);
            // exact up to floating-point rounding of ~1e6^2 sized terms
            assertThat(invariant(f, a, b)).isCloseTo(expected, within(1e-9 * Math.abs(i0)));
            assertThat(Math.abs(invariant(f, a, b) / i0 - 1)).isLessThanOrEqualTo(day * a * b + 1e-12);
        }
        // and the day's casualties are the square-law rates: a U and b R
        assertThat(f.russianToday()).isGreaterThan(0);
    }

    @Test
    void theSideWithTheLargerInvariantWins() {
        // small armies with brisk fighting so that one side is destroyed within the year
        // R wins when b R0^2 > a U0^2: b = 60/10000 = 0.006, a = 100/8000 = 0.0125
        // b R0^2 = 600,000 < a U0^2 = 800,000 -> Ukraine wins; swap the forces and Russia wins
        assertWinner(squareLaw(10_000, 8_000, 100, 60), false);
        assertWinner(squareLaw(10_000, 6_000, 100, 60 * 8_000 / 6_000.0 * 1.2), true);
    }

    private static void assertWinner(FrontParameters p, boolean russiaWins) {
        double a = p.russianDailyCasualties / p.ukrainianManpower, b = p.ukrainianDailyCasualties / p.russianManpower;
        double i0 = b * p.russianManpower * p.russianManpower - a * p.ukrainianManpower * p.ukrainianManpower;
        assertThat(i0 > 0).isEqualTo(russiaWins);
        Front f = new Front();
        f.reset(p, NO_TROOPS);
        EscalationLadder ladder = new EscalationLadder();
        ladder.reset(new boolean[Rung.COUNT]);
        for (int day = 1; day <= 365; day++) step(f, p, ladder, day);
        double winner = russiaWins ? f.russianManpower() : f.ukrainianManpower();
        double loser = russiaWins ? f.ukrainianManpower() : f.russianManpower();
        assertThat(loser).isZero();
        // the survivors are what the (discretised) invariant leaves: sqrt(|I| / coefficient), within 5%
        double survivors = russiaWins ? Math.sqrt(i0 / b) : Math.sqrt(-i0 / a);
        assertThat(winner).isCloseTo(survivors, within(0.05 * survivors));
    }

    @Test
    void theLinearLawConservesItsOwnInvariantExactly() {
        // area fire: dR/dt = -a' R U, dU/dt = -b' R U, a' = C_R0 / (R0 U0), b' = C_U0 / (R0 U0);
        // b' R - a' U is conserved by the differential equations and by the Euler step alike
        FrontParameters p = squareLaw(600_000, 500_000, 1_000, 500);
        p.attritionLaw = AttritionLaw.LINEAR;
        double a = 1_000 / (600_000.0 * 500_000), b = 500 / (600_000.0 * 500_000);
        Front f = new Front();
        f.reset(p, NO_TROOPS);
        EscalationLadder ladder = new EscalationLadder();
        ladder.reset(new boolean[Rung.COUNT]);
        double j0 = b * f.russianManpower - a * f.ukrainianManpower;
        for (int day = 1; day <= 365; day++) {
            step(f, p, ladder, day);
            assertThat(b * f.russianManpower - a * f.ukrainianManpower).isCloseTo(j0, within(1e-9 * Math.abs(j0) + 1e-15));
        }
        // linear-law losses fall with both armies: day 365's Russian losses are C_R0 (U/U0)(R/R0)
        assertThat(f.russianToday()).isLessThan(1_000);
    }

    @Test
    void northKoreanLossesFollowTheSectorTheyFightIn() {
        // 10,000 NK troops in combat in Kursk, where 8% of each army fights: their share of the
        // Russian-side losses there is 10,000 / (48,000 + 10,000), about 17%, not the 1.6% of the whole front
        ModelParameters m = QuietWorld.parameters(30);
        FrontParameters p = m.front;
        p.russianManpower = 600_000;
        p.ukrainianManpower = 500_000;
        ContingentParameters c = m.contingent;
        c.troops = 10_000;
        c.combatEntryDays = 1;
        c.quality = 0;  // the NK troops add no strength, so the sector's losses are the day-0 rate
        Front f = new Front();
        f.reset(p, c);
        EscalationLadder ladder = new EscalationLadder();
        ladder.reset(new boolean[Rung.COUNT]);
        ladder.cross(Rung.NK_COMBAT_IN_KURSK, 0);
        step(f, p, c, ladder, 1);
        double kurskRussianSide = p.russianDailyCasualties * p.kurskForceShare; // intensity 1: the Kursk share
        double expected = kurskRussianSide * 10_000 / (0.08 * 600_000 + 10_000);
        assertThat(f.nkLost()).isCloseTo(expected, within(1e-6 * expected));
    }

    private static void step(Front f, FrontParameters p, EscalationLadder ladder, int day) {
        step(f, p, NO_TROOPS, ladder, day);
    }

    private static void step(Front f, FrontParameters p, ContingentParameters c, EscalationLadder ladder, int day) {
        f.step(day, p, c, ladder, 0, 1.0, NOISE, DEFECTIONS);
    }

    private static final Substream NOISE = new Substream(StreamId.of("test.noise"));
    private static final Substream DEFECTIONS = new Substream(StreamId.of("test.defections"));
}
