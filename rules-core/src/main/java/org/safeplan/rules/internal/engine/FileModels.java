package org.safeplan.rules.internal.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.drools.model.Model;

/**
 * The rule models compiled from each rule file of a content folder, by the SHA-256 of the file's
 * name and bytes ({@link #key}), in the order of the files.
 *
 * @param byFile the models of each file, by {@link #key}
 */
public record FileModels(Map<String, List<Model>> byFile) {

    /** Keeps an unmodifiable view of {@code byFile}, in its order. */
    public FileModels {
        byFile = Collections.unmodifiableMap(byFile);
    }

    /** The key of a rule file of {@code folder}: equal keys, same name and same bytes. */
    public static String key(Path folder, String name) {
        return BundleFiles.digest(BundleFiles.of(folder), List.of(name));
    }

    /** The models a compiled module lists in its model index, instantiated from {@code loader}. */
    public static List<Model> load(ClassLoader loader, String modelIndex) {
        return RuleBase.models(loader, modelIndex);
    }

    /** Every model, file by file. */
    public List<Model> all() {
        List<Model> all = new ArrayList<>();
        byFile.values().forEach(all::addAll);
        return all;
    }
}
