package org.safeplan.rules.internal.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.rule.RuleRuntime;
import org.safeplan.rules.content.Advice;
import org.safeplan.rules.content.Recommended;

/**
 * The {@code advice} global of one session: records each recommended action with the ids of the
 * rules that recommended it. The agenda listener tells it which rule is firing, so rule authors
 * never repeat a rule's id in its consequence. The first recommendation of an action also inserts
 * its {@link Recommended} fact, so that rules can react to what is recommended.
 */
final class Collector extends DefaultAgendaEventListener implements Advice {

    private final Map<String, Recommended> facts;
    private final RuleRuntime session;
    private final Map<String, Set<String>> firedByAction = new LinkedHashMap<>();
    private String firingRule;

    /** {@code facts}: the catalog's actions as immutable facts, by id. */
    Collector(Map<String, Recommended> facts, RuleRuntime session) {
        this.facts = facts;
        this.session = session;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firingRule = RuleBase.metadata(event.getMatch().getRule(), RuleBase.ID);
    }

    @Override
    public void recommend(String actionId) {
        Recommended fact = facts.get(actionId);
        if (fact == null) {
            throw new IllegalArgumentException("rule '" + firingRule + "' recommends '" + actionId
                    + "', which is not in the action catalog");
        }
        Set<String> rules = firedByAction.get(actionId);
        if (rules == null) {
            rules = new TreeSet<>();
            firedByAction.put(actionId, rules);
            session.insert(fact);
        }
        rules.add(firingRule);
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
