package org.safeplan.rules.internal.authoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guidance inventory, read: the one reader of {@code GUIDANCE-INVENTORY.md}. Source documents
 * are headed {@code ## 001 — Title}, optionally followed by an {@code Audience:} line; every piece
 * of guidance is one Markdown list item, {@code - 001-3 Stay out of rooms where you could be trapped}.
 */
public final class Inventory {

    private static final Pattern HEADING = Pattern.compile("##\\s+(\\d{3})\\s+[—-]+\\s+(.+)");
    private static final Pattern AUDIENCE = Pattern.compile("Audience:\\s*(.+)");
    private static final Pattern ITEM = Pattern.compile("-\\s+(\\d{3}-\\d+)(?:\\s+(.*))?");

    /** One piece of guidance: its id, its summary (empty if none) and its line (from 1). */
    public record Item(String id, String text, int line) {
    }

    /** One source document: its three-digit id, title, audience note (or null) and items. */
    public record Document(String id, String title, String audience, List<Item> items) {
    }

    private final String file;
    private final List<Item> items;
    private final List<Document> documents;
    private final Map<String, Integer> lineById = new LinkedHashMap<>();

    private Inventory(String file, List<Item> items, List<Document> documents) {
        this.file = file;
        this.items = List.copyOf(items);
        this.documents = List.copyOf(documents);
        for (Item item : items) {
            lineById.putIfAbsent(item.id(), item.line());
        }
    }

    /**
     * Reads the Markdown of the inventory file {@code file}; lines that are neither a heading, an
     * audience nor an item are prose.
     */
    public static Inventory parse(String file, String text) {
        List<Item> items = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        Document open = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            Matcher heading = HEADING.matcher(line);
            Matcher item = ITEM.matcher(line);
            Matcher audience = AUDIENCE.matcher(line);
            if (heading.matches()) {
                open = close(open, documents);
                open = new Document(heading.group(1), heading.group(2), null, new ArrayList<>());
            } else if (item.matches()) {
                Item it = new Item(item.group(1), item.group(2) == null ? "" : item.group(2), i + 1);
                items.add(it);
                if (open != null) {
                    open.items().add(it);
                }
            } else if (open != null && audience.matches()) {
                open = new Document(open.id(), open.title(), audience.group(1), open.items());
            }
        }
        close(open, documents);
        return new Inventory(file, items, documents);
    }

    private static Document close(Document open, List<Document> documents) {
        if (open != null) {
            documents.add(new Document(open.id(), open.title(), open.audience(), List.copyOf(open.items())));
        }
        return null;
    }

    /** Reads the inventory file {@code file} for the checks: ids listed twice, or none, are problems. */
    static Inventory read(String file, String text, Findings findings) {
        Inventory inventory = parse(file, text);
        for (Item item : inventory.items) {
            int first = inventory.lineOf(item.id());
            if (first != item.line()) {
                findings.add(file, item.line(), "inventory id " + item.id() + " is listed twice (first at line " + first + ")");
            }
        }
        if (inventory.items.isEmpty()) {
            findings.add(file, 0, "lists no guidance: write one line per piece of guidance, such as"
                    + " \"- 001-3 Avoid the kitchen\"");
        }
        return inventory;
    }

    /** The inventory file's name in the content. */
    public String file() {
        return file;
    }

    /** Every item in file order, those before the first heading too. */
    public List<Item> items() {
        return items;
    }

    /** The source documents in file order. */
    public List<Document> documents() {
        return documents;
    }

    /** Every id in file order, each once. */
    public Set<String> ids() {
        return Collections.unmodifiableSet(lineById.keySet());
    }

    boolean contains(String id) {
        return lineById.containsKey(id);
    }

    int lineOf(String id) {
        return lineById.get(id);
    }
}
