package org.safeplan.rules.internal.authoring;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.catalog.Problems;
import org.safeplan.rules.internal.catalog.YamlMap;

/**
 * The inventory items deliberately left out of the content, each with a reason:
 * <pre>
 * outOfScope:
 *   - id: 004-9
 *     reason: background for professionals, not an action for the person
 * </pre>
 */
final class OutOfScope {

    /** One item left out, at the line where its entry starts. */
    record Entry(String id, int line) {
    }

    private OutOfScope() {
    }

    /** The valid entries; every problem is added to {@code problems}. */
    static List<Entry> read(String file, byte[] yaml, Problems problems) {
        List<Entry> entries = new ArrayList<>();
        try {
            for (YamlMap item : YamlMap.parse(file, new ByteArrayInputStream(yaml)).maps("outOfScope")) {
                try {
                    item.string("reason");
                    entries.add(new Entry(item.string("id"), item.line()));
                } catch (ContentException e) {
                    problems.add(e);
                }
            }
        } catch (ContentException e) {
            problems.add(e);
        }
        return entries;
    }
}
