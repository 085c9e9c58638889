package org.safeplan.rules.internal.catalog;

import java.util.ArrayList;
import java.util.List;
import org.safeplan.rules.content.ContentException;

/**
 * Collects content problems so that a reader can report all of them at once rather than stop at
 * the first: authors fix a file in one pass.
 */
public final class Problems {

    private final List<String> messages = new ArrayList<>();

    /** Adds a problem written as {@code file:line: message}. */
    public void add(String problem) {
        messages.add(problem);
    }

    /** Adds every problem an exception carries. */
    public void add(ContentException e) {
        messages.addAll(e.problems());
    }

    /** Whether nothing was found. */
    public boolean isEmpty() {
        return messages.isEmpty();
    }

    /** The problems in the order found. */
    public List<String> list() {
        return List.copyOf(messages);
    }

    /**
     * Throws one exception listing every problem, if there are any.
     *
     * @throws ContentException if a problem was found
     */
    public void throwIfAny() {
        if (!messages.isEmpty()) {
            throw new ContentException(messages);
        }
    }
}
