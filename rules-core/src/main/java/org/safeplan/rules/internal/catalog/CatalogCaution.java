package org.safeplan.rules.internal.catalog;

import java.util.List;
import java.util.Set;
import org.safeplan.rules.Exposure;

/**
 * One caution of the catalog: a warning that travels inside the recommendations it guards. A rule
 * says when it applies ({@code advice.caution("id")}); the catalog says what it guards: actions
 * with one of {@code exposures}, and the actions named in {@code actions}.
 *
 * @param text plain words; may hold {@code {placeholders}} filled from jurisdiction data
 * @param summary the caution in one short line; its placeholders are some of the text's
 * @param line the line of the catalog file where the caution starts
 */
public record CatalogCaution(String id, String text, String summary, List<String> sources, Set<Exposure> exposures,
                             Set<String> actions, int line) {

    public CatalogCaution {
        sources = List.copyOf(sources);
        exposures = Set.copyOf(exposures);
        actions = Set.copyOf(actions);
    }

    /** Whether this caution guards {@code action}. */
    public boolean guards(CatalogAction action) {
        return actions.contains(action.id()) || action.exposures().stream().anyMatch(exposures::contains);
    }
}
