package org.safeplan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.json.SafePlanJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The service against its OpenAPI 3.1 document ({@code GET /v1/openapi.json}), over real HTTP: every
 * endpoint and every problem it can give without a content folder, each request and response
 * checked by {@link OpenApiContract}. With a content folder ({@code /v1/compare}'s answers, the 503
 * problems), {@link ContentFolderHttpTest} checks every exchange it makes the same way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiContractTest {

    private static final String KITCHEN = ServiceHttpTest.KITCHEN;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    /**
     * What only a service with a content folder answers, checked by ContentFolderHttpTest (the 503s:
     * content-invalid; content-loading needs a load of over 20 s and is not provoked), and the 500 of a
     * bug, which no request can provoke.
     */
    static final Set<String> NOT_WITHOUT_A_CONTENT_FOLDER = Set.of(
            "POST /v1/advice 503", "POST /v1/explain 503", "POST /v1/compare 200", "POST /v1/compare 400",
            "POST /v1/compare 413", "POST /v1/compare 503",
            "POST /v1/advice 500", "POST /v1/explain 500", "POST /v1/compare 500");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private OpenApiContract contract;

    @BeforeEach
    void readTheDocument() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/v1/openapi.json")).GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
        contract = OpenApiContract.of(port, response.body());
        contract.check("GET", "/v1/openapi.json", null, null, response);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return CLIENT.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).GET().build());
        contract.check("GET", path, null, null, response);
        return response;
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).POST(BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
        contract.check("POST", path, contentType, body, response);
        return response;
    }

    private static void problem(HttpResponse<String> response, int status, String type) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        if (type.equals("about:blank")) {   // RFC 9457: no type member means about:blank
            assertThat(response.body()).doesNotContain("\"type\"");
        } else {
            assertThat(response.body()).contains("\"type\":\"" + type + "\"");
        }
    }

    @Test
    void everyEndpointAndEveryProblemMatchesTheDocument() throws Exception {
        assertThat(post("/v1/advice", "application/json", KITCHEN).statusCode()).isEqualTo(200);
        assertThat(post("/v1/advice?max=3&all=true", "application/json", KITCHEN).statusCode()).isEqualTo(200);
        assertThat(post("/v1/advice?all=false", "application/json", "{}").statusCode()).isEqualTo(200);
        assertThat(post("/v1/explain", "application/json", KITCHEN).statusCode()).isEqualTo(200);
        for (String endpoint : new String[] {"/v1/advice", "/v1/explain"}) {
            for (String language : new String[] {"es-419, es;q=0.9", "fr"}) {
                HttpResponse<String> response = send(HttpRequest.newBuilder(uri(endpoint)).timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json").header("Accept-Language", language)
                        .POST(BodyPublishers.ofString(KITCHEN, StandardCharsets.UTF_8)).build());
                contract.check("POST", endpoint, "application/json", KITCHEN, response);
                assertThat(response.statusCode()).isEqualTo(200);
            }
        }
        assertThat(get("/v1/content").statusCode()).isEqualTo(200);
        assertThat(get("/v1/inventory").statusCode()).isEqualTo(200);
        assertThat(get("/v1/situation-schema").statusCode()).isEqualTo(200);
        assertThat(get("/v1/schemas/guidance.schema.json").statusCode()).isEqualTo(200);
        assertThat(get("/v1/schemas/situation.schema.json").body()).isEqualTo(SafePlanJson.situationSchema());

        String tooLarge = "{\"country\": \"" + "x".repeat(70 * 1024) + "\"}";
        for (String endpoint : new String[] {"/v1/advice", "/v1/explain"}) {
            problem(post(endpoint, "application/json", "{\"location\": \"KITCHN\"}"), 400,
                    "urn:safeplan:problem:invalid-situation");
            problem(post(endpoint, "application/json", "{\"location\": "), 400, "urn:safeplan:problem:invalid-situation");
            problem(post(endpoint, "application/json", tooLarge), 413, "urn:safeplan:problem:body-too-large");
            problem(post(endpoint, "text/plain", KITCHEN), 415, "about:blank");
        }
        problem(post("/v1/advice?max=0", "application/json", KITCHEN), 400, "urn:safeplan:problem:invalid-parameter");
        problem(post("/v1/advice?max=abc", "application/json", KITCHEN), 400, "urn:safeplan:problem:invalid-parameter");
        problem(post("/v1/advice?all=maybe", "application/json", KITCHEN), 400, "urn:safeplan:problem:invalid-parameter");
        problem(post("/v1/compare", "application/json", KITCHEN), 404, "urn:safeplan:problem:no-content-folder");
        problem(post("/v1/compare", "text/plain", KITCHEN), 415, "about:blank");
        problem(get("/v1/schemas/openapi.json"), 404, "about:blank");
        problem(get("/v1/no-such-thing"), 404, "about:blank");
        problem(get("/v1/advice"), 405, "about:blank");

        Set<String> missed = new TreeSet<>(contract.documented());
        missed.removeAll(contract.seen());
        assertThat(missed).as("documented answers no request here gave").isEqualTo(new TreeSet<>(NOT_WITHOUT_A_CONTENT_FOLDER));
    }

    @Test
    void theDocumentListsEveryEndpointOfTheServiceAndNoOther() {
        Set<String> served = new TreeSet<>();
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            HandlerMethod handler = entry.getValue();
            if (!handler.getBeanType().getPackageName().equals("org.safeplan.service")) {
                continue;
            }
            for (String path : info.getPatternValues()) {
                info.getMethodsCondition().getMethods().forEach(m -> served.add(m.name() + " " + path));
            }
        }
        Set<String> documented = new TreeSet<>();
        contract.documented().forEach(d -> documented.add(d.substring(0, d.lastIndexOf(' '))));
        assertThat(documented).isEqualTo(served);
    }

    /** The checks are not vacuous: answers the document does not allow are refused, each for its reason. */
    @Test
    void theCheckRefusesWhatTheDocumentDoesNotAllow() {
        String guidance = "{\"contentVersion\": \"1.0.0\", \"recommendations\": [{\"rank\": 0}]}";
        assertThatThrownBy(() -> contract.check("POST", "/v1/advice", "application/json", KITCHEN,
                fake(200, "application/json", guidance)))
                .hasMessageContaining("response of POST /v1/advice").hasMessageContaining("rank");
        assertThatThrownBy(() -> contract.check("POST", "/v1/advice", "application/json", "{\"location\": \"KITCHN\"}",
                fake(200, "application/json", post200())))
                .hasMessageContaining("request of POST /v1/advice").hasMessageContaining("location");
        assertThatThrownBy(() -> contract.check("POST", "/v1/advice?limit=3", "application/json", KITCHEN,
                fake(200, "application/json", post200())))
                .hasMessageContaining("query parameter limit is not documented");
        assertThatThrownBy(() -> contract.check("GET", "/v1/content", null, null, fake(418, "application/json", "{}")))
                .hasMessageContaining("status 418 is not documented for GET /v1/content");
        assertThatThrownBy(() -> contract.check("POST", "/v1/advice", "application/json", KITCHEN,
                fake(400, "application/json", "{\"title\": \"t\", \"status\": 400}")))
                .hasMessageContaining("response media type application/json is not documented");
    }

    private String post200() throws Exception {
        return post("/v1/advice", "application/json", KITCHEN).body();
    }

    private static HttpResponse<String> fake(int status, String contentType, String body) {
        return new HttpResponse<>() {
            public int statusCode() {
                return status;
            }

            public HttpRequest request() {
                return null;
            }

            public java.util.Optional<HttpResponse<String>> previousResponse() {
                return java.util.Optional.empty();
            }

            public java.net.http.HttpHeaders headers() {
                return java.net.http.HttpHeaders.of(java.util.Map.of("Content-Type", java.util.List.of(contentType),
                        "Cache-Control", java.util.List.of("no-store")), (a, b) -> true);
            }

            public String body() {
                return body;
            }

            public java.util.Optional<javax.net.ssl.SSLSession> sslSession() {
                return java.util.Optional.empty();
            }

            public URI uri() {
                return null;
            }

            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
    }
}
