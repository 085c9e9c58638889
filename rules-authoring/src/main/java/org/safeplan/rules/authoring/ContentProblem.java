package org.safeplan.rules.authoring;

import java.util.Objects;

/**
 * One problem found in a content folder, located so that an author can go straight to it.
 *
 * @param file the file, as a path relative to the content folder with {@code /} separators, written
 *             as in {@code content.yaml} (for example {@code org/safeplan/guidance/actions.yaml})
 * @param line the 1-based line, or 0 when the problem concerns the file as a whole
 * @param message what is wrong, in plain words, with a suggestion where a near miss is likely
 */
public record ContentProblem(String file, int line, String message) {

    /** Checks the fields. */
    public ContentProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be 0 or more, was " + line);
        }
    }

    /** {@code file:line: message}, or {@code file: message} when the problem has no line. */
    @Override
    public String toString() {
        return line == 0 ? file + ": " + message : file + ":" + line + ": " + message;
    }
}
