package org.safeplan.rules;

import java.util.List;
import java.util.Objects;

/**
 * The advice for a situation with its reasons: each recommendation carries
 * {@link Recommendation#because()}, and {@link #changes()} lists every single-field change to the
 * situation that would add, remove or re-rank a recommendation. Immutable.
 */
public final class Explanation {

    private final Guidance guidance;
    private final List<SituationChange> changes;

    /** Creates an explanation; the list is copied. */
    public Explanation(Guidance guidance, List<SituationChange> changes) {
        this.guidance = Objects.requireNonNull(guidance, "guidance");
        this.changes = List.copyOf(changes);
    }

    /** The guidance, each recommendation with the rules that fired and the facts they matched. */
    public Guidance guidance() {
        return guidance;
    }

    /** Every single-field change that would change the advice, by field then value. */
    public List<SituationChange> changes() {
        return changes;
    }

    /** The changes that would add, remove or re-rank {@code actionId}. */
    public List<SituationChange> changesAffecting(String actionId) {
        return changes.stream().filter(c -> c.affects(actionId)).toList();
    }
}
