package org.safeplan.service.cdshooks;

import java.io.IOException;
import java.io.InputStream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a request body as one JSON object, strictly (a duplicate key is an error), to at most
 * {@link #MAX_BYTES}. The bytes are read here and dropped with the request: nothing is kept.
 */
final class HookBody {

    /** A hook request with its prefetch is a few KiB; a clinic's search bundles stay far below this. */
    static final int MAX_BYTES = 512 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private HookBody() {
    }

    /**
     * The body as a JSON object.
     *
     * @param declaredLength the Content-Length header, or -1 when the body is chunked
     * @throws HookProblem 413 over the limit, 400 if it is not one JSON object
     */
    static JsonNode read(InputStream in, long declaredLength) throws IOException {
        if (declaredLength > MAX_BYTES) {
            throw tooLarge();                              // refused before reading a byte
        }
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw tooLarge();
        }
        JsonNode body;
        try {
            body = JSON.readTree(bytes);
        } catch (JacksonException e) {
            // Jackson's own message can quote the input: only where the JSON breaks is told.
            throw HookProblem.invalid("The body is not valid JSON, or repeats a key (" + where(e) + ").");
        }
        if (body == null || !body.isObject()) {
            throw HookProblem.invalid("The body must be a JSON object.");
        }
        return body;
    }

    private static String where(JacksonException e) {
        var location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "where it ends";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static HookProblem tooLarge() {
        return HookProblem.tooLarge("The request body is larger than " + MAX_BYTES / 1024 + " KiB.");
    }
}
