package org.safeplan.rules.internal.engine;

import java.util.Arrays;
import java.util.List;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.Audience;
import org.safeplan.rules.Caution;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.Situation;
import org.safeplan.rules.Urgency;
import org.safeplan.rules.internal.catalog.CatalogAction;
import org.safeplan.rules.internal.catalog.RenderedAction;

/**
 * Turns what one evaluation recommended into the ranked, worded list:
 * <ol>
 * <li>the catalog order: urgency, then priority (precomputed positions);</li>
 * <li>the situation's ordering rules: an action put first leads its urgency, and an action put
 *     before another comes before it. A topological sort that always takes the earliest action in
 *     (urgency, put first, catalog position) order among those whose predecessors are placed, so
 *     the result depends on the situation only, never on the order in which rules fired. Orderings
 *     across urgencies are ignored (the validator refuses them); a cycle (also refused) is broken
 *     by the same key;</li>
 * <li>the load budget of {@link AdviceOptions}, then its cap;</li>
 * <li>each kept action with its texts, in the language chosen ({@link LanguageChoice}), and the
 *     cautions that guard it.</li>
 * </ol>
 */
final class Ranking {

    private Ranking() {
    }

    static List<Recommendation> rank(Situation situation, AdviceOptions options, Collector collector,
                                     ActionTable actions, int[] position, ActionTable.Worded worded) {
        int n = collector.count();
        int[] ranked = Arrays.copyOf(collector.order(), n);
        sortBy(ranked, position);
        boolean[] present = null;
        if (collector.anyOrdering()) {
            present = new boolean[actions.size()];
            for (int index : ranked) {
                present[index] = true;
            }
            ranked = applyOrderingRules(ranked, present, collector, actions, position);
        }
        return word(worded, keep(situation, options, ranked, actions), present, collector, actions);
    }

    /** Insertion sort by catalog position: lists are short. */
    private static void sortBy(int[] ranked, int[] position) {
        for (int i = 1; i < ranked.length; i++) {
            int action = ranked[i];
            int p = position[action];
            int j = i - 1;
            while (j >= 0 && position[ranked[j]] > p) {
                ranked[j + 1] = ranked[j];
                j--;
            }
            ranked[j + 1] = action;
        }
    }

    private static int[] applyOrderingRules(int[] ranked, boolean[] present, Collector collector, ActionTable actions,
                                            int[] position) {
        int n = ranked.length;
        long[] key = new long[n];
        int[] slot = new int[actions.size()];
        for (int i = 0; i < n; i++) {
            int a = ranked[i];
            slot[a] = i;
            key[i] = ((long) actions.action(a).urgency().ordinal() << 40) | ((collector.leads(a) ? 0L : 1L) << 32)
                    | position[a];
        }
        int[] waitingFor = new int[n];
        for (int e = 0; e < collector.beforeCount(); e++) {
            if (edgeApplies(e, present, collector, actions)) {
                waitingFor[slot[collector.after(e)]]++;
            }
        }
        int[] out = new int[n];
        boolean[] placed = new boolean[n];
        for (int k = 0; k < n; k++) {
            int next = earliest(key, placed, waitingFor, true);
            if (next < 0) {
                next = earliest(key, placed, waitingFor, false);
            }
            placed[next] = true;
            out[k] = ranked[next];
            for (int e = 0; e < collector.beforeCount(); e++) {
                if (collector.before(e) == ranked[next] && edgeApplies(e, present, collector, actions)) {
                    waitingFor[slot[collector.after(e)]]--;
                }
            }
        }
        return out;
    }

    private static boolean edgeApplies(int e, boolean[] present, Collector collector, ActionTable actions) {
        int from = collector.before(e);
        int to = collector.after(e);
        return from != to && present[from] && present[to]
                && actions.action(from).urgency() == actions.action(to).urgency();
    }

    /** The unplaced slot with the smallest key, among those waiting for nothing when {@code ready}. */
    private static int earliest(long[] key, boolean[] placed, int[] waitingFor, boolean ready) {
        int best = -1;
        for (int i = 0; i < key.length; i++) {
            if (!placed[i] && (!ready || waitingFor[i] <= 0) && (best < 0 || key[i] < key[best])) {
                best = i;
            }
        }
        return best;
    }

    /** The ranked actions within the survivor's load budget (unless the complete list is asked for) and the cap. */
    private static int[] keep(Situation situation, AdviceOptions options, int[] ranked, ActionTable actions) {
        boolean budget = !options.completeList() && situation.getAudience() == Audience.SURVIVOR;
        boolean crisis = budget && Boolean.TRUE.equals(situation.getImmediateDanger());
        int total = budget ? (crisis ? AdviceOptions.CRISIS_TOTAL : AdviceOptions.SURVIVOR_TOTAL) : Integer.MAX_VALUE;
        total = Math.min(total, options.maxRecommendations());
        int[] kept = new int[Math.min(ranked.length, total)];
        int size = 0;
        int immediate = 0;
        for (int index : ranked) {
            if (size == kept.length) {
                break;
            }
            Urgency urgency = actions.action(index).urgency();
            if (crisis && (urgency == Urgency.IMMEDIATE ? immediate++ >= AdviceOptions.CRISIS_IMMEDIATE
                    : urgency != Urgency.URGENT)) {
                continue;
            }
            kept[size++] = index;
        }
        return size == kept.length ? kept : Arrays.copyOf(kept, size);
    }

    private static List<Recommendation> word(ActionTable.Worded language, int[] kept, boolean[] present,
                                             Collector collector, ActionTable actions) {
        RenderedAction[] worded = language.actions();
        Caution[] cautions = collector.anyCaution() ? language.cautions() : null;
        Recommendation[] out = new Recommendation[kept.length];
        for (int i = 0; i < kept.length; i++) {
            int index = kept[i];
            CatalogAction action = actions.action(index);
            RenderedAction text = worded[index];
            out[i] = new Recommendation(i + 1, action.id(), action.urgency(), text.title(), text.text(),
                    text.summary(), action.sources(), collector.firedBy(index), action.exposures(),
                    cautions == null ? List.of() : cautionsOf(index, cautions, collector, actions),
                    present == null ? List.of() : collector.placedBy(index, present), List.of());
        }
        return Arrays.asList(out);
    }

    private static List<Caution> cautionsOf(int index, Caution[] cautions, Collector collector, ActionTable actions) {
        int[] guarding = actions.guardedBy(index);
        Caution[] out = new Caution[guarding.length];
        int size = 0;
        for (int c : guarding) {
            if (collector.caution(c)) {
                out[size++] = cautions[c];
            }
        }
        return size == 0 ? List.of() : List.of(Arrays.copyOf(out, size));
    }
}
