package org.safeplan.rules.internal.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.safeplan.rules.Caution;
import org.safeplan.rules.TranslationStatus;
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
    private final ActionTexts texts;
    /** Per language, per jurisdiction key: the texts by action and caution index. */
    private final Map<String, Map<String, Worded>> worded = new HashMap<>();
    private final Map<String, Integer> cautionIndexById = new HashMap<>();
    /** Per action index: the indices of the cautions that guard it, in catalog order. */
    private final int[][] guardedBy;
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
        this.guardedBy = new int[n][];
        for (int i = 0; i < n; i++) {
            CatalogAction action = actions[i];
            guardedBy[i] = IntStream.range(0, cautions.size()).filter(c -> cautions.get(c).guards(action)).toArray();
        }
        for (int c = 0; c < cautions.size(); c++) {
            cautionIndexById.put(cautions.get(c).id(), c);
        }
        for (String language : texts.languages()) {
            Map<String, Worded> byKey = new HashMap<>();
            for (String key : texts.keys()) {
                byKey.put(key, worded(texts.rendition(language, key), cautions));
            }
            worded.put(language, byKey);
        }
        this.visible = new boolean[n];
        java.util.Arrays.fill(visible, true);
    }

    /** One language's texts for one jurisdiction key, laid out by action and caution index. */
    record Worded(String language, TranslationStatus status, boolean complete, RenderedAction[] actions,
                  Caution[] cautions) {
    }

    private Worded worded(ActionTexts.Rendition rendition, List<CatalogCaution> cautions) {
        RenderedAction[] rendered = new RenderedAction[actions.length];
        for (int i = 0; i < actions.length; i++) {
            rendered[i] = rendition.actions().get(actions[i].id());
        }
        Caution[] cautionTexts = cautions.stream().map(c -> rendition.cautions().get(c.id())).toArray(Caution[]::new);
        return new Worded(rendition.language(), rendition.status(), rendition.complete(), rendered, cautionTexts);
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

    /** The jurisdiction key of a country (ISO code, or null when unknown). */
    String keyFor(String country) {
        return texts.keyFor(country);
    }

    /** The languages with texts: the source language first. */
    List<String> languages() {
        return texts.languages();
    }

    /** A language's texts for a jurisdiction key, or null when the content has no such language. */
    Worded worded(String language, String key) {
        Map<String, Worded> byKey = worded.get(language);
        return byKey == null ? null : byKey.get(key);
    }
}
