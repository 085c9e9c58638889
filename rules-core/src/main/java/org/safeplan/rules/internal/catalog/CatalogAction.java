package org.safeplan.rules.internal.catalog;

import java.util.List;
import java.util.Set;
import org.safeplan.rules.Exposure;
import org.safeplan.rules.Urgency;

/**
 * One action of the catalog as written by content authors; title and text may hold
 * {@code {placeholders}} filled from jurisdiction data.
 *
 * @param summary the action in one line of at most {@value ActionTexts#MAX_SUMMARY_LENGTH} characters once filled
 *
 * @param priority orders actions of the same urgency: lower comes first
 * @param neverWith actions that must never be recommended together with this one (they contradict it)
 * @param line the line of the catalog file where the action starts
 */
public record CatalogAction(String id, Urgency urgency, int priority, String title, String text,
                            String summary, List<String> sources, Set<Exposure> exposures, List<String> neverWith, int line) {

    public CatalogAction {
        sources = List.copyOf(sources);
        exposures = Set.copyOf(exposures);
        neverWith = List.copyOf(neverWith);
    }
}
