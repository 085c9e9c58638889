package org.safeplan.rules;

import java.util.List;
import java.util.Objects;

/**
 * The advice for a situation with its reasons: each recommendation carries
 * {@link Recommendation#because()}, and {@link #changes()} lists every single-field change to the
 * situation that would add, remove or re-rank a recommendation. Immutable; equal when guidance and
 * changes are.
 *
 * @param guidance the guidance, each recommendation with the rules that fired and the facts they matched
 * @param changes every single-field change that would change the advice, by field then value
 */
public record Explanation(Guidance guidance, List<SituationChange> changes) {

    /** Checks the guidance and copies the list. */
    public Explanation {
        Objects.requireNonNull(guidance, "guidance");
        changes = List.copyOf(changes);
    }

    /** The changes that would add, remove or re-rank {@code actionId}. */
    public List<SituationChange> changesAffecting(String actionId) {
        return changes.stream().filter(c -> c.affects(actionId)).toList();
    }
}
