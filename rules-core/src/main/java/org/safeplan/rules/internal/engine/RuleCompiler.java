package org.safeplan.rules.internal.engine;

import java.nio.file.Path;
import java.util.List;
import org.kie.api.KieBase;

/**
 * Compiles the rule files of a checked content folder (names relative to the folder): Drools' rule
 * compiler, which rules-authoring carries and the runtime does not.
 */
public interface RuleCompiler {

    /**
     * Compiles every file in one build, the fastest way to compile them all.
     *
     * @throws org.safeplan.rules.content.ContentException listing each problem as {@code file:line: message}
     */
    KieBase compile(Path folder, List<String> drlNames);

    /**
     * Compiles file by file, reusing the models of each file {@code earlier} compiled from the same
     * name and bytes, so that after an edit only the edited files are compiled.
     *
     * @param earlier the models of the content being replaced, or null
     * @throws org.safeplan.rules.content.ContentException listing each problem as {@code file:line: message}
     */
    FileModels compileByFile(Path folder, List<String> drlNames, FileModels earlier);
}
