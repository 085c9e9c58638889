package org.safeplan.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.internal.catalog.JurisdictionPack;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code --safeplan.jurisdictions=FILE}: a partner's pack added to the service's content without a
 * build; its country is in {@code GET /v1/content}'s countries (the playground's country list) and
 * gets its own numbers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "safeplan.jurisdictions=" + PartnerPackHttpTest.PACK)
class PartnerPackHttpTest {

    static final String PACK = "../jurisdictions/IE.yaml";

    @LocalServerPort
    int port;

    @Autowired
    SafetyAdvisor advisor;

    private static JurisdictionPack pack() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(PACK))) {
            return JurisdictionPack.read(PACK, in);
        }
    }

    private JsonNode send(HttpRequest.Builder request) throws Exception {
        var response = ServiceHttpTest.CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ServiceHttpTest.JSON.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Test
    void theContentListsThePacksCountriesThePartnersIncluded() throws Exception {
        JsonNode content = send(HttpRequest.newBuilder(uri("/v1/content")).GET());
        List<String> countries = new ArrayList<>();
        content.get("countries").forEach(c -> countries.add(c.asString()));
        assertThat(countries).containsExactlyElementsOf(advisor.countries()).contains(pack().country());
    }

    @Test
    void thePartnersCountryGetsItsOwnNumber() throws Exception {
        JurisdictionPack pack = pack();
        JsonNode guidance = send(HttpRequest.newBuilder(uri("/v1/advice"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"country\": \"" + pack.country() + "\", \"immediateDanger\": true}")));
        assertThat(guidance.toString()).containsPattern("(?<![\\d-])" + pack.emergencyNumbers().get(0).number() + "(?![\\d-])");
    }
}
