package org.safeplan.rules.internal.engine;

import java.nio.file.Path;
import java.util.ServiceLoader;
import org.safeplan.rules.content.ContentException;

/**
 * Loads a content folder: what needs the check of rule files (the allow-list of {@code validate})
 * and Drools' rule compiler, which the runtime does not carry. rules-authoring provides it,
 * registered in its {@code META-INF/services}; {@link #installed()} finds it with
 * {@link ServiceLoader}, so an app that only advises on precompiled content needs neither.
 */
public interface FolderLoader {

    /**
     * Checks {@code folder}, compiles it and returns the content, reusing the compiled rules of
     * {@code previous} when it was compiled from identical rule files
     * ({@link ContentBundle#fromCheckedFolder}).
     *
     * @param previous the content being replaced, or null
     * @throws ContentException listing every problem ({@code file:line: message})
     */
    ContentBundle load(Path folder, ContentBundle previous);

    /**
     * The loader on rules-core's class path.
     *
     * @throws ContentException naming the artifact to add when there is none
     */
    static FolderLoader installed() {
        return ServiceLoader.load(FolderLoader.class, FolderLoader.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new ContentException("Loading a content folder checks and compiles its rule"
                        + " files, which needs org.safeplan:rules-authoring (the version of rules-core): add that"
                        + " dependency. Apps that only advise on precompiled content (rules-content) do not need it."));
    }
}
