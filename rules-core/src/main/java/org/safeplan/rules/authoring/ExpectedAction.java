package org.safeplan.rules.authoring;

import java.util.List;

/**
 * One line of a scenario's expected advice: an action and the ids of the rules that recommend it.
 *
 * @param actionId the catalog action id
 * @param firedBy the rule ids, sorted
 */
public record ExpectedAction(String actionId, List<String> firedBy) {

    /** Copies the rule list. */
    public ExpectedAction {
        firedBy = List.copyOf(firedBy);
    }

    @Override
    public String toString() {
        return actionId + " " + firedBy;
    }
}
