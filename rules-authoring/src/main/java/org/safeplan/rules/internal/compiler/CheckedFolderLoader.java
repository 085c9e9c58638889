package org.safeplan.rules.internal.compiler;

import java.nio.file.Path;
import org.safeplan.rules.internal.authoring.ContentGate;
import org.safeplan.rules.internal.engine.ContentBundle;
import org.safeplan.rules.internal.engine.FolderLoader;

/**
 * Loads content folders for rules-core ({@code ContentSource.folder}), found by
 * {@link java.util.ServiceLoader}: a private copy of the folder passes the {@link ContentGate}
 * (every check of {@code validate}), then that copy is compiled.
 */
public final class CheckedFolderLoader implements FolderLoader {

    private static final DrlCompiler COMPILER = new DrlCompiler();

    /** Made by {@link java.util.ServiceLoader}. */
    public CheckedFolderLoader() {
    }

    @Override
    public ContentBundle load(Path folder, ContentBundle previous) {
        return ContentGate.checkThenCompile(folder,
                checked -> ContentBundle.fromCheckedFolder(checked, previous, COMPILER));
    }
}
