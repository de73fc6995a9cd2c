package brink.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Posen's inadvertent escalation: each day, with probability base * e^(growth * level), an incident
 * crosses the lowest inactive incident rung (7 intercepts, 8 attack on NATO, 9 clash) up to the
 * hazard's highest rung. Nobody in the quiet world chooses to move, so only incidents cross rungs.
 */
class InadvertentHazardTest {

    @Test
    void aCertainHazardClimbsOneIncidentRungADayAndStopsAtItsCeiling() {
        ModelParameters p = QuietWorld.parameters(20);
        p.decision.hazardBase = 1;
        p.decision.hazardMaxRung = Rung.RUSSIAN_ATTACK_ON_NATO.level();
        RunRecord rec = QuietWorld.run(p, 2).record();
        assertThat(rec.firstCrossedDay(Rung.NATO_INTERCEPTS)).isEqualTo(1);
        assertThat(rec.firstCrossedDay(Rung.RUSSIAN_ATTACK_ON_NATO)).isEqualTo(2);
        assertThat(rec.firstCrossedDay(Rung.NATO_RUSSIA_CLASH)).as("above the ceiling").isEqualTo(EscalationLadder.NEVER);
        assertThat(rec.maxRung()).isEqualTo(Rung.RUSSIAN_ATTACK_ON_NATO.level());
    }

    @Test
    void anAccidentNeverCrossesANuclearRung() {
        ModelParameters p = QuietWorld.parameters(20);
        p.decision.hazardBase = 1;
        p.decision.hazardMaxRung = Rung.TOP.level();
        RunRecord rec = QuietWorld.run(p, 2).record();
        assertThat(rec.firstCrossedDay(Rung.NATO_RUSSIA_CLASH)).isEqualTo(3);
        assertThat(rec.firstCrossedDay(Rung.NUCLEAR_ALERT)).isEqualTo(EscalationLadder.NEVER);
        assertThat(rec.firstCrossedDay(Rung.NUCLEAR_USE)).isEqualTo(EscalationLadder.NEVER);
    }

    @Test
    void theDailyHazardGrowsWithTheLevel() {
        // at level 1 (NK troops in Russia) and at level 5 (plus SK aid), the first incident day is
        // geometric with p = base * e^(growth * level); MLE N / sum(days), tolerance 4 standard errors
        double base = 0.01, growth = 0.3;
        for (int level : new int[]{1, 5}) {
            ModelParameters p = QuietWorld.parameters(400);
            p.decision.hazardBase = base;
            p.decision.hazardGrowth = growth;
            if (level == 5) p.initiallyActive[Rung.SK_LETHAL_AID.ordinal()] = true;
            double expected = base * Math.exp(growth * level); // 0.0135 and 0.0448
            BrinkModel m = new BrinkModel(p, new RunRecord(400));
            int n = 1000;
            long sum = 0;
            for (long seed = 0; seed < n; seed++) {
                int day = QuietWorld.rerun(m, seed).record().firstCrossedDay(Rung.NATO_INTERCEPTS);
                sum += day == EscalationLadder.NEVER ? 401 : day; // censoring at 400 days: < 0.5% of runs at level 1
                if (level == 5 && day != EscalationLadder.NEVER) {
                    assertThat(m.ladder().isActive(Rung.NATO_INTERCEPTS)).isTrue();
                }
            }
            double estimated = n / (double) sum;
            assertThat(estimated).as("level %d", level)
                    .isCloseTo(expected, within(4 * expected * Math.sqrt((1 - expected) / n) + 0.0005));
        }
    }
}
