package org.safeplan.rules.internal.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.drools.model.Model;

/**
 * The rule models compiled from each rule file of a content folder, by the SHA-256 of the file's
 * name and bytes ({@link ContentFiles#digest}), in the order of the files.
 */
record FileModels(Map<String, List<Model>> byFile) {

    FileModels {
        byFile = Collections.unmodifiableMap(byFile);
    }

    /** Every model, file by file. */
    List<Model> all() {
        List<Model> all = new ArrayList<>();
        byFile.values().forEach(all::addAll);
        return all;
    }
}
