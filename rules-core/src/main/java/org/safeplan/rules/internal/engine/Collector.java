package org.safeplan.rules.internal.engine;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.drools.core.common.ActivationsManager;
import org.drools.core.rule.consequence.InternalMatch;
import org.drools.core.rule.consequence.KnowledgeHelper;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.RuleRuntime;
import org.safeplan.rules.content.Advice;
import org.safeplan.rules.content.Recommended;

/**
 * The {@code advice} global of one session: records each recommended action with the ids of the
 * rules that recommended it. It asks the session's agenda which rule is firing (the match its
 * knowledge helper is executing, a Drools internal pinned by tests), so rule authors never repeat
 * a rule's id in its consequence — and no agenda listener, with an event object per firing, is
 * needed. The first recommendation of an action also inserts
 * its {@link Recommended} fact, so that rules can react to what is recommended — when some rule
 * can see that fact at all (see {@link FactVisibility}); inserting one no rule can see would change
 * nothing but the cost.
 *
 * <p>One per pooled session, used by one thread at a time; {@link #clear()} readies it for the
 * next evaluation. State lives in arrays indexed by the catalog's action index.
 */
final class Collector implements Advice {

    private final ActionTable actions;
    private final Map<Rule, String> ruleIds;
    private final RuleRuntime session;
    private final ActivationsManager agenda;
    /** Action indices in the order they were first recommended. */
    private final int[] order;
    private int count;
    /** Per action index: null, the one rule id, or a TreeSet of rule ids. */
    private final Object[] firedBy;
    private final FactHandle[] inserted;
    private int insertedCount;

    /** {@code ruleIds}: each rule's id, by identity of the rule object. */
    Collector(ActionTable actions, Map<Rule, String> ruleIds, RuleRuntime session, ActivationsManager agenda) {
        this.actions = actions;
        this.ruleIds = ruleIds;
        this.session = session;
        this.agenda = agenda;
        this.order = new int[actions.size()];
        this.firedBy = new Object[actions.size()];
        this.inserted = new FactHandle[actions.size()];
    }

    /** The id of the rule whose consequence is running. */
    private String firingRule() {
        KnowledgeHelper helper = agenda.getKnowledgeHelper();
        InternalMatch match = helper == null ? null : helper.getMatch();
        if (match == null) {
            return null;
        }
        Rule rule = match.getRule();
        String id = ruleIds.get(rule);
        return id != null ? id : RuleBase.metadata(rule, RuleBase.ID);
    }

    @Override
    public void recommend(String actionId) {
        String firingRule = firingRule();
        int index = actions.indexOf(actionId);
        if (index < 0) {
            throw new IllegalArgumentException("rule '" + firingRule + "' recommends '" + actionId
                    + "', which is not in the action catalog");
        }
        Object rules = firedBy[index];
        if (rules == null) {
            firedBy[index] = firingRule;
            order[count++] = index;
            if (actions.visible(index)) {
                inserted[insertedCount++] = session.insert(actions.fact(index));
            }
        } else if (rules instanceof String one) {
            if (!one.equals(firingRule)) {
                TreeSet<String> several = new TreeSet<>();
                several.add(one);
                several.add(firingRule);
                firedBy[index] = several;
            }
        } else {
            @SuppressWarnings("unchecked")
            TreeSet<String> several = (TreeSet<String>) rules;
            several.add(firingRule);
        }
    }

    /** How many actions were recommended. */
    int count() {
        return count;
    }

    /** The action indices in recommendation order (the first {@link #count()} are valid). */
    int[] order() {
        return order;
    }

    /** The sorted ids of the rules that recommended the action at {@code index}. */
    List<String> firedBy(int index) {
        Object rules = firedBy[index];
        if (rules instanceof String one) {
            return List.of(one);
        }
        @SuppressWarnings("unchecked")
        TreeSet<String> several = (TreeSet<String>) rules;
        return List.copyOf(several);
    }

    /** Retracts the facts this evaluation inserted and forgets what was recommended. */
    void clear() {
        for (int i = 0; i < insertedCount; i++) {
            session.delete(inserted[i]);
            inserted[i] = null;
        }
        insertedCount = 0;
        for (int i = 0; i < count; i++) {
            firedBy[order[i]] = null;
        }
        count = 0;
    }
}
