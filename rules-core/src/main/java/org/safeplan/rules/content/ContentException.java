package org.safeplan.rules.content;

import java.util.List;

/**
 * Content (rules, action catalog, jurisdiction data) could not be loaded or is inconsistent.
 * Each problem names the file and, where known, the line: {@code actions.yaml:12: missing 'title'}.
 * The message lists every problem found, one per line.
 */
public class ContentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    /** Creates the exception for one problem, written as {@code file:line: message}. */
    public ContentException(String problem) {
        super(problem);
        this.problems = List.of(problem);
    }

    /** Creates the exception for one problem with its underlying cause. */
    public ContentException(String problem, Throwable cause) {
        super(problem, cause);
        this.problems = List.of(problem);
    }

    /** Creates the exception for several problems; the message lists them one per line. */
    public ContentException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, each as {@code file:line: message}. */
    public List<String> problems() {
        return problems;
    }
}
