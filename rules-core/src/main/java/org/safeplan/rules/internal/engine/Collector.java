package org.safeplan.rules.internal.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.safeplan.rules.content.Advice;

/**
 * The {@code advice} global of one session: records each recommended action with the ids of the
 * rules that recommended it. The agenda listener tells it which rule is firing, so rule authors
 * never repeat a rule's id in its consequence.
 */
final class Collector extends DefaultAgendaEventListener implements Advice {

    private final Set<String> knownActions;
    private final Map<String, Set<String>> firedByAction = new LinkedHashMap<>();
    private String firingRule;

    Collector(Set<String> knownActions) {
        this.knownActions = knownActions;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firingRule = (String) event.getMatch().getRule().getMetaData().get(RuleBase.ID);
    }

    @Override
    public void recommend(String actionId) {
        if (!knownActions.contains(actionId)) {
            throw new IllegalArgumentException("rule '" + firingRule + "' recommends '" + actionId
                    + "', which is not in the action catalog");
        }
        firedByAction.computeIfAbsent(actionId, k -> new TreeSet<>()).add(firingRule);
    }

    /** Action id to the sorted ids of the rules that recommended it, in recommendation order. */
    Map<String, Set<String>> recommended() {
        return firedByAction;
    }

    void clear() {
        firedByAction.clear();
        firingRule = null;
    }
}
