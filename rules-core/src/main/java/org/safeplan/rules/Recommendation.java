package org.safeplan.rules;

import java.util.List;
import java.util.Objects;

/**
 * One recommended action, worded for the situation's audience and jurisdiction.
 *
 * <p>Immutable. {@link #sources()} are guidance-inventory ids (such as {@code "001-3"}) that trace
 * the advice to the published guidance it comes from; {@link #firedBy()} are the ids of the rules
 * that recommended it, so a reviewer can find the rule behind every line of advice.
 */
public final class Recommendation {

    private final int rank;
    private final String actionId;
    private final Urgency urgency;
    private final String title;
    private final String text;
    private final List<String> sources;
    private final List<String> firedBy;

    /**
     * Creates a recommendation; lists are copied.
     *
     * @throws IllegalArgumentException if {@code rank} is below 1
     */
    public Recommendation(int rank, String actionId, Urgency urgency, String title, String text,
                          List<String> sources, List<String> firedBy) {
        if (rank < 1) {
            throw new IllegalArgumentException("rank must be 1 or more, was " + rank);
        }
        this.rank = rank;
        this.actionId = Objects.requireNonNull(actionId, "actionId");
        this.urgency = Objects.requireNonNull(urgency, "urgency");
        this.title = Objects.requireNonNull(title, "title");
        this.text = Objects.requireNonNull(text, "text");
        this.sources = List.copyOf(sources);
        this.firedBy = List.copyOf(firedBy);
    }

    /** Position in the guidance, from 1 (act on first) with no gaps. */
    public int rank() {
        return rank;
    }

    /** The action's stable id in the content's action catalog, e.g. {@code "leave-the-kitchen"}. */
    public String actionId() {
        return actionId;
    }

    /** How soon to act. */
    public Urgency urgency() {
        return urgency;
    }

    /** A short imperative heading, at most 80 characters. */
    public String title() {
        return title;
    }

    /** The advice in plain words, with the jurisdiction's numbers filled in. */
    public String text() {
        return text;
    }

    /** Guidance-inventory ids this advice comes from; never empty. */
    public List<String> sources() {
        return sources;
    }

    /** Ids of the rules that recommended this action, sorted; never empty. */
    public List<String> firedBy() {
        return firedBy;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Recommendation)) return false;
        Recommendation r = (Recommendation) o;
        return rank == r.rank && actionId.equals(r.actionId) && urgency == r.urgency
                && title.equals(r.title) && text.equals(r.text)
                && sources.equals(r.sources) && firedBy.equals(r.firedBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rank, actionId, urgency, title, text, sources, firedBy);
    }

    @Override
    public String toString() {
        return rank + ". " + actionId + " (" + urgency + ")";
    }
}
