package org.safeplan.service;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.Explanation;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.safeplan.rules.json.SafePlanJson;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP API. Situation documents are read from the raw body by
 * {@link SafePlanJson#readSituation(String)}, so the library's strict checks and messages apply;
 * answers are written by {@link SafePlanJson}. Nothing here logs or keeps a situation.
 */
@RestController
@RequestMapping("/v1")
public class AdviceController {

    /** The content version that answered, on every {@code /v1} response. */
    public static final String CONTENT_VERSION_HEADER = "SafePlan-Content-Version";

    private final SafetyAdvisor advisor;
    private final GuidanceInventory inventory;

    public AdviceController(SafetyAdvisor advisor, GuidanceInventory inventory) {
        this.advisor = advisor;
        this.inventory = inventory;
    }

    /**
     * The recommendations for a situation, most urgent first.
     *
     * @param max optional cap: the first {@code max} recommendations, whatever their urgency
     * @param all {@code true} for the complete list instead of a survivor's load budget
     */
    @PostMapping(path = "/advice", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> advice(HttpServletRequest request,
                                         @RequestParam(name = "max", required = false) Integer max,
                                         @RequestParam(name = "all", required = false) String all) throws IOException {
        AdviceOptions options = options(max, all);
        Situation situation = SafePlanJson.readSituation(SituationBody.read(request.getInputStream(),
                request.getContentLengthLong()));
        Guidance guidance = advisor.advise(situation, options);
        return json(guidance.contentVersion(), SafePlanJson.writeGuidance(guidance));
    }

    /**
     * The advice with its reasons: for each recommendation the rules that fired and the facts they
     * matched ({@code because}) and the single-field changes that would remove or re-rank it
     * ({@code whatWouldChange}); {@code wouldAdd} lists changes that would bring in other actions.
     * About a hundred evaluations: for previews such as the playground, not for every call.
     */
    @PostMapping(path = "/explain", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> explain(HttpServletRequest request) throws IOException {
        Situation situation = SafePlanJson.readSituation(SituationBody.read(request.getInputStream(),
                request.getContentLengthLong()));
        Explanation explanation = advisor.explain(situation);
        return json(explanation.guidance().contentVersion(), SafePlanJson.writeExplanation(explanation, false));
    }

    /** The guidance inventory: each source document and its items, to show what a source id stands for. */
    @GetMapping("/inventory")
    public List<GuidanceInventory.Document> inventory() {
        return inventory.documents();
    }

    private static AdviceOptions options(Integer max, String all) {
        AdviceOptions.Builder options = AdviceOptions.builder();
        if (all != null && !all.equals("false")) {
            if (!all.equals("true")) {
                throw new InvalidParameterException("all", "all must be true or false, was \"" + all + "\".");
            }
            options.completeList();
        }
        if (max != null) {
            if (max < 1) {
                throw new InvalidParameterException("max", "max must be a whole number of 1 or more, was " + max + ".");
            }
            options.maxRecommendations(max);
        }
        return options.build();
    }

    private static ResponseEntity<byte[]> json(String contentVersion, String body) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(CONTENT_VERSION_HEADER, contentVersion)
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    /** A query parameter with a value outside what it accepts; answered with 400. */
    static final class InvalidParameterException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String parameter;

        InvalidParameterException(String parameter, String message) {
            super(message);
            this.parameter = parameter;
        }

        String parameter() {
            return parameter;
        }
    }
}
