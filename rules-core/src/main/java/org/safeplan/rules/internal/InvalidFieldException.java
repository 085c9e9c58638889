package org.safeplan.rules.internal;

import java.util.List;

/**
 * A value refused for one field of the situation, raised by the situation's builder. Its message
 * names the field ({@code region "US-CA" is in US, but country is "GB"; ...}); the JSON reader
 * turns it into an {@link org.safeplan.rules.InvalidSituationException} with the same field,
 * detail and allowed values.
 */
public final class InvalidFieldException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String detail;
    private final List<String> allowedValues;

    /** {@code detail}: what is wrong with the value, without the field's name. */
    public InvalidFieldException(String field, String detail, List<String> allowedValues) {
        super(field + " " + detail);
        this.field = field;
        this.detail = detail;
        this.allowedValues = List.copyOf(allowedValues);
    }

    /** The JSON name of the field at fault. */
    public String field() {
        return field;
    }

    /** What is wrong, without the field's name. */
    public String detail() {
        return detail;
    }

    /** The values the field accepts here, when they are a closed set; empty otherwise. */
    public List<String> allowedValues() {
        return allowedValues;
    }
}
