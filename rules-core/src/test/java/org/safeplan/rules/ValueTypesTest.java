package org.safeplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The value types are records: equal by value, immutable, checked when made. */
class ValueTypesTest {

    private static Recommendation kitchen(int rank) {
        return Recommendation.builder().rank(rank).actionId("leave-the-kitchen").urgency(Urgency.IMMEDIATE)
                .title("Get out of the kitchen").text("Move to another room.").summary("Leave the kitchen.")
                .sources(List.of("001-3"))
                .firedBy(List.of("danger-kitchen")).exposures(Set.of(Exposure.LEAVES_ROOM)).build();
    }

    @Test
    void aRecommendationIsEqualByValueHoweverItWasMade() {
        Recommendation built = kitchen(1);
        Recommendation made = new Recommendation(1, "leave-the-kitchen", Urgency.IMMEDIATE, "Get out of the kitchen",
                "Move to another room.", "Leave the kitchen.", List.of("001-3"), List.of("danger-kitchen"), Set.of(Exposure.LEAVES_ROOM),
                List.of(), List.of(), List.of());
        assertThat(made).isEqualTo(built).hasSameHashCodeAs(built).hasToString("1. leave-the-kitchen (IMMEDIATE)");
        assertThat(built.toBuilder().build()).isEqualTo(built);
        assertThat(kitchen(2)).isNotEqualTo(built);
        assertThatThrownBy(() -> kitchen(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rank must be 1 or more, was 0");
    }

    @Test
    void collectionsAreCopied() {
        List<String> sources = new ArrayList<>(List.of("001-3"));
        Recommendation r = Recommendation.builder().rank(1).actionId("a").urgency(Urgency.URGENT).title("t").text("x")
                .summary("s").sources(sources).firedBy(List.of("r")).build();
        sources.add("002-1");
        assertThat(r.sources()).containsExactly("001-3");
        assertThatThrownBy(() -> r.sources().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void guidanceChecksItsRanksAndIsEqualByValue() {
        assertThat(new Guidance("1.0.0", List.of(kitchen(1)))).isEqualTo(new Guidance("1.0.0", List.of(kitchen(1))))
                .isNotEqualTo(new Guidance("1.0.1", List.of(kitchen(1))))
                .hasToString("Guidance[1.0.0, en, [1. leave-the-kitchen (IMMEDIATE)]]");
        assertThatThrownBy(() -> new Guidance("1.0.0", List.of(kitchen(2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("recommendation 0 has rank 2, expected 1");
    }

    @Test
    void guidanceInATranslationNamesItsLanguageAndNeverFallsBackToItself() {
        Guidance spanish = new Guidance("1.0.0", "es", TranslationStatus.UNREVIEWED, Optional.empty(), List.of(kitchen(1)));
        assertThat(spanish.language()).isEqualTo("es");
        assertThat(spanish.withRecommendations(List.of())).isEqualTo(
                new Guidance("1.0.0", "es", TranslationStatus.UNREVIEWED, Optional.empty(), List.of()));
        assertThat(new Guidance("1.0.0", List.of()).translation()).isEqualTo(TranslationStatus.SOURCE);
        assertThatThrownBy(() -> new Guidance("1.0.0", "es", TranslationStatus.SOURCE, Optional.empty(), List.of()))
                .hasMessage("language es with translation SOURCE: the source language en is SOURCE, and only it");
        assertThatThrownBy(() -> new Guidance("1.0.0", "es", TranslationStatus.REVIEWED,
                Optional.of(new LanguageFallback("fr", LanguageFallback.Cause.NOT_OFFERED)), List.of()))
                .hasMessage("a fallback is always to the source language en");
        assertThat(new LanguageFallback("fr", LanguageFallback.Cause.NOT_OFFERED).message())
                .isEqualTo("Language \"fr\" was asked for, but the content has no translation into it: the whole"
                        + " answer is in the content's source language (en).");
    }

    @Test
    void aReasonKeepsTheOrderOfItsFactsAndUnknownValues() {
        Map<String, String> matched = new LinkedHashMap<>();
        matched.put("location", "KITCHEN");
        matched.put("injured", null);
        Reason reason = new Reason("danger-kitchen", matched);
        matched.clear();
        assertThat(reason.matched()).containsExactly(Map.entry("location", "KITCHEN"),
                new java.util.AbstractMap.SimpleEntry<>("injured", null));
        assertThat(reason).isEqualTo(new Reason("danger-kitchen", reason.matched()))
                .hasToString("danger-kitchen {location=KITCHEN, injured=null}");
    }

    @Test
    void explanationsAndChangesAreEqualByValue() {
        SituationChange change = new SituationChange("location", null, List.of("a"), List.of(), List.of("b"));
        assertThat(change).hasToString("location=null: +[a] -[] ~[b]");
        assertThat(change.affects("b")).isTrue();
        assertThat(change.affects("c")).isFalse();
        Guidance guidance = new Guidance("1.0.0", List.of(kitchen(1)));
        assertThat(new Explanation(guidance, List.of(change)))
                .isEqualTo(new Explanation(guidance, List.of(new SituationChange("location", null, List.of("a"),
                        List.of(), List.of("b")))));
    }
}
