package org.safeplan.service.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeplan.service.cdshooks.CdsHooksSchema.Document.DiscoveryResponse;
import static org.safeplan.service.cdshooks.CdsHooksSchema.Document.FeedbackRequest;
import static org.safeplan.service.cdshooks.CdsHooksSchema.Document.HookRequest;
import static org.safeplan.service.cdshooks.CdsHooksSchema.Document.HookResponse;
import static org.safeplan.service.cdshooks.CdsHooksSchema.assertValid;

import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.Audience;
import org.safeplan.rules.Caution;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The CDS Hooks service with its default configuration, over real HTTP: discovery, the example
 * requests of examples/cds-hooks, the answers the specification gives (200 with cards or none, 412,
 * 400), and feedback counted in the metric. Every request sent is valid against the schema written
 * from the specification (but the malformed ones), and every answer is.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CdsHooksHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    SafetyAdvisor advisor;

    @Autowired
    CdsHooksProperties properties;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    /** What the library advises a practitioner at the configured clinic, cut to the configured number of cards. */
    private Guidance expected() {
        Situation clinic = Situation.builder().audience(Audience.PRACTITIONER)
                .country(properties.country().isBlank() ? null : properties.country())
                .region(properties.region().isBlank() ? null : properties.region()).build();
        return advisor.advise(clinic, AdviceOptions.builder().maxRecommendations(properties.maxCards()).build());
    }

    private HttpResponse<String> call(String request) throws Exception {
        assertValid(HookRequest, request);
        HttpResponse<String> response = http.post(Http.SERVICE, request);
        if (response.statusCode() == 200) {
            assertValid(HookResponse, response.body());
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
        return response;
    }

    private static void assertNoCards(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Http.json(response)).isEqualTo(Http.JSON.readTree("{\"cards\": []}"));
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = Http.json(response);
        assertThat(problem.path("type").asString()).isEqualTo(type);
        assertThat(problem.path("detail").asString()).contains(detail);
    }

    @Test
    void discoveryOffersTheServiceOnPatientViewAndEncounterStartWithItsPrefetch() throws Exception {
        HttpResponse<String> response = http.get("/cds-services");
        assertThat(response.statusCode()).isEqualTo(200);
        assertValid(DiscoveryResponse, response.body());
        List<String> hooks = new ArrayList<>();
        for (JsonNode service : Http.json(response).path("services")) {
            assertThat(service.path("id").asString()).isEqualTo("safeplan-ipv");
            hooks.add(service.path("hook").asString());
            JsonNode prefetch = service.path("prefetch");
            assertThat(prefetch.propertyNames()).containsExactly(IpvScreen.OBSERVATIONS);
            String template = prefetch.path(IpvScreen.OBSERVATIONS).asString();
            assertThat(template).startsWith("Observation?patient={{context.patientId}}&code=");
            properties.screen().questions().forEach(question -> assertThat(template).contains(question));
        }
        assertThat(hooks).containsExactly("patient-view", "encounter-start");
    }

    @Test
    void aPositiveScreenGetsThePractitionersMostUrgentAdviceAsCards() throws Exception {
        HttpResponse<String> response = call(Http.exampleText("positive-screen.json"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Guidance expected = expected();
        assertThat(expected.recommendations()).isNotEmpty();
        assertThat(response.headers().firstValue("SafePlan-Content-Version")).hasValue(expected.contentVersion());
        assertCards(Http.json(response).path("cards"), expected);
        // Information only: nothing that could write to the chart or open something.
        assertThat(response.body()).doesNotContain("suggestions", "systemActions", "links", "selectionBehavior");
    }

    /** Each card is its recommendation: in order, summary, indicator, detail and source. */
    private void assertCards(JsonNode cards, Guidance expected) throws Exception {
        assertThat(cards.size()).isEqualTo(expected.recommendations().size());
        List<String> uuids = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            JsonNode card = cards.get(i);
            Recommendation r = expected.recommendations().get(i);
            assertThat(card.path("summary").asString()).isEqualTo(CardText.summary(r)).hasSizeLessThan(140);
            assertThat(card.path("indicator").asString()).isEqualTo(Map.of("IMMEDIATE", "critical", "URGENT", "warning",
                    "PLANNING", "info", "INFORMATION", "info").get(r.urgency().name()));
            String detail = unescaped(card.path("detail").asString());
            assertThat(detail).contains(r.text());
            r.cautions().stream().map(Caution::text).forEach(caution -> assertThat(detail).contains(caution));
            r.sources().forEach(source -> assertThat(detail).contains(source));
            assertSourceLinksToTheInventory(card.path("source"), expected.contentVersion(), r.sources().get(0));
            uuids.add(card.path("uuid").asString());
        }
        assertThat(uuids).doesNotHaveDuplicates();
        for (int i = 1; i < cards.size(); i++) {     // most urgent first
            assertThat(expected.recommendations().get(i).urgency())
                    .isGreaterThanOrEqualTo(expected.recommendations().get(i - 1).urgency());
        }
    }

    /** The Markdown as a reader sees it: backslash escapes of punctuation removed. */
    private static String unescaped(String markdown) {
        return markdown.replaceAll("\\\\(\\p{Punct})", "$1");
    }

    private void assertSourceLinksToTheInventory(JsonNode source, String contentVersion, String firstSource)
            throws Exception {
        assertThat(source.path("label").asString()).contains(contentVersion);
        String url = source.path("url").asString();
        assertThat(url).isEqualTo(http.uri("/v1/inventory").toString() + "#" + firstSource);
        HttpResponse<String> inventory = http.get("/v1/inventory");
        assertThat(inventory.statusCode()).isEqualTo(200);
        assertThat(inventory.body()).contains("\"id\":\"" + firstSource + "\"");
    }

    @Test
    void encounterStartGivesTheSameCards() throws Exception {
        ObjectNode request = Http.example("positive-screen.json");
        request.put("hook", "encounter-start");
        HttpResponse<String> response = call(request.toString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertCards(Http.json(response).path("cards"), expected());
    }

    @Test
    void aNegativeScreenGetsNoCards() throws Exception {
        assertNoCards(call(Http.exampleText("negative-screen.json")));
    }

    @Test
    void withoutThePrefetchTheAnswerIs412AndNothingIsFetched() throws Exception {
        assertProblem(call(Http.exampleText("no-prefetch.json")), 412, "urn:safeplan:problem:prefetch-missing",
                IpvScreen.OBSERVATIONS);
        // Even given a FHIR server and a token, the service never calls it.
        try (ServerSocket fhirServer = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            ObjectNode request = Http.example("no-prefetch.json");
            request.put("fhirServer", "http://127.0.0.1:" + fhirServer.getLocalPort() + "/fhir");
            request.set("fhirAuthorization", Http.JSON.readTree("""
                    {"access_token": "some-opaque-fhir-access-token", "token_type": "Bearer", "expires_in": 300,
                     "scope": "user/Patient.read user/Observation.read", "subject": "cds-service4"}"""));
            assertProblem(call(request.toString()), 412, "urn:safeplan:problem:prefetch-missing", IpvScreen.OBSERVATIONS);
            fhirServer.setSoTimeout(500);
            try {
                fhirServer.accept().close();
                throw new AssertionError("the service connected to the FHIR server");
            } catch (SocketTimeoutException expected) {
                // no connection: nothing was fetched
            }
        }
    }

    @Test
    void prefetchWithNoDataIsNullAndGetsNoCards() throws Exception {
        ObjectNode request = Http.example("positive-screen.json");
        ((ObjectNode) request.path("prefetch")).putNull(IpvScreen.OBSERVATIONS);
        assertNoCards(call(request.toString()));
    }

    @Test
    void anOperationOutcomeWithAnErrorIsMissingPrefetchButAWarningIsNot() throws Exception {
        ObjectNode request = Http.example("positive-screen.json");
        ((ObjectNode) request.path("prefetch")).set(IpvScreen.OBSERVATIONS, Http.JSON.readTree("""
                {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "timeout"}]}"""));
        assertProblem(call(request.toString()), 412, "urn:safeplan:problem:prefetch-missing", "OperationOutcome");
        ((ObjectNode) request.path("prefetch")).set(IpvScreen.OBSERVATIONS, Http.JSON.readTree("""
                {"resourceType": "OperationOutcome", "issue": [{"severity": "warning", "code": "informational"}]}"""));
        assertNoCards(call(request.toString()));
    }

    /** A patient, or a proxy with access to the record (who can be the abuser), never sees the cards. */
    @ParameterizedTest
    @CsvSource({"Patient/1288992", "RelatedPerson/proxy-1"})
    void aPatientOrProxyOpeningTheRecordGetsNoCardsOnAPositiveScreen(String user) throws Exception {
        ObjectNode request = Http.example("positive-screen.json");
        ((ObjectNode) request.path("context")).put("userId", user);
        assertNoCards(call(request.toString()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON                     | {"hook": "patient-view",                                | not valid JSON
            a JSON array                 | []                                                      | must be a JSON object
            a key twice                  | {"hook": "patient-view", "hook": "patient-view"}        | repeats a key
            no hook                      | {"hookInstance": "x", "context": {}}                    | field "hook": is required
            another hook                 | {"hook": "order-sign", "hookInstance": "x", "context": {}} | field "hook": must be one of patient-view, encounter-start
            no hookInstance              | {"hook": "patient-view", "context": {}}                 | field "hookInstance": is required
            no context                   | {"hook": "patient-view", "hookInstance": "x"}           | field "context": is required
            context not an object        | {"hook": "patient-view", "hookInstance": "x", "context": "p"} | field "context": must be an object
            no userId                    | {"hook": "patient-view", "hookInstance": "x", "context": {"patientId": "1"}} | field "context.userId": is required
            userId not a reference       | {"hook": "patient-view", "hookInstance": "x", "context": {"userId": "abc", "patientId": "1"}} | field "context.userId": must be ResourceType/id
            no patientId                 | {"hook": "patient-view", "hookInstance": "x", "context": {"userId": "Practitioner/1"}} | field "context.patientId": is required
            encounter-start without encounterId | {"hook": "encounter-start", "hookInstance": "x", "context": {"userId": "Practitioner/1", "patientId": "1"}} | field "context.encounterId": is required
            a null optional field        | {"hook": "patient-view", "hookInstance": "x", "context": {"userId": "Practitioner/1", "patientId": "1", "encounterId": null}} | field "context.encounterId": must not be null
            authorization without server | {"hook": "patient-view", "hookInstance": "x", "context": {"userId": "Practitioner/1", "patientId": "1"}, "fhirAuthorization": {"access_token": "t", "token_type": "Bearer", "expires_in": 300, "scope": "s", "subject": "c"}} | field "fhirServer": is required when fhirAuthorization is given
            prefetch value not a resource | {"hook": "patient-view", "hookInstance": "x", "context": {"userId": "Practitioner/1", "patientId": "1"}, "prefetch": {"ipvScreen": "yes"}} | field "prefetch.ipvScreen": must be a FHIR resource
            resource without a type      | {"hook": "patient-view", "hookInstance": "x", "context": {"userId": "Practitioner/1", "patientId": "1"}, "prefetch": {"ipvScreen": {"entry": []}}} | field "prefetch.ipvScreen.resourceType": is required
            entry not an array           | {"hook": "patient-view", "hookInstance": "x", "context": {"userId": "Practitioner/1", "patientId": "1"}, "prefetch": {"ipvScreen": {"resourceType": "Bundle", "entry": {}}}} | field "prefetch.ipvScreen.entry": must be an array
            coding not an array          | {"hook": "patient-view", "hookInstance": "x", "context": {"userId": "Practitioner/1", "patientId": "1"}, "prefetch": {"ipvScreen": {"resourceType": "Bundle", "entry": [{"resource": {"resourceType": "Observation", "code": {"coding": "76501-6"}}}]}}} | field "prefetch.ipvScreen.entry[0].resource.code.coding": must be an array
            a date that is not a date    | {"hook": "patient-view", "hookInstance": "x", "context": {"userId": "Practitioner/1", "patientId": "1"}, "prefetch": {"ipvScreen": {"resourceType": "Observation", "effectiveDateTime": "yesterday"}}} | field "prefetch.ipvScreen.effectiveDateTime": must be a FHIR date or dateTime
            """)
    void aMalformedRequestIsRefusedWithA400NamingTheField(String what, String body, String message) throws Exception {
        assertProblem(http.post(Http.SERVICE, body), 400, "urn:safeplan:problem:invalid-cds-hooks-request", message);
    }

    @Test
    void aBodyOverTheLimitOrNotJsonIsRefused() throws Exception {
        String tooLarge = "{\"hook\": \"" + "x".repeat(HookBody.MAX_BYTES) + "\"}";
        assertProblem(http.post(Http.SERVICE, tooLarge), 413, "urn:safeplan:problem:body-too-large", "KiB");
        HttpResponse<String> text = http.post(Http.SERVICE, "text/plain", Http.exampleText("positive-screen.json"));
        assertThat(text.statusCode()).isEqualTo(415);
    }

    @Test
    void feedbackIsCountedPerActionContentVersionAndOutcome() throws Exception {
        JsonNode card = Http.json(call(Http.exampleText("positive-screen.json"))).path("cards").get(0);
        String action = expected().recommendations().get(0).actionId();
        String version = expected().contentVersion();
        double acceptedBefore = count(action, version, "accepted");
        double overriddenBefore = count(action, version, "overridden");

        feedback("""
                {"feedback": [{"card": "%s", "outcome": "accepted",
                  "acceptedSuggestions": [{"id": "e56e1945-20b3-4393-8503-a1a20fd73152"}],
                  "outcomeTimestamp": "2021-12-11T10:05:31Z"}]}""".formatted(card.path("uuid").asString()));
        feedback("""
                {"feedback": [
                  {"card": "%1$s", "outcome": "overridden", "outcomeTimestamp": "2020-12-11T00:00:00Z"},
                  {"card": "%1$s", "outcome": "overridden",
                   "overrideReason": {"reason": {"code": "d7ecf885", "system": "https://example.com/cds-hooks/override-reason-system"},
                                      "userComment": "A comment entered by the clinician."},
                   "outcomeTimestamp": "2020-12-11T00:00:00Z"}]}""".formatted(card.path("uuid").asString()));

        assertThat(count(action, version, "accepted")).isEqualTo(acceptedBefore + 1);
        assertThat(count(action, version, "overridden")).isEqualTo(overriddenBefore + 2);
        JsonNode metric = Http.json(http.get("/actuator/metrics/" + FeedbackCounts.METRIC));
        List<String> tags = new ArrayList<>();
        metric.path("availableTags").forEach(tag -> tags.add(tag.path("tag").asString()));
        assertThat(tags).containsExactlyInAnyOrder("action", "content.version", "outcome");
        assertThat(metric.toString()).doesNotContain(card.path("uuid").asString(), "d7ecf885", "comment");
    }

    @Test
    void feedbackOnACardThisServiceDidNotIssueIsNotCounted() throws Exception {
        double before = count(null, null, null);
        feedback("""
                {"feedback": [{"card": "f6b95768-b1c8-40dc-8385-bf3504b82ffb", "outcome": "overridden",
                  "outcomeTimestamp": "2020-12-11T00:00:00Z"}]}""");
        assertThat(count(null, null, null)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no feedback          | {}                                                                                   | field "feedback": is required
            no card              | {"feedback": [{"outcome": "overridden", "outcomeTimestamp": "2020-12-11T00:00:00Z"}]} | field "feedback[0].card": is required
            card not a uuid      | {"feedback": [{"card": "card-1", "outcome": "overridden", "outcomeTimestamp": "2020-12-11T00:00:00Z"}]} | field "feedback[0].card": must be the uuid of a card
            another outcome      | {"feedback": [{"card": "f6b95768-b1c8-40dc-8385-bf3504b82ffb", "outcome": "ignored", "outcomeTimestamp": "2020-12-11T00:00:00Z"}]} | field "feedback[0].outcome": must be accepted or overridden
            no timestamp         | {"feedback": [{"card": "f6b95768-b1c8-40dc-8385-bf3504b82ffb", "outcome": "overridden"}]} | field "feedback[0].outcomeTimestamp": is required
            timestamp not a time | {"feedback": [{"card": "f6b95768-b1c8-40dc-8385-bf3504b82ffb", "outcome": "overridden", "outcomeTimestamp": "today"}]} | field "feedback[0].outcomeTimestamp": must be an RFC 3339
            reason without code  | {"feedback": [{"card": "f6b95768-b1c8-40dc-8385-bf3504b82ffb", "outcome": "overridden", "overrideReason": {"reason": {"system": "s"}}, "outcomeTimestamp": "2020-12-11T00:00:00Z"}]} | field "feedback[0].overrideReason.reason.code": is required
            """)
    void malformedFeedbackIsRefusedWithA400NamingTheField(String what, String body, String message) throws Exception {
        assertProblem(http.post(Http.FEEDBACK, body), 400, "urn:safeplan:problem:invalid-cds-hooks-request", message);
    }

    private void feedback(String request) throws Exception {
        assertValid(FeedbackRequest, request);
        HttpResponse<String> response = http.post(Http.FEEDBACK, request);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** The feedback counter's count for these tags (null: any), 0 before the first count. */
    private double count(String action, String version, String outcome) throws Exception {
        StringBuilder query = new StringBuilder();
        if (action != null) {
            query.append("?tag=action:").append(action).append("&tag=content.version:").append(version)
                    .append("&tag=outcome:").append(outcome);
        }
        HttpResponse<String> response = http.get("/actuator/metrics/" + FeedbackCounts.METRIC + query);
        if (response.statusCode() == 404) {
            return 0;
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Http.json(response).path("measurements").get(0).path("value").asDouble();
    }
}
