package brink.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BinomialIntervalsTest {
    /** Reference values of the Wilson score interval at 95% (e.g. Newcombe 1998, Table I). */
    @Test
    void wilsonMatchesReferenceValues() {
        check(BinomialIntervals.wilson(0, 10), 0, 0.2775);
        check(BinomialIntervals.wilson(5, 10), 0.2366, 0.7634);
        check(BinomialIntervals.wilson(10, 10), 0.7225, 1);
    }

    @Test
    void wilsonEdgesAreExactlyZeroAndOne() {
        assertThat(BinomialIntervals.wilson(0, 2000).low()).isEqualTo(0.0);
        assertThat(BinomialIntervals.wilson(2000, 2000).high()).isEqualTo(1.0);
    }

    private static void check(BinomialIntervals.Interval ci, double low, double high) {
        assertThat(ci.low()).isCloseTo(low, within(5e-5));
        assertThat(ci.high()).isCloseTo(high, within(5e-5));
    }
}
