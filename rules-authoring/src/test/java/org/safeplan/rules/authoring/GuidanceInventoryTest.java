package org.safeplan.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeplan.rules.authoring.GuidanceInventory.Document;
import org.safeplan.rules.authoring.GuidanceInventory.Item;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.authoring.Inventory;

/** The guidance inventory, read once, the same way for validate, the service and the tests. */
class GuidanceInventoryTest {

    @TempDir
    Path temp;

    @Test
    void documentsWithTheirItems() {
        ContentFixture content = ContentFixture.copyTo(temp)
                .edit(ContentFixture.INVENTORY, "## 002 — safety planning\n", "## 002 — safety planning\nAudience: survivors\n");
        List<Document> documents = GuidanceInventory.of(content.root()).documents();
        assertThat(documents).extracting(Document::id, Document::title, Document::audience)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("001", "survivor at home", null),
                        org.assertj.core.groups.Tuple.tuple("002", "safety planning", "survivors"));
        assertThat(documents.get(0).items()).containsExactly(
                new Item("001-3", "Avoid the kitchen: knives there can be used as weapons."),
                new Item("001-8", "Once relatively safe, call the police."));
    }

    @Test
    void onlyAFileInsideTheContentFolderIsRead() {
        ContentFixture content = ContentFixture.copyTo(temp)
                .edit(ContentFixture.MANIFEST, "inventory: org/safeplan/guidance/GUIDANCE-INVENTORY.md",
                        "inventory: ../../outside.md");
        assertThatThrownBy(() -> GuidanceInventory.of(content.root()))
                .isInstanceOf(ContentException.class)
                .hasMessage("../../outside.md: the inventory is not a file in " + content.root());
    }

    @Test
    void itemsKeepTheirLinesAndItemsBeforeAnyHeadingCount() {
        Inventory inventory = Inventory.parse("inventory.md", "- 000-1 before any heading\n## 001 — A\n- 001-1\n- 001-1 again\n");
        assertThat(inventory.items()).containsExactly(new Inventory.Item("000-1", "before any heading", 1),
                new Inventory.Item("001-1", "", 3), new Inventory.Item("001-1", "again", 4));
        assertThat(inventory.ids()).containsExactly("000-1", "001-1");
        assertThat(inventory.documents()).hasSize(1);
    }
}
