package org.safeplan.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.json.SafePlanJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The service over real HTTP: a random port, the JDK's HTTP client, no mocks. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class ServiceHttpTest {

    static final String KITCHEN = """
            {"country": "US", "immediateDanger": true, "perpetratorOnPremises": true, "location": "KITCHEN"}""";
    static final String PROBLEM_JSON = "application/problem+json";

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    int port;

    @Autowired
    SafetyAdvisor advisor;

    private HttpResponse<String> post(String path, String contentType, BodyPublisher body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .POST(body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return CLIENT.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postJson(String path, String json) throws Exception {
        return post(path, "application/json", BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET().build();
        return CLIENT.send(request, BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode problem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith(PROBLEM_JSON));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        return problem;
    }

    @Test
    void adviceForAGoodSituation() throws Exception {
        HttpResponse<String> response = postJson("/v1/advice", KITCHEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.headers().firstValue("SafePlan-Content-Version")).hasValue(advisor.contentVersion());
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode guidance = JSON.readTree(response.body());
        assertThat(guidance.path("contentVersion").asString()).isEqualTo(advisor.contentVersion());
        JsonNode first = guidance.path("recommendations").get(0);
        assertThat(first.path("rank").asInt()).isEqualTo(1);
        assertThat(first.path("actionId").asString()).isEqualTo("leave-the-kitchen");
        assertThat(first.path("title").asString()).isEqualTo("Get out of the kitchen");
        assertThat(first.path("urgency").asString()).isEqualTo("IMMEDIATE");
        assertThat(first.path("sources").size()).isPositive();
    }

    /** Accept-Language is negotiated against the content's languages; the answer names its language. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "es-419 | es | ",
        "es-MX;q=0.9, en;q=0.5 | es | ",
        "fr | en | NOT_OFFERED",
        "fr-CA, en;q=0.1 | en | ",
        " | en | "})
    void acceptLanguageChoosesTheLanguageOfTheWholeAnswer(String acceptLanguage, String language, String fallback)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v1/advice"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(KITCHEN, StandardCharsets.UTF_8));
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        HttpResponse<String> response = CLIENT.send(request.build(), BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Language")).hasValue(language);
        assertThat(response.headers().firstValue("Vary")).hasValueSatisfying(v -> assertThat(v).contains("Accept-Language"));
        JsonNode guidance = JSON.readTree(response.body());
        assertThat(guidance.path("language").asString()).isEqualTo(language);
        assertThat(guidance.path("languageFallback").path("cause").asString()).isEqualTo(fallback == null ? "" : fallback);
        AdviceOptions options = language.equals("en") ? AdviceOptions.defaults()
                : AdviceOptions.builder().language(language).build();
        assertThat(guidance.path("recommendations").get(0).path("summary").asString()).isEqualTo(
                advisor.advise(SafePlanJson.readSituation(KITCHEN), options).recommendations().get(0).summary());
    }

    @Test
    void maxCapsTheList() throws Exception {
        String planning = "{\"country\": \"GB\", \"planningToLeave\": true, \"livesWithPerpetrator\": true}";
        JsonNode all = JSON.readTree(postJson("/v1/advice", planning).body()).path("recommendations");
        assertThat(all.size()).isGreaterThan(2);

        HttpResponse<String> capped = postJson("/v1/advice?max=2", planning);

        assertThat(capped.statusCode()).isEqualTo(200);
        JsonNode recommendations = JSON.readTree(capped.body()).path("recommendations");
        assertThat(recommendations.size()).isEqualTo(2);
        assertThat(recommendations.get(0)).isEqualTo(all.get(0));
        assertThat(recommendations.get(1)).isEqualTo(all.get(1));
    }

    @Test
    void maxKeepsTheFirstItemsAndAllGivesTheCompleteList() throws Exception {
        JsonNode shown = JSON.readTree(postJson("/v1/advice", KITCHEN).body()).path("recommendations");
        JsonNode complete = JSON.readTree(postJson("/v1/advice?all=true", KITCHEN).body()).path("recommendations");
        JsonNode capped = JSON.readTree(postJson("/v1/advice?max=2", KITCHEN).body()).path("recommendations");
        JsonNode cappedComplete = JSON.readTree(postJson("/v1/advice?all=true&max=2", KITCHEN).body())
                .path("recommendations");

        assertThat(complete.size()).isGreaterThanOrEqualTo(shown.size());
        assertThat(capped.size()).isEqualTo(2);
        for (int i = 0; i < 2; i++) {
            assertThat(capped.get(i)).isEqualTo(shown.get(i));
            assertThat(cappedComplete.get(i)).isEqualTo(complete.get(i));
        }
        assertThat(JSON.readTree(postJson("/v1/advice?all=false", KITCHEN).body()).path("recommendations"))
                .isEqualTo(shown);
    }

    @Test
    void badAllIsAProblemNamingTheParameter() throws Exception {
        JsonNode problem = problem(postJson("/v1/advice?all=yes", KITCHEN), 400);
        assertThat(problem.path("type").asString()).isEqualTo("urn:safeplan:problem:invalid-parameter");
        assertThat(problem.path("field").asString()).isEqualTo("all");
        assertThat(problem.path("detail").asString()).isEqualTo("all must be true or false, was \"yes\".");
    }

    @Test
    void badMaxIsAProblemNamingTheParameter() throws Exception {
        for (String max : List.of("0", "-3", "many")) {
            JsonNode problem = problem(postJson("/v1/advice?max=" + max, KITCHEN), 400);
            assertThat(problem.path("type").asString()).isEqualTo("urn:safeplan:problem:invalid-parameter");
            assertThat(problem.path("field").asString()).isEqualTo("max");
        }
    }

    @Test
    void unknownFieldNamesTheFieldWithDidYouMean() throws Exception {
        HttpResponse<String> response = postJson("/v1/advice", "{\"perpetratorOnPremisis\": true}");

        JsonNode problem = problem(response, 400);
        assertThat(problem.path("type").asString()).isEqualTo("urn:safeplan:problem:invalid-situation");
        assertThat(problem.path("title").asString()).isEqualTo("Invalid situation");
        assertThat(problem.path("field").asString()).isEqualTo("perpetratorOnPremisis");
        assertThat(problem.path("detail").asString()).contains("did you mean \"perpetratorOnPremises\"");
        assertThat(problem.path("instance").asString()).isEqualTo("/v1/advice");
        assertThat(problem.has("recommendations")).isFalse();
        assertThat(response.headers().firstValue("SafePlan-Content-Version")).hasValue(advisor.contentVersion());
    }

    @Test
    void badEnumValueListsTheAllowedValues() throws Exception {
        JsonNode problem = problem(postJson("/v1/advice", "{\"location\": \"KITCHN\"}"), 400);

        assertThat(problem.path("field").asString()).isEqualTo("location");
        assertThat(problem.path("detail").asString()).contains("did you mean \"KITCHEN\"");
        List<String> allowed = new ArrayList<>();
        problem.path("allowedValues").forEach(v -> allowed.add(v.asString()));
        assertThat(allowed).contains("KITCHEN", "GARAGE", "AWAY_FROM_HOME");
    }

    @Test
    void wrongTypeNamesTheField() throws Exception {
        JsonNode problem = problem(postJson("/v1/advice", "{\"immediateDanger\": \"true\"}"), 400);

        assertThat(problem.path("field").asString()).isEqualTo("immediateDanger");
        assertThat(problem.path("detail").asString()).contains("must be true, false or null");
        assertThat(problem.path("allowedValues").toString()).isEqualTo("[\"true\",\"false\",\"null\"]");
    }

    @Test
    void countryThatIsNotIsoSuggestsTheCode() throws Exception {
        JsonNode problem = problem(postJson("/v1/advice", "{\"country\": \"UK\"}"), 400);

        assertThat(problem.path("field").asString()).isEqualTo("country");
        assertThat(problem.path("detail").asString()).contains("\"GB\"");
    }

    @Test
    void malformedJsonSaysWhere() throws Exception {
        JsonNode problem = problem(postJson("/v1/advice", "{\"country\": \"US\",\n  }"), 400);

        assertThat(problem.path("detail").asString()).startsWith("malformed JSON at line 2");
        assertThat(problem.has("field")).isFalse();
    }

    @Test
    void emptyBodyAndNonUtf8BodyAreRefused() throws Exception {
        assertThat(problem(postJson("/v1/advice", ""), 400).path("detail").asString()).contains("empty");
        byte[] latin1 = "{\"country\": \"Espa\u00f1a\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(problem(post("/v1/advice", "application/json", BodyPublishers.ofByteArray(latin1)), 400)
                .path("detail").asString()).contains("UTF-8");
    }

    @Test
    void oversizedBodyIs413WithOrWithoutContentLength() throws Exception {
        String big = "{\"country\": \"US\"" + " ".repeat(70 * 1024) + "}";

        JsonNode declared = problem(postJson("/v1/advice", big), 413);
        assertThat(declared.path("type").asString()).isEqualTo("urn:safeplan:problem:body-too-large");
        assertThat(declared.path("detail").asString()).contains("64 KiB");

        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        BodyPublisher chunked = BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
        problem(post("/v1/advice", "application/json", chunked), 413);
    }

    @Test
    void wrongMediaTypeIs415AndWrongMethodIs405() throws Exception {
        JsonNode unsupported = problem(post("/v1/advice", "text/plain", BodyPublishers.ofString(KITCHEN)), 415);
        assertThat(unsupported.path("detail").asString()).contains("Content-Type: application/json");
        problem(post("/v1/advice", null, BodyPublishers.ofString(KITCHEN)), 415);
        problem(get("/v1/advice"), 405);
        problem(get("/v1/nothing-here"), 404);
    }

    @Test
    void explainGivesTheRulesAndFactsBehindEachRecommendation() throws Exception {
        HttpResponse<String> response = postJson("/v1/explain", KITCHEN);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("SafePlan-Content-Version")).hasValue(advisor.contentVersion());
        JsonNode first = JSON.readTree(response.body()).path("recommendations").get(0);
        assertThat(first.path("actionId").asString()).isEqualTo("leave-the-kitchen");
        JsonNode because = first.path("because");
        assertThat(because.isArray() && !because.isEmpty()).as(first.toString()).isTrue();
        assertThat(because.toString()).contains("KITCHEN");
        problem(postJson("/v1/explain", "{\"location\": 3}"), 400);
    }

    @Test
    void withoutAContentFolderTheContentIsTheBundledOneAndThereIsNothingToCompare() throws Exception {
        HttpResponse<String> response = get("/v1/content");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode state = JSON.readTree(response.body());
        assertThat(state.path("source").asString()).isEqualTo("bundled");
        assertThat(state.path("state").asString()).isEqualTo("ready");
        assertThat(state.path("version").asString()).isEqualTo(advisor.contentVersion());
        assertThat(state.path("problems").isArray() && state.path("problems").isEmpty()).isTrue();
        assertThat(state.path("loadedAt").asString()).isNotBlank();
        List<String> languages = new ArrayList<>();
        state.path("languages").forEach(l -> languages.add(l.asString()));
        assertThat(languages).as("the playground's language switch").containsExactlyElementsOf(advisor.languages());

        JsonNode problem = problem(postJson("/v1/compare", KITCHEN), 404);
        assertThat(problem.path("type").asString()).isEqualTo("urn:safeplan:problem:no-content-folder");
        assertThat(problem.path("detail").asString()).contains("--safeplan.content=");
    }

    @Test
    void inventoryGivesTheWordingOfEachSourceId() throws Exception {
        HttpResponse<String> response = get("/v1/inventory");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode documents = JSON.readTree(response.body());
        assertThat(documents.size()).isGreaterThanOrEqualTo(5);
        JsonNode survivorAtHome = documents.get(1);
        assertThat(survivorAtHome.path("id").asString()).isEqualTo("001");
        JsonNode kitchen = survivorAtHome.path("items").get(2);
        assertThat(kitchen.path("id").asString()).isEqualTo("001-3");
        assertThat(kitchen.path("text").asString()).contains("kitchen");
        assertThat(documents.get(0).path("audience").asString()).contains("someone serving the person");
    }

    @Test
    void theSituationSchemaIsServedAsTheLibraryGeneratesIt() throws Exception {
        HttpResponse<String> response = get("/v1/situation-schema");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/schema+json"));
        assertThat(response.body()).isEqualTo(org.safeplan.rules.json.SafePlanJson.situationSchema());
        JsonNode properties = JSON.readTree(response.body()).path("properties");
        for (org.safeplan.rules.internal.explain.SituationField f : org.safeplan.rules.internal.explain.SituationField.all()) {
            assertThat(properties.has(f.name())).as(f.name()).isTrue();
        }
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> response = get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).path("status").asString()).isEqualTo("UP");
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/env").statusCode()).isEqualTo(404);
    }

    @Test
    void playgroundIsServedWithAPolicyThatKeepsDataOnThisServer() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form", "playground.js");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'none'", "connect-src 'self'", "form-action 'none'"));
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(get("/playground.js").statusCode()).isEqualTo(200);
        assertThat(get("/playground.css").statusCode()).isEqualTo(200);
    }

    @Test
    void situationDataNeverReachesTheLogs(CapturedOutput output) throws Exception {
        postJson("/v1/advice", "{\"country\": \"US\", \"zzSecretFieldName\": true}");
        postJson("/v1/advice", "{\"location\": \"ZZSECRETPLACE\"}");
        postJson("/v1/advice?max=zzsecretmax", KITCHEN);
        postJson("/v1/advice", "{\"country\": \"zzsecret\"");
        post("/v1/advice", "text/plain", BodyPublishers.ofString("{\"zzsecretplain\": 1}"));
        postJson("/v1/explain", "{\"immediateDanger\": \"zzsecretbool\"}");
        postJson("/v1/advice", "{\"wantsHelpContacted\": \"ZZSECRETHELP\"}" + " ".repeat(70 * 1024));

        assertThat(output.getAll()).doesNotContainIgnoringCase("zzsecret");
    }
}
