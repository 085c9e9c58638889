package org.safeplan.service.cdshooks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The service over real HTTP (the JDK's client, no mocks), and the example requests of examples/cds-hooks. */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SERVICE = "/cds-services/safeplan-ipv";
    static final String FEEDBACK = SERVICE + "/feedback";
    /** The example requests a clinic integrator starts from, as shipped (the tests run in the module's folder). */
    static final Path EXAMPLES = Path.of("../cds-hooks");

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final int port;

    Http(int port) {
        this.port = port;
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpResponse<String> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
                BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", contentType)
                        .POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String path, String json) throws Exception {
        return post(path, "application/json", json);
    }

    /** An example request, as a tree to change for a test. */
    static ObjectNode example(String name) throws Exception {
        return (ObjectNode) JSON.readTree(exampleText(name));
    }

    static String exampleText(String name) throws Exception {
        return Files.readString(EXAMPLES.resolve(name), StandardCharsets.UTF_8);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
