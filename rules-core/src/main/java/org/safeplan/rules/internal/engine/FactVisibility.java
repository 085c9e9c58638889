package org.safeplan.rules.internal.engine;

import java.util.Map;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ObjectType;
import org.drools.base.base.ValueResolver;
import org.drools.base.rule.EntryPointId;
import org.drools.core.common.DefaultFactHandle;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaNode;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectTypeNode;
import org.kie.api.KieBase;

/**
 * Which of a fixed set of immutable facts some rule of the rule base can see, worked out once at
 * load time from the Rete network (Drools internals, pinned by tests).
 *
 * <p>A fact inserted into the default entry point reaches the object-type nodes of its class and
 * supertypes; from there, a pattern with no alpha constraint (or a join, a window, ...) sees every
 * fact, and a pattern with alpha constraints sees only facts that pass its first alpha node. A fact
 * that fails the first alpha node under every object-type node that matches its class can match
 * no pattern, whatever else is in working memory: inserting it changes no rule's matches, so the
 * engine need not insert it. Alpha constraints depend on the fact alone, and the facts here are
 * immutable, so the answer holds for the life of the rule base. Anything unexpected (a node type
 * not handled here, a constraint that throws) counts as visible.
 */
final class FactVisibility {

    private FactVisibility() {
    }

    /** For each fact, whether some pattern of the rule base can match it. */
    static boolean[] of(KieBase kieBase, ValueResolver resolver, Object[] facts) {
        boolean[] visible = new boolean[facts.length];
        Map<ObjectType, ObjectTypeNode> nodes;
        try {
            nodes = ((InternalRuleBase) kieBase).getRete().getObjectTypeNodes(EntryPointId.DEFAULT);
        } catch (RuntimeException | LinkageError e) {
            java.util.Arrays.fill(visible, true);
            return visible;
        }
        for (int i = 0; i < facts.length; i++) {
            visible[i] = visible(nodes, resolver, facts[i]);
        }
        return visible;
    }

    private static boolean visible(Map<ObjectType, ObjectTypeNode> nodes, ValueResolver resolver, Object fact) {
        ObjectType type = new ClassObjectType(fact.getClass());
        for (ObjectTypeNode node : nodes.values()) {
            if (!node.getObjectType().isAssignableFrom(type)) {
                continue;
            }
            for (ObjectSink sink : node.getObjectSinkPropagator().getSinks()) {
                if (!(sink instanceof AlphaNode alpha)) {
                    return true;
                }
                try {
                    if (alpha.getConstraint().isAllowed(new DefaultFactHandle(1, fact), resolver)) {
                        return true;
                    }
                } catch (RuntimeException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
