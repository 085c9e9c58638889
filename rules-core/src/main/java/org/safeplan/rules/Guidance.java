package org.safeplan.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The advice for one situation: recommendations in the order to act on them.
 *
 * <p>Immutable. Ranks run 1..n without gaps and each action appears once. The guidance is a pure
 * function of the situation and {@link #contentVersion()}: the same inputs always give equal
 * guidance.
 *
 * @param contentVersion the semantic version of the content (rules and texts) that produced this guidance
 * @param recommendations the recommendations, rank 1 first
 */
public record Guidance(String contentVersion, List<Recommendation> recommendations) {

    /**
     * Checks the values and copies the list.
     *
     * @throws IllegalArgumentException if the ranks are not 1..n in order
     */
    public Guidance {
        Objects.requireNonNull(contentVersion, "contentVersion");
        recommendations = List.copyOf(recommendations);
        for (int i = 0; i < recommendations.size(); i++) {
            if (recommendations.get(i).rank() != i + 1) {
                throw new IllegalArgumentException("recommendation " + i + " has rank "
                        + recommendations.get(i).rank() + ", expected " + (i + 1));
            }
        }
    }

    /** The recommendation for {@code actionId}, if the guidance has it. */
    public Optional<Recommendation> find(String actionId) {
        return recommendations.stream().filter(r -> r.actionId().equals(actionId)).findFirst();
    }

    @Override
    public String toString() {
        return "Guidance[" + contentVersion + ", " + recommendations + "]";
    }
}
