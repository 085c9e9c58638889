package org.safeplan.rules.internal.explain;

import java.util.ArrayList;
import java.util.List;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.Recommendation;

/**
 * How one ranked list of actions differs from another: the one way {@code explain}'s "what would
 * change" and {@code diff} count a difference. An action is re-ranked when its order relative to
 * the actions both lists keep changed: a shift caused only by adding or removing others is not a
 * re-rank.
 *
 * @param added actions only {@code after} has, in its order
 * @param removed actions only {@code before} has, in its order
 * @param reranked kept actions whose relative order changed, in {@code after}'s order
 * @param kept the actions both have, in {@code after}'s order
 */
public record RankDifference(List<String> added, List<String> removed, List<String> reranked, List<String> kept) {

    /** The difference between two ranked lists of action ids. */
    public static RankDifference of(List<String> before, List<String> after) {
        List<String> keptBefore = before.stream().filter(after::contains).toList();
        List<String> keptAfter = after.stream().filter(before::contains).toList();
        List<String> reranked = new ArrayList<>();
        for (int i = 0; i < keptAfter.size(); i++) {
            if (!keptAfter.get(i).equals(keptBefore.get(i))) {
                reranked.add(keptAfter.get(i));
            }
        }
        return new RankDifference(after.stream().filter(id -> !before.contains(id)).toList(),
                before.stream().filter(id -> !after.contains(id)).toList(), List.copyOf(reranked), keptAfter);
    }

    /** The difference between the actions of two pieces of guidance. */
    public static RankDifference of(Guidance before, Guidance after) {
        return of(ids(before), ids(after));
    }

    /** Whether nothing was added, removed or re-ranked. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && reranked.isEmpty();
    }

    private static List<String> ids(Guidance g) {
        return g.recommendations().stream().map(Recommendation::actionId).toList();
    }
}
