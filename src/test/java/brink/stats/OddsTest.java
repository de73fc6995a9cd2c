package brink.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OddsTest {
    @Test
    void aRareEventReadsWithItsCountAndEnoughDigits() {
        // the example: nuclear use in 3 of 10,000 runs printed as 0.000 [0.000, 0.001]
        assertThat(new Odds(3, 10_000).text()).isEqualTo("3/10,000 = 0.03% [0.01%, 0.09%]");
    }

    @Test
    void noRunSaysBelowTheUpperBound() {
        // Wilson's upper bound at k = 0 is z^2 / (n + z^2) = 3.8415 / 10,003.8 = 0.0384%
        assertThat(new Odds(0, 10_000).text()).isEqualTo("0/10,000: below 0.04% (95% upper bound)");
        assertThat(new Odds(0, 1_000_000).text()).isEqualTo("0/1,000,000: below 0.0004% (95% upper bound)");
    }

    @Test
    void everyRunSaysAboveTheLowerBound() {
        assertThat(new Odds(1000, 1000).text()).isEqualTo("1,000/1,000: above 99.6% (95% lower bound)");
    }

    @Test
    void manyRunsShowTheWidthOfTheirIntervalAndNearCertaintyItsDistanceFromAll() {
        // 312 of a million: the interval is 0.028% to 0.035%, which one decimal fewer would hide
        assertThat(new Odds(312, 1_000_000).share()).isEqualTo("0.031% [0.028%, 0.035%]");
        assertThat(new Odds(1_000_000, 1_000_000).text()).isEqualTo("1,000,000/1,000,000: above 99.9996% (95% lower bound)");
        assertThat(new Odds(9_997, 10_000).share()).isEqualTo("99.97% [99.91%, 99.99%]");
    }

    @Test
    void commonEventsKeepOneDecimal() {
        assertThat(new Odds(500, 1000).text()).isEqualTo("500/1,000 = 50.0% [46.9%, 53.1%]");
    }

    @Test
    void theSmallestOfShareAndBoundsShowsASignificantDigit() {
        for (long n : new long[]{100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000}) {
            for (long k : new long[]{1, 2, 3, 7, 20}) {
                Odds o = new Odds(k, n);
                String low = o.intervalText().substring(1, o.intervalText().indexOf('%'));
                assertThat(Double.parseDouble(low)).as("%d/%d: %s", k, n, o.text()).isPositive();
                assertThat(Double.parseDouble(o.percentText().replace("%", ""))).as(o.text()).isPositive();
            }
        }
    }

    @Test
    void differencesInPointsShowTwoDigitsOfTheLargest() {
        assertThat(Odds.points(0.0017, Odds.pointDecimals(0.0017, 0.0008, 0.0026))).isEqualTo("+0.17 pp");
        assertThat(Odds.points(-0.123, Odds.pointDecimals(-0.123, -0.15, -0.09))).isEqualTo("-12.3 pp");
        assertThat(Odds.points(0.0, 2)).isEqualTo("0.00 pp");
        assertThat(Odds.points(-0.00001, 2)).isEqualTo("0.00 pp");
    }

    @Test
    void aNarrowPairedIntervalGetsTheDecimalsItsWidthNeeds() {
        // 0.05 pp wide: two decimals tell its ends apart, where two digits of +2.8 pp would print +2.8 twice
        int d = Math.max(Odds.pointDecimals(0.028, 0.0279, 0.0284), Odds.widthDecimals(0.0279, 0.0284));
        assertThat(Odds.points(0.0279, d)).isNotEqualTo(Odds.points(0.0284, d));
        assertThat(Odds.widthDecimals(0.0279, 0.0284)).isEqualTo(2);
        assertThat(Odds.widthDecimals(0.12, 0.14)).isEqualTo(1);
        assertThat(Odds.widthDecimals(0.1, 0.1)).isEqualTo(1);
    }
}
