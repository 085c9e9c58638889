package org.safeplan.rules.content;

import java.util.Set;
import org.safeplan.rules.Exposure;
import org.safeplan.rules.Urgency;

/**
 * A fact the engine inserts each time a rule recommends an action, so that other rules can react
 * to what is already recommended, e.g. add a caution when an action leaves a written trace:
 * <pre>{@code
 * Situation( livesWithPerpetrator != false )
 * Recommended( exposures contains Exposure.WRITTEN_TRACE )
 * }</pre>
 * Immutable; one per action per evaluation.
 */
public final class Recommended {

    private final String actionId;
    private final Urgency urgency;
    private final Set<Exposure> exposures;

    /** Creates the fact; the set is copied. */
    public Recommended(String actionId, Urgency urgency, Set<Exposure> exposures) {
        this.actionId = actionId;
        this.urgency = urgency;
        this.exposures = Set.copyOf(exposures);
    }

    /** The recommended action's id. */
    public String getActionId() {
        return actionId;
    }

    /** The action's urgency. */
    public Urgency getUrgency() {
        return urgency;
    }

    /** The action's safety exposures, from the catalog. */
    public Set<Exposure> getExposures() {
        return exposures;
    }

    /** Names no action: engine logs print facts, and which advice was given says much about a situation. */
    @Override
    public String toString() {
        return "Recommended[an action]";
    }
}
