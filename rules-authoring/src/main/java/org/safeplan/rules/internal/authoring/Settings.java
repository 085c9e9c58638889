package org.safeplan.rules.internal.authoring;

import org.drools.drl.ast.descr.AttributeDescr;

/**
 * Rule settings (Drools attributes such as {@code salience} or {@code dialect}), refused in
 * content: the order of the advice comes from the catalog, and rules must not change how the
 * engine runs or which language their code is compiled as.
 */
final class Settings {

    private Settings() {
    }

    /** Why the setting is refused, in plain words. */
    static String refusal(AttributeDescr attribute) {
        if (attribute.getName().equals("dialect")) {
            return "dialect \"" + attribute.getValue() + "\" is not allowed: remove it (rules use the standard"
                    + " dialect, the one validate checks)";
        }
        return "the setting \"" + attribute.getName() + "\" is not allowed: the order of the advice comes from the"
                + " catalog (urgency, then priority), and rules may not change how the engine runs; remove it";
    }
}
