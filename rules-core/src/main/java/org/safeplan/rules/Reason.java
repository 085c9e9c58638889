package org.safeplan.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Why a recommendation was made: a rule that fired and the situation facts it matched, as
 * JSON field names to values ({@code "true"}, {@code "KITCHEN"}, {@code "US"}; {@code null}
 * when the rule matched the field being unknown). Immutable.
 *
 * @param ruleId the id of the rule that fired
 * @param matched the facts the rule's conditions read, field name to value (null = unknown), sorted by field
 */
public record Reason(String ruleId, Map<String, String> matched) {

    /** Checks the id and copies the map, keeping its order (its values may be null). */
    public Reason {
        Objects.requireNonNull(ruleId, "ruleId");
        matched = Collections.unmodifiableMap(new LinkedHashMap<>(matched));
    }

    @Override
    public String toString() {
        return ruleId + " " + matched;
    }
}
