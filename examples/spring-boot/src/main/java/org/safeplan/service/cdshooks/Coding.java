package org.safeplan.service.cdshooks;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A code in its code system, as configured ({@code system|code}, the FHIR token form) or as found in a
 * FHIR {@code Coding}.
 */
record Coding(String system, String code) {

    /**
     * The codings of a configuration property.
     *
     * @throws IllegalArgumentException naming the property, if a value is not {@code system|code}
     */
    static List<Coding> parse(String property, List<String> tokens) {
        return tokens.stream().map(token -> parse(property, token)).toList();
    }

    private static Coding parse(String property, String token) {
        int bar = token.indexOf('|');
        if (bar <= 0 || bar == token.length() - 1 || token.indexOf('|', bar + 1) >= 0) {
            throw new IllegalArgumentException(property + ": \"" + token + "\" is not a coding written as system|code"
                    + " (e.g. http://loinc.org|76501-6)");
        }
        return new Coding(token.substring(0, bar).strip(), token.substring(bar + 1).strip());
    }

    /** As a FHIR search token, {@code system|code}. */
    String token() {
        return system + "|" + code;
    }

    /**
     * Whether any {@code coding} of a FHIR CodeableConcept (or a lone Coding) at {@code path} is one of
     * {@code codings}.
     */
    static boolean anyOf(JsonNode concept, String path, List<Coding> codings) {
        if (concept.isMissingNode()) {
            return false;
        }
        List<JsonNode> found = concept.has("coding") ? Fields.objects(concept, "coding", path) : List.of(concept);
        for (int i = 0; i < found.size(); i++) {
            String at = concept.has("coding") ? Fields.at(Fields.path(path, "coding"), i) : path;
            Coding coding = new Coding(Fields.string(found.get(i), "system", at), Fields.string(found.get(i), "code", at));
            if (codings.contains(coding)) {
                return true;
            }
        }
        return false;
    }
}
