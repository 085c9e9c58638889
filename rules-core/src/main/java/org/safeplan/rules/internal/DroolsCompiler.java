package org.safeplan.rules.internal;

import org.safeplan.rules.content.ContentException;

/**
 * Whether Drools' rule compiler is on the classpath. rules-core leaves it optional: advising on
 * precompiled content does not need it, and it is most of Drools' size (the DRL parser, ecj,
 * javaparser, the MVEL compiler). Reading or compiling rule files does.
 */
public final class DroolsCompiler {

    private static final String[] NEEDED = {
        "org.drools.drl.parser.DrlParser",
        "org.drools.model.codegen.ExecutableModelProject",
    };

    private DroolsCompiler() {
    }

    /** Throws a {@link ContentException} saying what to add, unless the compiler is there. */
    public static void require(String what) {
        for (String className : NEEDED) {
            if (!OptionalDependency.present(className)) {
                throw new ContentException(what + " reads and compiles rule files, which needs Drools' rule compiler:"
                        + " add the dependency org.drools:drools-engine (the version of the drools-bom SafePlan uses)."
                        + " Apps that only advise on precompiled content (rules-content) do not need it.");
            }
        }
    }
}
