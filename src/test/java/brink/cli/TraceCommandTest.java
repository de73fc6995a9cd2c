package brink.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code brink trace}: a readable, reproducible day-by-day story with its sources. */
class TraceCommandTest {

    @Test
    void tellsTheRunDayByDayWithRulesAndSources() {
        CliRunner.Result r = CliRunner.run("trace", "scenarios/baseline.yaml", "--seed", "3", "--days", "60");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("seed 3", "60 days from 2024-10-28");
        assertThat(r.out()).contains("Day 1 (2024-10-29)", "cause: rule pact_nk_joins_kursk");
        // a quote from an article, with the file it comes from, and a calibrated parameter's provenance
        assertThat(r.out()).contains("rule from 003_80b3058face6d8d5.txt: \"It is believed Russia could use");
        assertThat(r.out()).contains("calibrated by ABC-SMC against scenarios/calibration/articles.yaml");
        // weekly status lines and the closing tables
        assertThat(r.out()).contains("-- day 7 (2024-11-04)", "-- day 56 (2024-12-23)").doesNotContain("-- day 63");
        assertThat(r.out()).contains("Escalation ladder: day each rung was first crossed", "nk_troops_in_russia",
                "day 0 (2024-10-28)", "Final values on day 60 (2024-12-27)", "North Korean troops in combat");
        assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(TextWrap.WIDTH));
    }

    @Test
    void aScheduledEventIsToldWithItsSource() {
        CliRunner.Result r = CliRunner.run("trace", "scenarios/what-if-nk-enter-ukraine.yaml", "--seed", "3", "--days", "50");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Day 45 (2024-12-12)", "North Korean troops cross into Ukraine proper.",
                "cause: scheduled event", "event from 002_d9c7288233712f85.txt");
        assertThat(r.out()).containsPattern("6 +nk_in_ukraine +day 45 \\(2024-12-12\\)");
        assertThat(r.out().lines()).allSatisfy(l -> assertThat(l.length()).as(l).isLessThanOrEqualTo(TextWrap.WIDTH));
    }

    @Test
    void sameSeedSameStoryOtherSeedOtherStory() {
        String a = CliRunner.run("trace", "scenarios/baseline.yaml", "--seed", "3", "--days", "60").out();
        String b = CliRunner.run("trace", "scenarios/baseline.yaml", "--seed", "3", "--days", "60").out();
        String c = CliRunner.run("trace", "scenarios/baseline.yaml", "--seed", "4", "--days", "60").out();
        assertThat(b).isEqualTo(a);
        assertThat(c).isNotEqualTo(a.replace("seed 3", "seed 4"));
    }

    @Test
    void daysOutsideOneToTenYearsIsABadInput() {
        for (String days : new String[]{"0", "3651", "-5"}) {
            CliRunner.Result r = CliRunner.run("trace", "scenarios/baseline.yaml", "--days", days);
            assertThat(r.exitCode()).as(r.toString()).isEqualTo(BrinkCli.BAD_INPUT);
            assertThat(r.err()).contains("--days", days, "allowed: a whole number from 1 to 3650");
            assertThat(r.out()).isEmpty();
        }
        CliRunner.Result notANumber = CliRunner.run("trace", "scenarios/baseline.yaml", "--seed", "seven");
        assertThat(notANumber.exitCode()).isEqualTo(BrinkCli.BAD_INPUT);
        assertThat(notANumber.err()).contains("seven");
    }
}
