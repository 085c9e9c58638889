package org.safeplan.rules.internal.engine;

import java.util.Arrays;
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
 * <p>It also records the cautions rules say apply and the ordering rules' {@code putFirst} and
 * {@code putBefore} calls, for {@link Ranking}.
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
    /** Per caution index: whether a rule said it applies. */
    private final boolean[] cautions;
    private boolean anyCaution;
    /** Per action index: null, or the ids of the rules that put it first (String or TreeSet). */
    private final Object[] leadBy;
    private final int[] leads;
    private int leadCount;
    /** The {@code putBefore} calls: earlier action, later action and rule, by call. */
    private int[] before = new int[8];
    private int[] after = new int[8];
    private String[] beforeRule = new String[8];
    private int beforeCount;

    /** {@code ruleIds}: each rule's id, by identity of the rule object. */
    Collector(ActionTable actions, Map<Rule, String> ruleIds, RuleRuntime session, ActivationsManager agenda) {
        this.actions = actions;
        this.ruleIds = ruleIds;
        this.session = session;
        this.agenda = agenda;
        this.order = new int[actions.size()];
        this.firedBy = new Object[actions.size()];
        this.inserted = new FactHandle[actions.size()];
        this.cautions = new boolean[actions.cautionCount()];
        this.leadBy = new Object[actions.size()];
        this.leads = new int[actions.size()];
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
        if (firedBy[index] == null) {
            order[count++] = index;
            if (actions.visible(index)) {
                inserted[insertedCount++] = session.insert(actions.fact(index));
            }
        }
        firedBy[index] = addRule(firedBy[index], firingRule);
    }

    @Override
    public void caution(String cautionId) {
        int index = actions.cautionIndexOf(cautionId);
        if (index < 0) {
            throw new IllegalArgumentException("rule '" + firingRule() + "' applies caution '" + cautionId
                    + "', which is not in the catalog");
        }
        cautions[index] = true;
        anyCaution = true;
    }

    @Override
    public void putFirst(String actionId) {
        int index = action(actionId);
        if (leadBy[index] == null) {
            leads[leadCount++] = index;
        }
        leadBy[index] = addRule(leadBy[index], firingRule());
    }

    @Override
    public void putBefore(String actionId, String laterActionId) {
        int earlier = action(actionId);
        int later = action(laterActionId);
        if (beforeCount == before.length) {
            before = Arrays.copyOf(before, 2 * beforeCount);
            after = Arrays.copyOf(after, 2 * beforeCount);
            beforeRule = Arrays.copyOf(beforeRule, 2 * beforeCount);
        }
        before[beforeCount] = earlier;
        after[beforeCount] = later;
        beforeRule[beforeCount++] = firingRule();
    }

    private int action(String actionId) {
        int index = actions.indexOf(actionId);
        if (index < 0) {
            throw new IllegalArgumentException("rule '" + firingRule() + "' orders '" + actionId
                    + "', which is not in the action catalog");
        }
        return index;
    }

    /** {@code rules} (null, one id or a TreeSet of ids) with {@code rule} added. */
    private static Object addRule(Object rules, String rule) {
        if (rules == null) {
            return rule;
        }
        if (rules instanceof String one) {
            if (one.equals(rule)) {
                return one;
            }
            TreeSet<String> several = new TreeSet<>();
            several.add(one);
            several.add(rule);
            return several;
        }
        @SuppressWarnings("unchecked")
        TreeSet<String> several = (TreeSet<String>) rules;
        several.add(rule);
        return several;
    }

    /** Whether a rule said the caution at {@code index} applies. */
    boolean caution(int index) {
        return cautions[index];
    }

    /** Whether any caution applies. */
    boolean anyCaution() {
        return anyCaution;
    }

    /** Whether an ordering rule put the action at {@code index} first. */
    boolean leads(int index) {
        return leadBy[index] != null;
    }

    /** Whether any ordering rule fired. */
    boolean anyOrdering() {
        return leadCount > 0 || beforeCount > 0;
    }

    /** How many {@code putBefore} calls were made. */
    int beforeCount() {
        return beforeCount;
    }

    /** The earlier action of {@code putBefore} call {@code i}. */
    int before(int i) {
        return before[i];
    }

    /** The later action of {@code putBefore} call {@code i}. */
    int after(int i) {
        return after[i];
    }

    /**
     * The sorted ids of the ordering rules that placed the action at {@code index}: those that put it
     * first, and those that put it before an action in {@code present}.
     */
    List<String> placedBy(int index, boolean[] present) {
        Object rules = leadBy[index];
        for (int i = 0; i < beforeCount; i++) {
            if (before[i] == index && present[after[i]]) {
                rules = addRule(rules instanceof TreeSet<?> set ? new TreeSet<>(set) : rules, beforeRule[i]);
            }
        }
        return rules == null ? List.of() : names(rules);
    }

    private static List<String> names(Object rules) {
        if (rules instanceof String one) {
            return List.of(one);
        }
        @SuppressWarnings("unchecked")
        TreeSet<String> several = (TreeSet<String>) rules;
        return List.copyOf(several);
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
        return names(firedBy[index]);
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
        if (anyCaution) {
            Arrays.fill(cautions, false);
            anyCaution = false;
        }
        for (int i = 0; i < leadCount; i++) {
            leadBy[leads[i]] = null;
        }
        leadCount = 0;
        Arrays.fill(beforeRule, 0, beforeCount, null);
        beforeCount = 0;
    }
}
