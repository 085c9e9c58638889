package org.safeplan.rules.content;

/**
 * Content (rules, action catalog, jurisdiction data) could not be loaded or is inconsistent.
 * The message names the file and, where known, the line and field at fault.
 */
public class ContentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming file, line and field where known. */
    public ContentException(String message) {
        super(message);
    }

    /** Creates the exception with the underlying cause. */
    public ContentException(String message, Throwable cause) {
        super(message, cause);
    }
}
