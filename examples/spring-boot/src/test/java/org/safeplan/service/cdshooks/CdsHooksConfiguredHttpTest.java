package org.safeplan.service.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeplan.service.cdshooks.CdsHooksSchema.Document.DiscoveryResponse;
import static org.safeplan.service.cdshooks.CdsHooksSchema.Document.HookRequest;
import static org.safeplan.service.cdshooks.CdsHooksSchema.Document.HookResponse;
import static org.safeplan.service.cdshooks.CdsHooksSchema.assertValid;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.Audience;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The service configured for a clinic in England that screens with a questionnaire and shows two
 * cards: the place reaches the advice, the cap holds, and a QuestionnaireResponse is read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "safeplan.cds-hooks.country=GB", "safeplan.cds-hooks.region=GB-ENG", "safeplan.cds-hooks.max-cards=2",
        "safeplan.cds-hooks.screen.questionnaires=" + CdsHooksConfiguredHttpTest.HARK,
        "safeplan.cds-hooks.inventory-url=https://guidance.example.org/inventory"})
class CdsHooksConfiguredHttpTest {

    static final String HARK = "http://example.org/fhir/Questionnaire/hark";

    /** A HARK QuestionnaireResponse, items as LOINC forms write them (the US Behavioral Health Profiles example's shape). */
    private static final String RESPONSE = """
            {"resourceType": "QuestionnaireResponse", "status": "completed", "questionnaire": "%s|1.0",
             "authored": "2026-11-30", "item": [
               {"linkId": "/76499-3", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA32-8"}}]},
               {"linkId": "/76501-6", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "%s"}}]},
               {"linkId": "/76504-0", "answer": [{"valueInteger": 1}]}]}""";

    @LocalServerPort
    int port;

    @Autowired
    SafetyAdvisor advisor;

    private Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private static String request(String observations, String responses) throws Exception {
        ObjectNode request = Http.example("negative-screen.json");
        ObjectNode prefetch = request.putObject("prefetch");
        if (observations != null) {
            prefetch.set(IpvScreen.OBSERVATIONS, Http.JSON.readTree(observations));
        }
        if (responses != null) {
            prefetch.set(IpvScreen.RESPONSES, Http.JSON.readTree(responses));
        }
        return request.toString();
    }

    private HttpResponse<String> call(String request) throws Exception {
        assertValid(HookRequest, request);
        HttpResponse<String> response = http.post(Http.SERVICE, request);
        if (response.statusCode() == 200) {
            assertValid(HookResponse, response.body());
        }
        return response;
    }

    @Test
    void discoveryAsksForTheQuestionnaireResponsesToo() throws Exception {
        HttpResponse<String> response = http.get("/cds-services");
        assertValid(DiscoveryResponse, response.body());
        JsonNode prefetch = Http.json(response).path("services").get(0).path("prefetch");
        assertThat(prefetch.propertyNames()).containsExactly(IpvScreen.OBSERVATIONS, IpvScreen.RESPONSES);
        assertThat(prefetch.path(IpvScreen.RESPONSES).asString())
                .isEqualTo("QuestionnaireResponse?patient={{context.patientId}}&questionnaire=" + HARK);
    }

    @Test
    void aPositiveQuestionnaireGetsTheClinicsAdviceCutToTheCap() throws Exception {
        HttpResponse<String> response = call(request("null", RESPONSE.formatted(HARK, "LA33-6")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Situation england = Situation.builder().audience(Audience.PRACTITIONER).country("GB").region("GB-ENG").build();
        List<Recommendation> expected = advisor.advise(england, AdviceOptions.complete()).recommendations();
        JsonNode cards = Http.json(response).path("cards");
        assertThat(cards.size()).isEqualTo(Math.min(2, expected.size()));
        List<String> summaries = new ArrayList<>();
        cards.forEach(card -> summaries.add(card.path("summary").asString()));
        assertThat(summaries).isEqualTo(expected.subList(0, cards.size()).stream().map(CardText::summary).toList());
        assertThat(cards.get(0).path("source").path("url").asString())
                .isEqualTo("https://guidance.example.org/inventory#" + expected.get(0).sources().get(0));
    }

    @Test
    void aNegativeQuestionnaireOrAnotherOneGetsNoCards() throws Exception {
        assertThat(Http.json(call(request("null", RESPONSE.formatted(HARK, "LA32-8")))).path("cards").isEmpty()).isTrue();
        String other = RESPONSE.formatted("http://example.org/fhir/Questionnaire/phq-9", "LA33-6");
        assertThat(Http.json(call(request("null", other))).path("cards").isEmpty()).isTrue();
    }

    @Test
    void missingQuestionnairePrefetchIs412UnlessTheObservationsAreAlreadyPositive() throws Exception {
        String negative = Http.example("negative-screen.json").path("prefetch").path(IpvScreen.OBSERVATIONS).toString();
        HttpResponse<String> missing = call(request(negative, null));
        assertThat(missing.statusCode()).isEqualTo(412);
        assertThat(Http.json(missing).path("detail").asString()).contains(IpvScreen.RESPONSES)
                .doesNotContain(IpvScreen.OBSERVATIONS + " ");
        String positive = Http.example("positive-screen.json").path("prefetch").path(IpvScreen.OBSERVATIONS).toString();
        assertThat(Http.json(call(request(positive, null))).path("cards").size()).isEqualTo(2);
    }
}
