package brink.scenario;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionsTest {
    private static final List<String> KEYS = List.of("initial_pressure", "reactivity", "decay", "grievance", "resolve",
            "risk_aversion", "rationality", "red_line");

    @Test
    void aTypoSuggestsTheNearestKeyOnly() {
        assertThat(Suggestions.nearest("resolv", KEYS)).containsExactly("resolve");
        assertThat(Suggestions.nearest("reslove", KEYS)).containsExactly("resolve"); // a swap is two edits
        assertThat(Suggestions.didYouMean("decai", KEYS)).isEqualTo(" (did you mean 'decay'?)");
    }

    @Test
    void tiesAreAllNamedInTheGivenOrder() {
        assertThat(Suggestions.nearest("ab", List.of("abc", "xyz", "abd"))).containsExactly("abc", "abd");
        assertThat(Suggestions.didYouMean("ab", List.of("abc", "abd"))).isEqualTo(" (did you mean 'abc' or 'abd'?)");
    }

    @Test
    void aWordFarFromEveryKeyGetsNoSuggestion() {
        assertThat(Suggestions.nearest("japan", KEYS)).isEmpty();
        assertThat(Suggestions.didYouMean("japan", KEYS)).isEmpty();
        assertThat(Suggestions.nearest("decaying", KEYS)).isEmpty(); // three edits from decay: beyond a typo
    }

    @Test
    void closestRanksEveryKeyByDistance() {
        assertThat(Suggestions.closest("actors.north_korea.trops",
                List.of("front.kursk_share", "actors.north_korea.troops", "actors.north_korea.troop_quality"), 2))
                .containsExactly("actors.north_korea.troops", "actors.north_korea.troop_quality");
    }

    @Test
    void anUnknownNameIsNamedWithTheNearestAndEveryKnownOne() {
        List<String> rungs = List.of("nk_troops_in_russia", "nk_in_ukraine");
        assertThat(Suggestions.unknown("rung", "nk_troops_in_rusia", rungs))
                .isEqualTo("unknown rung (did you mean 'nk_troops_in_russia'?); allowed: nk_troops_in_russia, nk_in_ukraine");
        assertThat(Suggestions.unknown("rung", "nuclear_winter", rungs)).isEqualTo("unknown rung; allowed: nk_troops_in_russia, nk_in_ukraine");
        assertThat(Suggestions.unknown("rung", null, rungs)).isEqualTo("unknown rung; allowed: nk_troops_in_russia, nk_in_ukraine");
    }
}
