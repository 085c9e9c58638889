package org.safeplan.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Why a recommendation was made: a rule that fired and the situation facts it matched, as
 * JSON field names to values ({@code "true"}, {@code "KITCHEN"}, {@code "US"}; {@code null}
 * when the rule matched the field being unknown). Immutable.
 */
public final class Reason {

    private final String ruleId;
    private final Map<String, String> matched;

    /** Creates a reason; the map is copied, keeping its order. */
    public Reason(String ruleId, Map<String, String> matched) {
        this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
        this.matched = Collections.unmodifiableMap(new LinkedHashMap<>(matched));
    }

    /** The id of the rule that fired. */
    public String ruleId() {
        return ruleId;
    }

    /** The facts the rule's conditions read, field name to value (null = unknown), sorted by field. */
    public Map<String, String> matched() {
        return matched;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reason && ruleId.equals(((Reason) o).ruleId) && matched.equals(((Reason) o).matched);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, matched);
    }

    @Override
    public String toString() {
        return ruleId + " " + matched;
    }
}
