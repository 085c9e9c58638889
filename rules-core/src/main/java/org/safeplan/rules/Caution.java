package org.safeplan.rules;

import java.util.List;
import java.util.Objects;

/**
 * A caution that belongs to the recommendation it guards, such as "keep the note where the abuser
 * cannot find it" on an action that leaves a written trace. It travels inside its
 * {@link Recommendation}, so no cap, budget or ordering can separate the two. Immutable.
 *
 * @param id the caution's stable id in the content's catalog
 * @param text the caution in plain words, with the jurisdiction's values filled in
 * @param summary the caution in one short line, at most 140 characters, for a chat or text message
 * @param sources guidance-inventory ids the caution comes from; never empty
 */
public record Caution(String id, String text, String summary, List<String> sources) {

    /** Checks and copies the values. */
    public Caution {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(summary, "summary");
        sources = List.copyOf(sources);
    }
}
