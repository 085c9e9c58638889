package org.safeplan.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.internal.authoring.Inventory;

/**
 * Every piece of guidance in the inventory is carried by some action, or deliberately left out with
 * a reason; no action cites guidance that does not exist.
 */
class InventoryCoverageTest {

    /** Every inventory id, read as validate reads them. */
    static Set<String> inventoryIds() {
        return new LinkedHashSet<>(Inventory.parse("GUIDANCE-INVENTORY.md",
                GuidanceSources.read(GuidanceSources.GUIDANCE.resolve("GUIDANCE-INVENTORY.md"))).ids());
    }

    /** Inventory id to the ids of the actions citing it. */
    static Map<String, Set<String>> citations() {
        Map<String, Set<String>> cited = new TreeMap<>();
        for (Map<String, Object> action : GuidanceSources.actions()) {
            for (String source : GuidanceSources.strings(action, "sources")) {
                cited.computeIfAbsent(source, s -> new TreeSet<>()).add((String) action.get("id"));
            }
        }
        return cited;
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> outOfScope() {
        Map<String, String> out = new TreeMap<>();
        var list = (List<Map<String, Object>>) GuidanceSources.yaml(GuidanceSources.GUIDANCE.resolve("out-of-scope.yaml"))
                .get("outOfScope");
        for (Map<String, Object> entry : list) {
            out.put(String.valueOf(entry.get("id")), String.valueOf(entry.get("reason")));
        }
        return out;
    }

    /** Every line of the inventory that starts an item ("- 001-3 ...") gives one id, none lost or invented. */
    @Test
    void theInventoryIsReadCompletely() {
        List<String> itemLines = GuidanceSources.read(GuidanceSources.GUIDANCE.resolve("GUIDANCE-INVENTORY.md")).lines()
                .filter(line -> line.startsWith("- ") && Character.isDigit(line.charAt(2))).toList();
        assertThat(itemLines).isNotEmpty();
        assertThat(inventoryIds()).hasSize(itemLines.size())
                .allSatisfy(id -> assertThat(itemLines).anyMatch(line -> line.startsWith("- " + id + " ")));
    }

    @Test
    void everyInventoryItemIsCitedOrDeliberatelyOutOfScope() {
        Set<String> missing = new TreeSet<>(inventoryIds());
        missing.removeAll(citations().keySet());
        missing.removeAll(outOfScope().keySet());
        assertThat(missing).as("inventory ids cited by no action and not in out-of-scope.yaml").isEmpty();
    }

    @Test
    void actionsCiteOnlyExistingInventoryItems() {
        Set<String> unknown = new TreeSet<>(citations().keySet());
        unknown.removeAll(inventoryIds());
        assertThat(unknown).as("ids cited in actions.yaml that are not in the inventory").isEmpty();
    }

    @Test
    void everyActionCitesASource() {
        for (Map<String, Object> action : GuidanceSources.actions()) {
            assertThat(GuidanceSources.strings(action, "sources")).as("sources of %s", action.get("id")).isNotEmpty();
        }
    }

    @Test
    void outOfScopeListsOnlyUnknownFreeUncitedItemsWithAReason() {
        Map<String, String> outOfScope = outOfScope();
        assertThat(inventoryIds()).as("out-of-scope ids must exist in the inventory")
                .containsAll(outOfScope.keySet());
        assertThat(outOfScope.keySet()).as("out-of-scope ids must not also be cited by an action")
                .doesNotContainAnyElementsOf(citations().keySet());
        outOfScope.forEach((id, reason) -> assertThat(reason).as("reason for " + id).isNotBlank());
        assertThat(outOfScope.keySet()).as("only 004-9 is background rather than advice").containsExactly("004-9");
    }
}
