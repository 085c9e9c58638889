package org.safeplan.rules.internal.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.safeplan.rules.Caution;
import org.safeplan.rules.content.Recommended;
import org.safeplan.rules.internal.catalog.ActionTexts;
import org.safeplan.rules.internal.catalog.CatalogAction;
import org.safeplan.rules.internal.catalog.CatalogCaution;
import org.safeplan.rules.internal.catalog.RenderedAction;

/**
 * The catalog laid out for the advise path, once per content bundle: every action gets an index,
 * its {@link Recommended} fact, its position in each ranking order and its texts per jurisdiction,
 * so that a call looks up arrays instead of sorting with comparators and searching maps.
 */
final class ActionTable {

    private final CatalogAction[] actions;
    private final Map<String, Integer> indexById;
    private final Recommended[] facts;
    private final int[] position;
    private final int[] positionCannotSpeak;
    private final Map<String, RenderedAction[]> textsByKey = new HashMap<>();
    private final ActionTexts texts;
    private final Map<String, Integer> cautionIndexById = new HashMap<>();
    /** Per action index: the indices of the cautions that guard it, in catalog order. */
    private final int[][] guardedBy;
    private final Map<String, Caution[]> cautionTextsByKey = new HashMap<>();
    private boolean[] visible;

    ActionTable(List<CatalogAction> catalog, List<CatalogCaution> cautions, ActionTexts texts,
                Comparator<CatalogAction> order, Comparator<CatalogAction> orderCannotSpeak) {
        this.actions = catalog.toArray(new CatalogAction[0]);
        this.texts = texts;
        int n = actions.length;
        this.indexById = new HashMap<>(n * 2);
        this.facts = new Recommended[n];
        for (int i = 0; i < n; i++) {
            CatalogAction a = actions[i];
            indexById.put(a.id(), i);
            facts[i] = new Recommended(a.id(), a.urgency(), a.exposures());
        }
        this.position = positions(order);
        this.positionCannotSpeak = positions(orderCannotSpeak);
        for (String key : texts.keys()) {
            RenderedAction[] rendered = new RenderedAction[n];
            for (int i = 0; i < n; i++) {
                rendered[i] = texts.forKey(key, actions[i].id());
            }
            textsByKey.put(key, rendered);
        }
        this.guardedBy = new int[n][];
        for (int i = 0; i < n; i++) {
            CatalogAction action = actions[i];
            guardedBy[i] = IntStream.range(0, cautions.size()).filter(c -> cautions.get(c).guards(action)).toArray();
        }
        for (int c = 0; c < cautions.size(); c++) {
            cautionIndexById.put(cautions.get(c).id(), c);
        }
        for (String key : texts.keys()) {
            cautionTextsByKey.put(key, cautions.stream().map(c -> texts.caution(key, c.id())).toArray(Caution[]::new));
        }
        this.visible = new boolean[n];
        java.util.Arrays.fill(visible, true);
    }

    /** Each action's place in {@code order}: sorting by it is sorting by the comparator (ids are unique). */
    private int[] positions(Comparator<CatalogAction> order) {
        List<Integer> sorted = new ArrayList<>();
        for (int i = 0; i < actions.length; i++) {
            sorted.add(i);
        }
        sorted.sort((x, y) -> order.compare(actions[x], actions[y]));
        int[] pos = new int[actions.length];
        for (int p = 0; p < sorted.size(); p++) {
            pos[sorted.get(p)] = p;
        }
        return pos;
    }

    int size() {
        return actions.length;
    }

    /** The action's index, or -1 when the catalog has no such action. */
    int indexOf(String actionId) {
        Integer i = indexById.get(actionId);
        return i == null ? -1 : i;
    }

    /** How many cautions the catalog has. */
    int cautionCount() {
        return cautionIndexById.size();
    }

    /** The caution's index, or -1 when the catalog has no such caution. */
    int cautionIndexOf(String cautionId) {
        Integer i = cautionIndexById.get(cautionId);
        return i == null ? -1 : i;
    }

    /** The indices of the cautions that guard the action, in catalog order. */
    int[] guardedBy(int index) {
        return guardedBy[index];
    }

    /** Every caution worded for the country's jurisdiction, by caution index. */
    Caution[] cautions(String country) {
        return cautionTextsByKey.get(texts.keyFor(country));
    }

    CatalogAction action(int index) {
        return actions[index];
    }

    Recommended fact(int index) {
        return facts[index];
    }

    Recommended[] facts() {
        return facts.clone();
    }

    /** Whether some rule can see the action's {@link Recommended} fact (see {@link FactVisibility}). */
    boolean visible(int index) {
        return visible[index];
    }

    void visible(boolean[] visible) {
        this.visible = visible.clone();
    }

    int[] position(boolean survivorCannotSpeak) {
        return survivorCannotSpeak ? positionCannotSpeak : position;
    }

    /** The texts of every action, by index, for the country's jurisdiction. */
    RenderedAction[] texts(String country) {
        return textsByKey.get(texts.keyFor(country));
    }
}
