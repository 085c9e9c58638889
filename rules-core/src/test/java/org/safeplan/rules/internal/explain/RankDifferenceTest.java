package org.safeplan.rules.internal.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one difference of two rankings that explain and diff count. */
class RankDifferenceTest {

    @Test
    void shiftsCausedByAddingOrRemovingAreNotReranks() {
        RankDifference d = RankDifference.of(List.of("a", "b", "c"), List.of("x", "a", "c"));
        assertThat(d).isEqualTo(new RankDifference(List.of("x"), List.of("b"), List.of(), List.of("a", "c")));
        assertThat(d.isEmpty()).isFalse();
    }

    @Test
    void aChangeOfRelativeOrderIsARerankInTheNewOrder() {
        RankDifference d = RankDifference.of(List.of("a", "b", "c"), List.of("c", "a", "b"));
        assertThat(d.reranked()).containsExactly("c", "a", "b");
        assertThat(d.kept()).containsExactly("c", "a", "b");
    }

    @Test
    void theSameRankingIsNoDifference() {
        assertThat(RankDifference.of(List.of("a", "b"), List.of("a", "b")).isEmpty()).isTrue();
    }
}
