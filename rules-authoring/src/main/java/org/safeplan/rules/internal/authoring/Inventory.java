package org.safeplan.rules.internal.authoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guidance inventory: every piece of source guidance, one Markdown list item each, written
 * {@code - 001-3 Stay out of rooms where you could be trapped}.
 */
final class Inventory {

    private static final Pattern ITEM = Pattern.compile("-\\s+(\\d{3}-\\d+)(\\s.*)?");

    private final String file;
    private final Map<String, Integer> lineById;

    private Inventory(String file, Map<String, Integer> lineById) {
        this.file = file;
        this.lineById = Collections.unmodifiableMap(lineById);
    }

    static Inventory read(String file, String text, Findings findings) {
        Map<String, Integer> lineById = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = ITEM.matcher(lines[i].strip());
            if (m.matches()) {
                Integer first = lineById.putIfAbsent(m.group(1), i + 1);
                if (first != null) {
                    findings.add(file, i + 1, "inventory id " + m.group(1) + " is listed twice (first at line " + first + ")");
                }
            }
        }
        if (lineById.isEmpty()) {
            findings.add(file, 0, "lists no guidance: write one line per piece of guidance, such as"
                    + " \"- 001-3 Avoid the kitchen\"");
        }
        return new Inventory(file, lineById);
    }

    String file() {
        return file;
    }

    /** Every id in file order. */
    Set<String> ids() {
        return lineById.keySet();
    }

    boolean contains(String id) {
        return lineById.containsKey(id);
    }

    int lineOf(String id) {
        return lineById.get(id);
    }
}
