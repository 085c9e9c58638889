package org.safeplan.rules.internal.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.Location;
import org.safeplan.rules.Situation;
import org.safeplan.rules.SituationChange;

class ExplainerTest {

    @Test
    void shiftsCausedByAddingOrRemovingAreNotReranks() {
        SituationChange c = Explainer.compare("f", "v", List.of("a", "b", "c"), List.of("x", "a", "c"));
        assertThat(c.added()).containsExactly("x");
        assertThat(c.removed()).containsExactly("b");
        assertThat(c.reranked()).isEmpty();
    }

    @Test
    void aChangeOfRelativeOrderIsARerank() {
        SituationChange c = Explainer.compare("f", "v", List.of("a", "b", "c"), List.of("b", "a", "c"));
        assertThat(c.reranked()).containsExactly("b", "a");
        assertThat(c.affects("a")).isTrue();
        assertThat(c.affects("c")).isFalse();
    }

    @Test
    void everySituationFieldIsKnownWithItsValues() {
        SituationField location = SituationField.named("location");
        assertThat(location.values(List.of())).hasSize(Location.values().length + 1).contains(Location.KITCHEN).containsNull();
        Situation s = location.with(Situation.empty(), Location.GARDEN);
        assertThat(location.get(s)).isEqualTo(Location.GARDEN);
        assertThat(SituationField.named("audience").values(List.of())).doesNotContainNull();
        assertThat(SituationField.show(true)).isEqualTo("true");
        assertThat(SituationField.show(Location.KITCHEN)).isEqualTo("KITCHEN");
        assertThat(SituationField.show(null)).isNull();
    }

    @Test
    void countriesComeFromTheContentAndRegionsFromTheirListedSubdivisions() {
        assertThat(SituationField.named("country").values(List.of("IE", "GB")))
                .containsExactly("IE", "GB", "FR", null);
        assertThat(SituationField.named("country").values(List.of("FR"))).containsExactly("FR", "AD", null);
        List<Object> regions = SituationField.named("region").values(List.of("GB"));
        assertThat(regions).containsExactly("GB-ENG", "GB-NIR", "GB-SCT", "GB-WLS", null);
        assertThat(SituationField.named("region").values(List.of("IE"))).containsExactly((Object) null);
    }

    @Test
    void explainTriesOnlyTheRegionsOfTheSituationsCountry() {
        List<String> tried = new java.util.ArrayList<>();
        Explainer explainer = new Explainer(s -> {
            if (s.getRegion() != null) {
                tried.add(s.getRegion());
            }
            return new org.safeplan.rules.Guidance("0", List.of());
        }, java.util.Map.of(), List.of("US", "GB"));
        explainer.explain(Situation.builder().country("GB").build());
        assertThat(tried).containsExactly("GB-ENG", "GB-NIR", "GB-SCT", "GB-WLS");
    }
}
