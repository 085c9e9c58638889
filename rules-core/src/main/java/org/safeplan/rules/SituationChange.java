package org.safeplan.rules;

import java.util.List;
import java.util.Objects;

/**
 * What setting one field of the situation to another value would do to the advice: the actions
 * it would add or remove, and those whose order relative to the others would change. Immutable.
 *
 * @param field the JSON field name that changes
 * @param value the new value as in JSON ("true", "KITCHEN", "GB"), or null for unknown
 * @param added actions that would be recommended in addition, in their new rank order
 * @param removed actions that would no longer be recommended
 * @param reranked actions still recommended whose order relative to the other remaining ones would change
 */
public record SituationChange(String field, String value, List<String> added, List<String> removed,
                              List<String> reranked) {

    /** Checks the field and copies the lists. */
    public SituationChange {
        Objects.requireNonNull(field, "field");
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        reranked = List.copyOf(reranked);
    }

    /** Whether the change touches {@code actionId} (adds, removes or re-ranks it). */
    public boolean affects(String actionId) {
        return added.contains(actionId) || removed.contains(actionId) || reranked.contains(actionId);
    }

    @Override
    public String toString() {
        return field + "=" + value + ": +" + added + " -" + removed + " ~" + reranked;
    }
}
