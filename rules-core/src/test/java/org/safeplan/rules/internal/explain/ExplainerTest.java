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
        assertThat(SituationField.all()).hasSize(24);
        SituationField location = SituationField.all().stream().filter(f -> f.name().equals("location")).findFirst().orElseThrow();
        assertThat(location.values()).hasSize(Location.values().length + 1).contains(Location.KITCHEN).containsNull();
        Situation s = location.with(Situation.empty(), Location.GARDEN);
        assertThat(location.get(s)).isEqualTo(Location.GARDEN);
        SituationField audience = SituationField.all().stream().filter(f -> f.name().equals("audience")).findFirst().orElseThrow();
        assertThat(audience.values()).doesNotContainNull();
        assertThat(SituationField.show(true)).isEqualTo("true");
        assertThat(SituationField.show(Location.KITCHEN)).isEqualTo("KITCHEN");
        assertThat(SituationField.show(null)).isNull();
    }
}
