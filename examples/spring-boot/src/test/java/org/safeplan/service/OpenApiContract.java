package org.safeplan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks real exchanges with the service against its OpenAPI 3.1 document, as served at
 * {@code /v1/openapi.json}: the path and method are documented (or the answer is the documented 404
 * or 405 problem), the status is one the operation lists, the response's media type is one it lists
 * for that status, the body validates against that schema and required headers are there; a request
 * the service accepted (2xx) has a documented media type, a body valid against the request schema and
 * only documented query parameters with valid values. Schemas are validated with networknt's JSON
 * Schema validator in the OpenAPI 3.1 dialect; the {@code $ref}s to {@code schemas/*.schema.json} are
 * fetched from the running service, so the links the document gives clients are proven too.
 */
final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch", "head", "options");

    private final String base;
    private final JsonNode document;
    private final JsonSchemaFactory factory;
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();
    /** Every documented (method path status) the checks have seen. */
    private final Set<String> seen = new TreeSet<>();

    private OpenApiContract(String base, JsonNode document) {
        this.base = base;
        this.document = document;
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012, builder -> builder
                .metaSchema(OpenApi31.getInstance()).defaultMetaSchemaIri(OpenApi31.getInstance().getIri()));
    }

    /** The document the service at {@code http://127.0.0.1:port} serves. */
    static OpenApiContract of(int port, String openApiJson) throws Exception {
        JsonNode document = JSON.readTree(openApiJson);
        assertThat(document.path("openapi").asText()).startsWith("3.1.");
        return new OpenApiContract("http://127.0.0.1:" + port, document);
    }

    /** The document. */
    JsonNode document() {
        return document;
    }

    /** Every documented {@code METHOD path status} in the document. */
    Set<String> documented() {
        Set<String> all = new TreeSet<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                op.getValue().path("responses").fieldNames().forEachRemaining(
                        status -> all.add(op.getKey().toUpperCase() + " " + path.getKey() + " " + status));
            }
        }));
        return all;
    }

    /** What the checks have seen, as {@link #documented()} writes it. */
    synchronized Set<String> seen() {
        return new TreeSet<>(seen);
    }

    /**
     * Checks one exchange.
     *
     * @param requestContentType the request's Content-Type, or null
     * @param requestBody the request's body, or null when there was none or it is not known
     */
    void check(String method, String pathAndQuery, String requestContentType, String requestBody,
               HttpResponse<String> response) {
        URI uri = URI.create(pathAndQuery);
        String path = uri.getRawPath();
        if (!path.startsWith("/v1/")) {
            return;   // the playground and actuator are not part of the API
        }
        int status = response.statusCode();
        String what = method + " " + pathAndQuery + " → " + status + " " + response.body();
        Map.Entry<String, JsonNode> item = pathItem(path);
        if (item == null) {
            assertThat(status).as("undocumented path: " + what).isEqualTo(404);
            checkProblem(response, what);
            return;
        }
        JsonNode operation = item.getValue().get(method.toLowerCase());
        if (operation == null) {
            assertThat(status).as("undocumented method: " + what).isEqualTo(405);
            checkProblem(response, what);
            return;
        }
        String statusKey = String.valueOf(status);
        String pointer = "/paths/" + escape(item.getKey()) + "/" + method.toLowerCase() + "/responses/" + statusKey;
        JsonNode documentedResponse = operation.path("responses").get(statusKey);
        if (documentedResponse == null) {
            fail("status " + status + " is not documented for " + method + " " + item.getKey() + ": " + what);
        }
        synchronized (this) {
            seen.add(method.toUpperCase() + " " + item.getKey() + " " + statusKey);
        }
        if (documentedResponse.has("$ref")) {
            pointer = documentedResponse.get("$ref").asText().substring(1);
            documentedResponse = resolve(documentedResponse);
        }
        String type = mediaType(response.headers().firstValue("Content-Type").orElse(null));
        JsonNode content = documentedResponse.path("content");
        assertThat(content.has(type)).as("response media type " + type + " is not documented (" + content
                + "): " + what).isTrue();
        validate(pointer + "/content/" + escape(type) + "/schema", response.body(), "response of " + what);
        documentedResponse.path("headers").fields().forEachRemaining(header -> {
            JsonNode h = resolve(header.getValue());
            if (h.path("required").asBoolean(false)) {
                assertThat(response.headers().firstValue(header.getKey())).as(header.getKey() + ": " + what).isPresent();
            }
            response.headers().firstValue(header.getKey()).ifPresent(value -> {
                JsonNode schema = h.path("schema");
                if (schema.has("const")) {
                    assertThat(value).as(header.getKey() + ": " + what).isEqualTo(schema.get("const").asText());
                }
            });
        });
        if (status / 100 == 2) {
            checkAcceptedRequest(item.getKey(), method, operation, uri, requestContentType, requestBody, what);
        }
    }

    private void checkAcceptedRequest(String template, String method, JsonNode operation, URI uri,
                                      String contentType, String body, String what) {
        JsonNode requestBody = resolve(operation.get("requestBody"));
        if (requestBody != null) {
            String type = mediaType(contentType);
            assertThat(requestBody.path("content").has(type)).as("request media type " + type + ": " + what).isTrue();
            if (body != null) {
                validate("/paths/" + escape(template) + "/" + method.toLowerCase() + "/requestBody/content/"
                        + escape(type) + "/schema", body, "request of " + what);
            }
        }
        Map<String, JsonNode> parameters = new LinkedHashMap<>();
        for (JsonNode p : operation.path("parameters")) {
            JsonNode parameter = resolve(p);
            if (parameter.path("in").asText().equals("query")) {
                parameters.put(parameter.path("name").asText(), parameter);
            }
        }
        String query = uri.getRawQuery();
        if (query == null) {
            return;
        }
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            String name = URLDecoder.decode(kv[0], StandardCharsets.UTF_8);
            String value = kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "";
            JsonNode parameter = parameters.get(name);
            assertThat(parameter).as("query parameter " + name + " is not documented: " + what).isNotNull();
            JsonNode schema = parameter.path("schema");
            List<String> errors = messages(factory.getSchema(schema).validate(typed(schema, value)));
            assertThat(errors).as("query parameter " + name + "=" + value + ": " + what).isEmpty();
        }
    }

    /** A query value as the JSON value its schema's type reads it as. */
    private static JsonNode typed(JsonNode schema, String value) {
        switch (schema.path("type").asText()) {
            case "integer":
                try {
                    return IntNode.valueOf(Integer.parseInt(value));
                } catch (NumberFormatException e) {
                    return TextNode.valueOf(value);
                }
            case "boolean":
                return value.equals("true") || value.equals("false") ? BooleanNode.valueOf(Boolean.parseBoolean(value))
                        : TextNode.valueOf(value);
            default:
                return TextNode.valueOf(value);
        }
    }

    private void checkProblem(HttpResponse<String> response, String what) {
        assertThat(mediaType(response.headers().firstValue("Content-Type").orElse(null)))
                .as(what).isEqualTo("application/problem+json");
        validate("/components/schemas/Problem", response.body(), "problem of " + what);
    }

    private void validate(String pointer, String body, String what) {
        JsonSchema schema = schemas.computeIfAbsent(pointer, p -> factory.getSchema(
                SchemaLocation.of(base + "/v1/openapi.json#" + p)));
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + what, e);
        }
        assertThat(messages(schema.validate(instance))).as(what).isEmpty();
    }

    private static List<String> messages(Set<ValidationMessage> messages) {
        List<String> out = new ArrayList<>();
        messages.forEach(m -> out.add(m.getMessage()));
        return out;
    }

    /** The documented path (a template such as {@code /v1/schemas/{name}}) that matches, or null. */
    private Map.Entry<String, JsonNode> pathItem(String path) {
        Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> item = paths.next();
            String regex = Pattern.quote(item.getKey()).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
            if (path.matches(regex)) {
                return item;
            }
        }
        return null;
    }

    /** A node, or the node its local {@code $ref} names. */
    private JsonNode resolve(JsonNode node) {
        if (node != null && node.has("$ref") && node.get("$ref").asText().startsWith("#/")) {
            return document.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    private static String mediaType(String contentType) {
        return contentType == null ? null : contentType.split(";")[0].trim().toLowerCase();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
