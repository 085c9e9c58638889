package org.safeplan.rules;

import java.util.List;
import java.util.Objects;

/**
 * What setting one field of the situation to another value would do to the advice: the actions
 * it would add or remove, and those whose order relative to the others would change. Immutable.
 */
public final class SituationChange {

    private final String field;
    private final String value;
    private final List<String> added;
    private final List<String> removed;
    private final List<String> reranked;

    /** Creates a change; lists are copied. {@code value} is null for "unknown". */
    public SituationChange(String field, String value, List<String> added, List<String> removed,
                           List<String> reranked) {
        this.field = Objects.requireNonNull(field, "field");
        this.value = value;
        this.added = List.copyOf(added);
        this.removed = List.copyOf(removed);
        this.reranked = List.copyOf(reranked);
    }

    /** The JSON field name that changes. */
    public String field() {
        return field;
    }

    /** The new value as in JSON ("true", "KITCHEN", "GB"), or null for unknown. */
    public String value() {
        return value;
    }

    /** Actions that would be recommended in addition, in their new rank order. */
    public List<String> added() {
        return added;
    }

    /** Actions that would no longer be recommended. */
    public List<String> removed() {
        return removed;
    }

    /** Actions still recommended whose order relative to the other remaining ones would change. */
    public List<String> reranked() {
        return reranked;
    }

    /** Whether the change touches {@code actionId} (adds, removes or re-ranks it). */
    public boolean affects(String actionId) {
        return added.contains(actionId) || removed.contains(actionId) || reranked.contains(actionId);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SituationChange)) return false;
        SituationChange c = (SituationChange) o;
        return field.equals(c.field) && Objects.equals(value, c.value) && added.equals(c.added)
                && removed.equals(c.removed) && reranked.equals(c.reranked);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, value, added, removed, reranked);
    }

    @Override
    public String toString() {
        return field + "=" + value + ": +" + added + " -" + removed + " ~" + reranked;
    }
}
