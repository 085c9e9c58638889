package org.safeplan.rules.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.authoring.Inventory;
import org.safeplan.rules.internal.catalog.ContentManifest;

/**
 * The guidance inventory that ships with a content ({@code GUIDANCE-INVENTORY.md}, named by its
 * manifest {@code META-INF/safeplan/content.yaml}): every source document with its items, so that
 * a recommendation's {@code sources} ids can be shown with the wording they stand for. Read as
 * {@link ContentValidator} reads it. Immutable.
 *
 * <pre>{@code
 * GuidanceInventory inventory = GuidanceInventory.of(Path.of("rules-content/src/main/resources"));
 * }</pre>
 */
public final class GuidanceInventory {

    /**
     * One source document.
     *
     * @param id its three-digit id, e.g. {@code "001"}
     * @param title its title
     * @param audience whom it is written for, or null when the inventory does not say
     * @param items its pieces of guidance, in inventory order
     */
    public record Document(String id, String title, String audience, List<Item> items) {

        /** Copies the items. */
        public Document {
            items = List.copyOf(items);
        }
    }

    /**
     * One piece of guidance.
     *
     * @param id its stable id, e.g. {@code "001-3"}
     * @param text its one-line summary
     */
    public record Item(String id, String text) {
    }

    private final List<Document> documents;

    private GuidanceInventory(Inventory inventory) {
        this.documents = inventory.documents().stream()
                .map(d -> new Document(d.id(), d.title(), d.audience(),
                        d.items().stream().map(i -> new Item(i.id(), i.text())).toList()))
                .toList();
    }

    /** The source documents in inventory order. */
    public List<Document> documents() {
        return documents;
    }

    /**
     * The inventory of a content folder (the one holding {@code META-INF/safeplan/content.yaml}); only
     * a file inside the folder is read.
     *
     * @throws ContentException if the manifest or the inventory cannot be read
     */
    public static GuidanceInventory of(Path contentFolder) {
        Path root = contentFolder.toAbsolutePath().normalize();
        String name = manifest(root.resolve(ContentManifest.RESOURCE)).inventory();
        Path file = root.resolve(name).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
            throw new ContentException(name + ": the inventory is not a file in " + contentFolder);
        }
        try {
            return new GuidanceInventory(Inventory.parse(name, Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new ContentException(name + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The inventory of the single content on {@code loader}'s class path.
     *
     * @throws ContentException if there is no content, several, or its inventory cannot be read
     */
    public static GuidanceInventory of(ClassLoader loader) {
        try {
            List<URL> manifests = Collections.list(loader.getResources(ContentManifest.RESOURCE));
            if (manifests.size() != 1) {
                throw new ContentException("expected one " + ContentManifest.RESOURCE + " on the classpath, found "
                        + manifests.size());
            }
            String name;
            try (InputStream in = manifests.get(0).openStream()) {
                name = ContentManifest.read(ContentManifest.RESOURCE, in).inventory();
            }
            InputStream inventory = loader.getResourceAsStream(name);
            if (inventory == null) {
                throw new ContentException(name + ": the inventory is not on the classpath");
            }
            try (InputStream in = inventory) {
                return new GuidanceInventory(Inventory.parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new ContentException("the inventory cannot be read: " + e.getMessage(), e);
        }
    }

    private static ContentManifest manifest(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return ContentManifest.read(ContentManifest.RESOURCE, in);
        } catch (IOException e) {
            throw new ContentException(ContentManifest.RESOURCE + ": cannot be read: " + e.getMessage(), e);
        }
    }
}
