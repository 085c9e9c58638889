package org.safeplan.rules.authoring;

import java.util.List;

/**
 * One line of a scenario's expected advice: an action, the ids of the rules that recommend it, and
 * the cautions that travel with it.
 *
 * @param actionId the catalog action id
 * @param firedBy the rule ids, sorted
 * @param cautions the ids of the cautions that guard it, in catalog order
 */
public record ExpectedAction(String actionId, List<String> firedBy, List<String> cautions) {

    /** Copies the lists. */
    public ExpectedAction {
        firedBy = List.copyOf(firedBy);
        cautions = List.copyOf(cautions);
    }

    /** An expected action without cautions. */
    public ExpectedAction(String actionId, List<String> firedBy) {
        this(actionId, firedBy, List.of());
    }

    @Override
    public String toString() {
        return actionId + " " + firedBy + (cautions.isEmpty() ? "" : " cautions " + cautions);
    }
}
