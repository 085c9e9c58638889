package org.safeplan.rules.authoring;

import java.util.List;
import org.safeplan.rules.Situation;

/**
 * How the advice for one situation differs between two versions of the content.
 *
 * @param scenario the regression scenario's name, or null for a situation from the sweep
 * @param situation the situation
 * @param added actions only the candidate recommends, in its rank order
 * @param removed actions only the baseline recommends
 * @param reranked actions both recommend whose order relative to the others changed
 * @param reworded actions both recommend whose title, text or cautions changed (the wordings are in
 *     {@link DiffReport#rewordings()})
 */
public record SituationDiff(String scenario, Situation situation, List<String> added, List<String> removed,
                            List<String> reranked, List<String> reworded) {

    /** Copies the lists. */
    public SituationDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        reranked = List.copyOf(reranked);
        reworded = List.copyOf(reworded);
    }

    /** A short, stable description of the change, used to group situations changed alike. */
    public String signature() {
        StringBuilder s = new StringBuilder();
        added.forEach(id -> s.append(" +").append(id));
        removed.forEach(id -> s.append(" -").append(id));
        reranked.forEach(id -> s.append(" ~").append(id));
        reworded.forEach(id -> s.append(" ✎").append(id));
        return s.toString().trim();
    }
}
