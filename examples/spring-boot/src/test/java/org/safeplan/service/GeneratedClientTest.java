package org.safeplan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.safeplan.client.ApiClient;
import org.safeplan.client.ApiException;
import org.safeplan.client.api.AdviceApi;
import org.safeplan.client.api.ContentApi;
import org.safeplan.client.model.Guidance;
import org.safeplan.client.model.GuidanceRecommendationsInner;
import org.safeplan.client.model.Situation.LocationEnum;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.Location;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An HTTP partner's client, generated at build time from the OpenAPI document by openapi-generator
 * (see the pom), talking to the running service: what it reads must be what the library advises.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GeneratedClientTest {

    @LocalServerPort
    int port;

    @Autowired
    SafetyAdvisor advisor;

    private ApiClient client;

    @BeforeEach
    void client() {
        client = new ApiClient().setScheme("http").setHost("127.0.0.1").setPort(port);
    }

    @Test
    void adviceThroughTheGeneratedClientIsTheLibrarysAdvice() throws Exception {
        Guidance guidance = new AdviceApi(client).advise(new org.safeplan.client.model.Situation()
                .country("US").immediateDanger(true).perpetratorOnPremises(true).location(LocationEnum.KITCHEN),
                null, null, null);

        List<Recommendation> expected = advisor.advise(Situation.builder().country("US").immediateDanger(true)
                .perpetratorOnPremises(true).location(Location.KITCHEN).build(), AdviceOptions.defaults())
                .recommendations();
        assertThat(guidance.getContentVersion()).isEqualTo(advisor.contentVersion());
        assertThat(guidance.getRecommendations()).extracting(GuidanceRecommendationsInner::getActionId)
                .containsExactlyElementsOf(expected.stream().map(Recommendation::actionId).toList());
        assertThat(guidance.getRecommendations()).extracting(GuidanceRecommendationsInner::getText)
                .containsExactlyElementsOf(expected.stream().map(Recommendation::text).toList());
        assertThat(guidance.getRecommendations()).extracting(r -> r.getUrgency().getValue())
                .containsExactlyElementsOf(expected.stream().map(r -> r.urgency().name()).toList());
    }

    @Test
    void theClientAsksForALanguageAndReadsWhichItGot() throws Exception {
        Guidance guidance = new AdviceApi(client).advise(new org.safeplan.client.model.Situation().country("US")
                .immediateDanger(true), null, null, "es-MX, es;q=0.9");
        AdviceOptions spanish = AdviceOptions.builder().language("es-MX").build();
        Guidance.TranslationEnum expected = Guidance.TranslationEnum.fromValue(
                advisor.advise(Situation.builder().country("US").immediateDanger(true).build(), spanish).translation().name());
        assertThat(guidance.getLanguage()).isEqualTo("es");
        assertThat(guidance.getTranslation()).isEqualTo(expected);
        assertThat(guidance.getRecommendations()).extracting(GuidanceRecommendationsInner::getSummary)
                .containsExactlyElementsOf(advisor.advise(Situation.builder().country("US").immediateDanger(true)
                        .build(), spanish).recommendations().stream().map(Recommendation::summary).toList());
    }

    @Test
    void aBadSituationIsAProblemTheClientCanRead() {
        ApiException e = catchThrowableOfType(ApiException.class, () -> new AdviceApi(client)
                .advise(new org.safeplan.client.model.Situation().country("Narnia"), null, null, null));

        assertThat(e.getCode()).isEqualTo(400);
        assertThat(e.getResponseBody()).contains("country").contains("Narnia");
    }

    @Test
    void explainCompareAndContentAnswerThroughTheClient() throws Exception {
        var situation = new org.safeplan.client.model.Situation().country("GB").immediateDanger(true);

        assertThat(new AdviceApi(client).explain(situation, null).getRecommendations()).isNotEmpty();
        // Without a content folder there is nothing to compare with: a problem the client reads as such.
        ApiException compare = catchThrowableOfType(ApiException.class,
                () -> new ContentApi(client).compare(situation, true, null, null));
        assertThat(compare.getCode()).isEqualTo(404);
        assertThat(compare.getResponseBody()).contains("urn:safeplan:problem:no-content-folder");
        assertThat(new ContentApi(client).content().getVersion()).isEqualTo(advisor.contentVersion());
        assertThat(new ContentApi(client).inventory()).isNotEmpty();
    }
}
