package org.safeplan.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The guidance inventory that ships with the content ({@code GUIDANCE-INVENTORY.md}, named by the
 * content manifest {@code META-INF/safeplan/content.yaml}): every source document with its items,
 * so a recommendation's {@code sources} ids can be shown with the wording they stand for.
 */
public final class GuidanceInventory {

    /** One source document: its three-digit id, title, audience note and items. */
    public record Document(String id, String title, String audience, List<Item> items) {
    }

    /** One piece of guidance: its stable id ({@code 001-3}) and its one-line summary. */
    public record Item(String id, String text) {
    }

    static final String MANIFEST = "META-INF/safeplan/content.yaml";

    private static final Pattern MANIFEST_INVENTORY = Pattern.compile("^inventory:\\s*(\\S+)\\s*$");
    private static final Pattern HEADING = Pattern.compile("^##\\s+(\\d{3})\\s+[—-]+\\s+(.+)$");
    private static final Pattern AUDIENCE = Pattern.compile("^Audience:\\s*(.+)$");
    private static final Pattern ITEM = Pattern.compile("^-\\s+(\\d{3}-\\d+)\\s+(.+)$");

    private final List<Document> documents;

    GuidanceInventory(List<Document> documents) {
        this.documents = List.copyOf(documents);
    }

    /** The documents in inventory order. */
    public List<Document> documents() {
        return documents;
    }

    /** Reads the inventory that the content manifest on the classpath names. */
    static GuidanceInventory fromClasspath(ClassLoader loader) {
        try {
            Enumeration<URL> manifests = loader.getResources(MANIFEST);
            List<URL> found = Collections.list(manifests);
            if (found.size() != 1) {
                throw new IllegalStateException("expected one " + MANIFEST + " on the classpath, found " + found.size());
            }
            String inventory = null;
            try (BufferedReader in = reader(found.get(0).openStream())) {
                for (String line; (line = in.readLine()) != null; ) {
                    Matcher m = MANIFEST_INVENTORY.matcher(line);
                    if (m.matches()) {
                        inventory = m.group(1);
                    }
                }
            }
            if (inventory == null) {
                throw new IllegalStateException(MANIFEST + " names no inventory");
            }
            InputStream stream = loader.getResourceAsStream(inventory);
            if (stream == null) {
                throw new IllegalStateException("the inventory " + inventory + " is not on the classpath");
            }
            try (BufferedReader in = reader(stream)) {
                return parse(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the inventory that a content folder's manifest names, or nothing if it cannot be read
     * (the content's own checks report why).
     */
    static Optional<GuidanceInventory> fromFolder(Path folder) {
        try {
            String inventory = null;
            try (BufferedReader in = Files.newBufferedReader(folder.resolve(MANIFEST), StandardCharsets.UTF_8)) {
                for (String line; (line = in.readLine()) != null; ) {
                    Matcher m = MANIFEST_INVENTORY.matcher(line);
                    if (m.matches()) {
                        inventory = m.group(1);
                    }
                }
            }
            if (inventory == null) {
                return Optional.empty();
            }
            Path root = folder.toAbsolutePath().normalize();
            Path file = root.resolve(inventory).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                return Optional.empty();                     // only a file inside the content folder
            }
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return Optional.of(parse(in));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Parses the Markdown: {@code ## NNN — title}, an optional {@code Audience:} line, {@code - NNN-n text} items. */
    static GuidanceInventory parse(BufferedReader in) throws IOException {
        List<Document> documents = new ArrayList<>();
        String id = null;
        String title = null;
        String audience = null;
        List<Item> items = new ArrayList<>();
        for (String line; (line = in.readLine()) != null; ) {
            line = line.strip();
            Matcher heading = HEADING.matcher(line);
            Matcher item = ITEM.matcher(line);
            Matcher aud = AUDIENCE.matcher(line);
            if (heading.matches()) {
                if (id != null) {
                    documents.add(new Document(id, title, audience, items));
                }
                id = heading.group(1);
                title = heading.group(2);
                audience = null;
                items = new ArrayList<>();
            } else if (id != null && item.matches()) {
                items.add(new Item(item.group(1), item.group(2)));
            } else if (id != null && aud.matches()) {
                audience = aud.group(1);
            }
        }
        if (id != null) {
            documents.add(new Document(id, title, audience, items));
        }
        return new GuidanceInventory(documents);
    }

    private static BufferedReader reader(InputStream in) {
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
