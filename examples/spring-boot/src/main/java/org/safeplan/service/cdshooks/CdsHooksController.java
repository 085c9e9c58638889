package org.safeplan.service.cdshooks;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.authoring.GuidanceInventory;
import org.safeplan.service.AdviceController;
import org.safeplan.service.LiveContent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The CDS Hooks 2.0 service {@value #SERVICE_ID}: discovery, the hook call and feedback.
 *
 * <p>A clinician who opens a chart ({@code patient-view}) or starts an encounter ({@code encounter-start})
 * with a positive intimate-partner-violence screen in the prefetch gets the practitioner's advice as
 * cards, most urgent first, at most {@code safeplan.cds-hooks.max-cards}. The situation is the clinic's
 * (country, region from configuration) and the practitioner audience; nothing else of the patient is
 * read. Request bodies are read once, answered and dropped: nothing is logged or kept.
 */
@RestController
@RequestMapping("/cds-services")
public class CdsHooksController {

    /** The service's id: {@code POST /cds-services/safeplan-ipv}. */
    static final String SERVICE_ID = "safeplan-ipv";

    private static final byte[] NO_CARDS = CdsHooksJson.write(new CdsHooksJson.Cards(List.of()));

    private final LiveContent content;
    private final Clinic clinic;
    private final IpvScreen screen;
    private final String inventoryUrl;
    private final CardIds cardIds = new CardIds();
    private final FeedbackCounts feedback;
    private final byte[] discovery;

    /**
     * The service as configured ({@code safeplan.cds-hooks.*}), answering with {@code content}.
     *
     * @throws IllegalArgumentException naming the property, if the configuration cannot be used (the
     *     service then does not start)
     */
    public CdsHooksController(LiveContent content, CdsHooksProperties properties, MeterRegistry registry) {
        this.content = content;
        this.clinic = Clinic.of(properties, content.advisor().languages());
        this.screen = IpvScreen.of(properties.screen(), Clock.systemUTC());
        this.inventoryUrl = properties.inventoryUrl();
        this.feedback = new FeedbackCounts(registry);
        this.discovery = CdsHooksJson.write(new CdsHooksJson.Discovery(HookRequest.HOOKS.stream()
                .map(hook -> new CdsHooksJson.Service(hook, "SafePlan: after a positive intimate-partner-violence screen",
                        "Safety steps for the clinician when the patient's intimate-partner-violence screen is positive,"
                                + " from published domestic-violence guidance, each citing its sources."
                                + " No cards for a negative or missing screen, or for a patient or proxy user.",
                        SERVICE_ID, screen.prefetchTemplates(),
                        "Needs its prefetch: the service never calls the FHIR server, and answers 412 without it."
                                + " It writes nothing to the chart and keeps nothing of a request."))
                .toList()));
    }

    /**
     * Discovery: {@value #SERVICE_ID} on {@code patient-view} and on {@code encounter-start}, one entry
     * per hook with the same id, as the specification allows, so that a client replaces the cards of
     * one hook with those of the next (its "update stale guidance").
     */
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> discovery() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(discovery);
    }

    /**
     * A hook call: cards when the prefetch holds a positive screen and the user is a clinician;
     * {@code {"cards": []}} otherwise. 400 for a request that does not follow the specification, 412
     * when prefetch the answer depends on is missing (the service does not fetch it), 413 over 512 KiB.
     */
    @PostMapping(path = "/" + SERVICE_ID, consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> call(HttpServletRequest request) throws IOException {
        HookRequest hook = HookRequest.read(HookBody.read(request.getInputStream(), request.getContentLengthLong()));
        IpvScreen.Reading reading = screen.read(hook.prefetch());
        if (!hook.clinicianUser()) {
            return json(null, NO_CARDS);
        }
        if (!reading.positive() && !reading.missing().isEmpty()) {
            throw HookProblem.prefetchMissing("The request has no usable prefetch " + String.join(" and ",
                    reading.missing()) + " (left out, or an OperationOutcome with an error). This service makes"
                    + " no calls to the FHIR server, so it cannot fetch it: have the client send the prefetch"
                    + " that GET /cds-services lists.");
        }
        if (!reading.positive()) {
            return json(null, NO_CARDS);
        }
        Guidance guidance = content.ready().advise(clinic.situation(), clinic.options());
        String inventory = inventoryUrl.isBlank()
                ? ServletUriComponentsBuilder.fromContextPath(request).path("/v1/inventory").toUriString() : inventoryUrl;
        Map<String, String> documents = documentTitles(content.inventory());
        List<CdsHooksJson.Card> cards = guidance.recommendations().stream()
                .map(r -> card(r, guidance.contentVersion(), documents, inventory)).toList();
        return json(guidance.contentVersion(), CdsHooksJson.write(new CdsHooksJson.Cards(cards)));
    }

    /**
     * Feedback: each item's outcome is counted for the action and content version its card showed
     * ({@link FeedbackCounts}); items on cards this service did not issue are dropped. 400 for a
     * request that does not follow the specification.
     */
    @PostMapping(path = "/" + SERVICE_ID + "/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Void> feedback(HttpServletRequest request) throws IOException {
        List<Feedback> items = Feedback.read(HookBody.read(request.getInputStream(), request.getContentLengthLong()));
        for (int i = 0; i < items.size(); i++) {
            Feedback item = items.get(i);
            try {
                cardIds.shown(item.card()).ifPresent(card -> feedback.count(card, item.outcome()));
            } catch (IllegalArgumentException e) {
                throw HookProblem.field(Fields.path(Fields.at("feedback", i), "card"), "must be the uuid of a card");
            }
        }
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    private CdsHooksJson.Card card(Recommendation r, String contentVersion, Map<String, String> documents,
                                   String inventory) {
        return new CdsHooksJson.Card(cardIds.issue(contentVersion, r.actionId()), CardText.summary(r),
                CardText.detail(r, documents), indicator(r),
                new CdsHooksJson.Source("SafePlan Rules " + contentVersion,
                        inventory + "#" + CardText.sources(r).get(0)));
    }

    /** {@code critical} for what to do in the next minutes, {@code warning} for today, else {@code info}. */
    static String indicator(Recommendation r) {
        return switch (r.urgency()) {
            case IMMEDIATE -> "critical";
            case URGENT -> "warning";
            case PLANNING, INFORMATION -> "info";
        };
    }

    private static Map<String, String> documentTitles(GuidanceInventory inventory) {
        Map<String, String> titles = new HashMap<>();
        inventory.documents().forEach(d -> d.items().forEach(item -> titles.put(item.id(), d.title())));
        return titles;
    }

    /** An answer about a patient: never cached; with the content version that answered, if any. */
    private static ResponseEntity<byte[]> json(String contentVersion, byte[] body) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (contentVersion != null) {
            answer.header(AdviceController.CONTENT_VERSION_HEADER, contentVersion);
        }
        return answer.body(body);
    }
}
