package org.safeplan.service.cdshooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The parts of a CDS Hooks 2.0 hook request the service reads, after checking the whole request
 * against the specification's tables (the request, {@code fhirAuthorization}, and the context of
 * {@code patient-view} and {@code encounter-start}). Nothing of it is kept or logged.
 *
 * @param userId the context's {@code userId}, {@code ResourceType/id}
 * @param prefetch the request's {@code prefetch}, or a missing node
 */
record HookRequest(String userId, JsonNode prefetch) {

    /** The hooks the service is registered for, in discovery order. */
    static final List<String> HOOKS = List.of("patient-view", "encounter-start");

    private static final Pattern REFERENCE = Pattern.compile("[A-Z][A-Za-z]+/[A-Za-z0-9\\-.]{1,64}");
    private static final Pattern FHIR_ID = Pattern.compile("[A-Za-z0-9\\-.]{1,64}");

    /**
     * Checks and reads a hook request.
     *
     * @throws HookProblem 400 naming the first field that does not follow the specification
     */
    static HookRequest read(JsonNode body) {
        String hook = Fields.requiredString(body, "hook", "");
        if (!HOOKS.contains(hook)) {
            throw HookProblem.field("hook", "must be one of " + String.join(", ", HOOKS)
                    + ": the hooks this service is registered for");
        }
        Fields.requiredString(body, "hookInstance", "");
        checkFhirAccess(body);
        JsonNode context = Fields.requiredObject(body, "context", "");
        String userId = Fields.requiredString(context, "userId", "context");
        if (!REFERENCE.matcher(userId).matches()) {
            throw HookProblem.field("context.userId", "must be ResourceType/id, e.g. Practitioner/123");
        }
        checkId(Fields.requiredString(context, "patientId", "context"), "context.patientId");
        String encounterId = hook.equals("encounter-start") ? Fields.requiredString(context, "encounterId", "context")
                : Fields.string(context, "encounterId", "context");
        if (encounterId != null) {
            checkId(encounterId, "context.encounterId");
        }
        return new HookRequest(userId, Fields.object(body, "prefetch", ""));
    }

    /**
     * Whether the user is a clinician. {@code patient-view} is also called when a patient, or a proxy
     * with access to the record (RelatedPerson), opens it: they get no cards, since a proxy can be the
     * abuser.
     */
    boolean clinicianUser() {
        return userId.startsWith("Practitioner/") || userId.startsWith("PractitionerRole/");
    }

    /** {@code fhirServer} and {@code fhirAuthorization}: checked as the specification gives them, never used. */
    private static void checkFhirAccess(JsonNode body) {
        String server = Fields.string(body, "fhirServer", "");
        if (server != null && !absoluteHttpUrl(server)) {
            throw HookProblem.field("fhirServer", "must be an absolute http or https URL");
        }
        JsonNode authorization = Fields.object(body, "fhirAuthorization", "");
        if (authorization.isMissingNode()) {
            return;
        }
        if (server == null) {
            throw HookProblem.field("fhirServer", "is required when fhirAuthorization is given");
        }
        for (String field : List.of("access_token", "scope", "subject")) {
            Fields.requiredString(authorization, field, "fhirAuthorization");
        }
        if (!Fields.requiredString(authorization, "token_type", "fhirAuthorization").equals("Bearer")) {
            throw HookProblem.field("fhirAuthorization.token_type", "must be Bearer");
        }
        JsonNode expiresIn = authorization.get("expires_in");
        if (expiresIn == null || !expiresIn.isIntegralNumber()) {
            throw HookProblem.field("fhirAuthorization.expires_in", "is required: a whole number of seconds");
        }
        Fields.string(authorization, "patient", "fhirAuthorization");
    }

    private static boolean absoluteHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static void checkId(String id, String path) {
        if (!FHIR_ID.matcher(id).matches()) {
            throw HookProblem.field(path, "must be a FHIR id: 1 to 64 letters, digits, '-' or '.'");
        }
    }
}
