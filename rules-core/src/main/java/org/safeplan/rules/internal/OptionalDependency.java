package org.safeplan.rules.internal;

/** Whether a dependency rules-core declares optional is on the classpath, without loading it. */
public final class OptionalDependency {

    private OptionalDependency() {
    }

    /** True if {@code className} can be found by rules-core's class loader. */
    public static boolean present(String className) {
        try {
            Class.forName(className, false, OptionalDependency.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
