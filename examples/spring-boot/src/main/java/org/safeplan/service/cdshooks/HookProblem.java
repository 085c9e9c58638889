package org.safeplan.service.cdshooks;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * A request the CDS Hooks service refuses, answered as an RFC 9457 problem by {@link CdsHooksProblems}.
 * Messages name the field (as a path such as {@code prefetch.ipvScreen.entry[0].resource.status}) and
 * what it must be; they never quote a value of the request.
 */
final class HookProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Problem type of a hook or feedback request that does not follow the specification. */
    static final URI INVALID_REQUEST = URI.create("urn:safeplan:problem:invalid-cds-hooks-request");
    /** Problem type of a request without prefetch the service needs (and never fetches itself). */
    static final URI PREFETCH_MISSING = URI.create("urn:safeplan:problem:prefetch-missing");
    /** Problem type of a body over {@link HookBody#MAX_BYTES}. */
    static final URI TOO_LARGE = URI.create("urn:safeplan:problem:body-too-large");

    private final transient HttpStatus status;
    private final transient URI type;
    private final transient String title;

    private HookProblem(HttpStatus status, URI type, String title, String message) {
        super(message, null, false, false);     // no stack trace: an answer to the caller, not a fault
        this.status = status;
        this.type = type;
        this.title = title;
    }

    /** 400: the request does not follow CDS Hooks 2.0. */
    static HookProblem invalid(String message) {
        return new HookProblem(HttpStatus.BAD_REQUEST, INVALID_REQUEST, "Invalid CDS Hooks request", message);
    }

    /** 400 for a field: {@code field "path": must ...}. */
    static HookProblem field(String path, String must) {
        return invalid("field \"" + path + "\": " + must);
    }

    /** 412: required prefetch is missing, and the service does not fetch. */
    static HookProblem prefetchMissing(String message) {
        return new HookProblem(HttpStatus.PRECONDITION_FAILED, PREFETCH_MISSING, "Prefetch missing", message);
    }

    /** 413: the body is over the limit. */
    static HookProblem tooLarge(String message) {
        return new HookProblem(HttpStatus.CONTENT_TOO_LARGE, TOO_LARGE, "Request body too large", message);
    }

    HttpStatus status() {
        return status;
    }

    URI type() {
        return type;
    }

    String title() {
        return title;
    }
}
