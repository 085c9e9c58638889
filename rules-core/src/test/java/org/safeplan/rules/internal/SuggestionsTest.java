package org.safeplan.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> FIELDS = List.of("perpetratorOnPremises", "injured", "immediateDanger", "country");

    @Test
    void suggestsNearMissesIgnoringCase() {
        assertThat(Suggestions.closest("perpetratorOnPremisis", FIELDS)).contains("perpetratorOnPremises");
        assertThat(Suggestions.closest("INJURED", FIELDS)).contains("injured");
        assertThat(Suggestions.closest("injrued", FIELDS)).contains("injured");
        assertThat(Suggestions.closest("contry", FIELDS)).contains("country");
    }

    @Test
    void staysSilentWhenNothingIsClose() {
        assertThat(Suggestions.closest("favouriteColour", FIELDS)).isEmpty();
        assertThat(Suggestions.didYouMean("zzz", FIELDS)).isEmpty();
    }

    @Test
    void quotesAndShortensLongValues() {
        assertThat(Suggestions.quote("ab")).isEqualTo("\"ab\"");
        assertThat(Suggestions.quote("x".repeat(1000))).hasSize(43).endsWith("…\"");
    }
}
