package org.safeplan.rules.internal.authoring;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The types one rule file imports, to tell whether a name it uses is known there. */
final class Imports {

    private final Set<String> targets;

    Imports(List<String> targets) {
        this.targets = new HashSet<>(targets);
    }

    /** Whether the file can name {@code type} by its simple name. */
    boolean cover(Class<?> type) {
        return targets.contains(type.getName()) || targets.contains(type.getPackageName() + ".*");
    }

    /** The import line to add so that the file can name {@code type}. */
    static String lineFor(Class<?> type) {
        return "import " + type.getName();
    }
}
