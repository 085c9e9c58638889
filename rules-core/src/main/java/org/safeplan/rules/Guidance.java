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
 */
public final class Guidance {

    private final String contentVersion;
    private final List<Recommendation> recommendations;

    /**
     * Creates guidance; the list is copied.
     *
     * @throws IllegalArgumentException if the ranks are not 1..n in order
     */
    public Guidance(String contentVersion, List<Recommendation> recommendations) {
        this.contentVersion = Objects.requireNonNull(contentVersion, "contentVersion");
        this.recommendations = List.copyOf(recommendations);
        for (int i = 0; i < this.recommendations.size(); i++) {
            if (this.recommendations.get(i).rank() != i + 1) {
                throw new IllegalArgumentException("recommendation " + i + " has rank "
                        + this.recommendations.get(i).rank() + ", expected " + (i + 1));
            }
        }
    }

    /** The semantic version of the content (rules and texts) that produced this guidance. */
    public String contentVersion() {
        return contentVersion;
    }

    /** The recommendations, rank 1 first. */
    public List<Recommendation> recommendations() {
        return recommendations;
    }

    /** The recommendation for {@code actionId}, if the guidance has it. */
    public Optional<Recommendation> find(String actionId) {
        return recommendations.stream().filter(r -> r.actionId().equals(actionId)).findFirst();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Guidance)) return false;
        Guidance g = (Guidance) o;
        return contentVersion.equals(g.contentVersion) && recommendations.equals(g.recommendations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(contentVersion, recommendations);
    }

    @Override
    public String toString() {
        return "Guidance[" + contentVersion + ", " + recommendations + "]";
    }
}
