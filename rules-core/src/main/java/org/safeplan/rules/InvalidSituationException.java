package org.safeplan.rules;

import java.util.List;
import java.util.Optional;

/**
 * A situation document or value was rejected. The message says what is wrong in words an
 * integrator can act on; {@link #field()} names the offending field when there is one, and
 * {@link #allowedValues()} lists what the field accepts when that is a closed set.
 *
 * <p>No advice is given for a rejected situation: a partial reading could give wrong advice.
 */
public final class InvalidSituationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final List<String> allowedValues;

    /** Creates the exception; {@code field} may be null for a document-level problem. */
    public InvalidSituationException(String message, String field, List<String> allowedValues) {
        super(message);
        this.field = field;
        this.allowedValues = List.copyOf(allowedValues);
    }

    /** The JSON field name at fault, if the problem is with one field. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /** The values the field accepts, when they are a closed set; empty otherwise. */
    public List<String> allowedValues() {
        return allowedValues;
    }
}
