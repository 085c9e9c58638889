package org.safeplan.service.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.ObjectNode;

/**
 * Nothing of a CDS Hooks request reaches the logs, even with Spring's web layer, Tomcat's container and
 * the service logging everything they can (TRACE), and no problem detail quotes a value of the request: every
 * identifier, the screen, the token and the clinician's comment carry a marker that must not appear.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class CdsHooksPrivacyTest {

    private static final String MARK = "zzsecret";
    /**
     * Whatever logs on a request's way: Spring's web layer and HTTP codecs, Tomcat's container, Micrometer,
     * the actuator, the service. Not Tomcat's connector (org.apache.coyote, org.apache.tomcat.util.net):
     * at DEBUG it prints the bytes it receives, for any application (README.md says to leave it off).
     */
    private static final List<String> LOGGERS = List.of("org.springframework.web", "org.springframework.http",
            "org.apache.catalina", "io.micrometer", "org.springframework.boot.actuate", "org.safeplan");

    @LocalServerPort
    int port;

    private final LoggingSystem logging = LoggingSystem.get(CdsHooksPrivacyTest.class.getClassLoader());
    private final Map<String, LogLevel> before = new HashMap<>();

    /** For this test only: the levels are the shared logging system's, and other tests' contexts share it. */
    @BeforeEach
    void logEverything() {
        for (String logger : LOGGERS) {
            LoggerConfiguration configuration = logging.getLoggerConfiguration(logger);
            before.put(logger, configuration == null ? null : configuration.getConfiguredLevel());
            logging.setLogLevel(logger, LogLevel.TRACE);
        }
    }

    @AfterEach
    void logAsBefore() {
        before.forEach(logging::setLogLevel);
    }

    /** The positive example, every identifier and value of it marked. */
    private static ObjectNode marked(String example) throws Exception {
        ObjectNode request = Http.example(example);
        request.put("hookInstance", MARK + "-hook-instance");
        request.put("fhirServer", "https://" + MARK + ".example.org/fhir");
        request.set("fhirAuthorization", Http.JSON.readTree("""
                {"access_token": "%1$s-token", "token_type": "Bearer", "expires_in": 300, "scope": "%1$s-scope",
                 "subject": "%1$s-subject", "patient": "%1$s-patient"}""".formatted(MARK)));
        ObjectNode context = (ObjectNode) request.path("context");
        context.put("userId", "Practitioner/" + MARK + "-user");
        context.put("patientId", MARK + "-patient");
        context.put("encounterId", MARK + "-encounter");
        ObjectNode observation = (ObjectNode) request.path("prefetch").path(IpvScreen.OBSERVATIONS)
                .path("entry").get(0).path("resource");
        observation.put("id", MARK + "-observation");
        observation.putObject("subject").put("reference", "Patient/" + MARK + "-patient");
        return request;
    }

    @Test
    void noPartOfARequestIsLoggedOrQuotedBack(CapturedOutput output) throws Exception {
        Http http = new Http(port);
        List<HttpResponse<String>> responses = new ArrayList<>();
        ObjectNode positive = marked("positive-screen.json");
        HttpResponse<String> cards = http.post(Http.SERVICE, positive.toString());
        assertThat(cards.statusCode()).isEqualTo(200);
        responses.add(http.post(Http.SERVICE, marked("negative-screen.json").toString()));
        ObjectNode noPrefetch = marked("positive-screen.json");
        noPrefetch.remove("prefetch");
        responses.add(http.post(Http.SERVICE, noPrefetch.toString()));
        responses.add(http.post(Http.SERVICE, positive.toString().replace("\"patient-view\"", "\"" + MARK + "-hook\"")));
        responses.add(http.post(Http.SERVICE, positive.toString().replace("2026-11-30T10:05:31Z", MARK + "-date")));
        responses.add(http.post(Http.SERVICE, "{\"hook\": \"" + MARK + "-broken"));
        String card = Http.json(cards).path("cards").get(0).path("uuid").asString();
        responses.add(http.post(Http.FEEDBACK, """
                {"feedback": [{"card": "%1$s", "outcome": "overridden",
                  "overrideReason": {"reason": {"code": "%2$s-code", "system": "https://%2$s.example.org"},
                                     "userComment": "%2$s comment by the clinician"},
                  "outcomeTimestamp": "2020-12-11T00:00:00Z"}]}""".formatted(card, MARK)));
        responses.add(http.post(Http.FEEDBACK, "{\"feedback\": [{\"card\": \"" + MARK + "-card\"}]}"));
        responses.add(http.get("/actuator/metrics/" + FeedbackCounts.METRIC));

        assertThat(responses).extracting(HttpResponse::statusCode).containsExactly(200, 412, 400, 400, 400, 200, 400, 200);
        responses.forEach(response -> assertThat(response.body()).doesNotContainIgnoringCase(MARK));
        assertThat(output.getAll()).as("the logs at TRACE").contains("/cds-services/safeplan-ipv\", parameters=")
                .doesNotContainIgnoringCase(MARK).doesNotContain(card);
    }
}
