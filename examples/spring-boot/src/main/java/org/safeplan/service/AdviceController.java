package org.safeplan.service;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.Explanation;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.Languages;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.safeplan.rules.authoring.GuidanceInventory;
import org.safeplan.rules.json.SafePlanJson;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTTP API. Situation documents are read from the raw body by
 * {@link SafePlanJson#readSituation(String)}, so the library's strict checks and messages apply;
 * answers are written by {@link SafePlanJson}. Nothing here logs or keeps a situation.
 *
 * <p>Advice comes only from content that may answer ({@link LiveContent#ready()}): while a previewed
 * content folder is loading, a request waits for it; while it has problems, the request gets them
 * (503), never the advice of the content from before.
 */
@RestController
@RequestMapping("/v1")
public class AdviceController {

    /** The content version that answered, on every {@code /v1} response. */
    public static final String CONTENT_VERSION_HEADER = "SafePlan-Content-Version";

    private final LiveContent content;

    public AdviceController(LiveContent content) {
        this.content = content;
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
                                         @RequestParam(name = "all", required = false) String all,
                                         @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                         String acceptLanguage) throws IOException {
        AdviceOptions.Builder options = options(max, all);
        String body = body(request);
        SafetyAdvisor advisor = content.ready();
        Guidance guidance = advisor.advise(SafePlanJson.readSituation(body), language(options, acceptLanguage, advisor));
        return json(guidance, SafePlanJson.writeGuidance(guidance));
    }

    /**
     * The advice with its reasons: for each recommendation the rules that fired and the facts they
     * matched ({@code because}) and the single-field changes that would remove or re-rank it
     * ({@code whatWouldChange}); {@code wouldAdd} lists changes that would bring in other actions.
     * About a hundred evaluations: for previews such as the playground, not for every call.
     */
    @PostMapping(path = "/explain", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> explain(HttpServletRequest request,
                                          @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                          String acceptLanguage) throws IOException {
        String body = body(request);
        SafetyAdvisor advisor = content.ready();
        Explanation explanation = advisor.explain(SafePlanJson.readSituation(body),
                language(AdviceOptions.builder(), acceptLanguage, advisor));
        return json(explanation.guidance(), SafePlanJson.writeExplanation(explanation, false));
    }

    /**
     * What the bundled content and the previewed content folder advise for one situation, and what
     * differs (see {@link Comparison}). Options as for {@code /v1/advice}. Only with a content folder:
     * 404 without one.
     */
    @PostMapping(path = "/compare", consumes = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Comparison> compare(HttpServletRequest request,
                                              @RequestParam(name = "max", required = false) Integer max,
                                              @RequestParam(name = "all", required = false) String all,
                                              @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                              String acceptLanguage) throws IOException {
        SafetyAdvisor bundled = content.bundledBaseline().orElseThrow(NoContentFolderException::new);
        AdviceOptions.Builder options = options(max, all);
        String body = body(request);
        SafetyAdvisor preview = content.ready();
        Situation situation = SafePlanJson.readSituation(body);
        Guidance previewed = preview.advise(situation, language(options, acceptLanguage, preview));
        Comparison comparison = Comparison.of(bundled.advise(situation, language(options, acceptLanguage, bundled)),
                previewed);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(CONTENT_VERSION_HEADER, comparison.previewVersion())
                .header(HttpHeaders.CONTENT_LANGUAGE, previewed.language())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(comparison);
    }

    /**
     * Where the content comes from ({@code bundled} or {@code folder}), its version, whether it answers
     * ({@code ready}, {@code invalid} with its {@code problems}, {@code loading}) and when it was last loaded.
     */
    @GetMapping("/content")
    public LiveContent.Status content() {
        return content.status();
    }

    /** The guidance inventory: each source document and its items, to show what a source id stands for. */
    @GetMapping("/inventory")
    public List<GuidanceInventory.Document> inventory() {
        return content.inventory().documents();
    }

    /**
     * The JSON Schema of the situation document: every field with its type, allowed values, description
     * and question, and what a form needs to ask for it (the playground builds its form from it).
     */
    @GetMapping(path = "/situation-schema", produces = "application/schema+json")
    public ResponseEntity<byte[]> situationSchema() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/schema+json"))
                .body(SafePlanJson.situationSchema().getBytes(StandardCharsets.UTF_8));
    }

    /** The body, read (up to the limit) before anything else, so the connection stays usable whatever the answer. */
    private static String body(HttpServletRequest request) throws IOException {
        return SituationBody.read(request.getInputStream(), request.getContentLengthLong());
    }

    /**
     * The options in the language the client prefers, negotiated with {@link Languages#negotiate}
     * against what the content offers ({@code es-419}, {@code es-MX} get {@code es}). When nothing on
     * offer matches, the client's first choice is asked for all the same, so that the answer, in
     * English, says that it was not offered ({@code languageFallback}).
     */
    static AdviceOptions language(AdviceOptions.Builder options, String acceptLanguage, SafetyAdvisor advisor) {
        Optional<String> tag = Languages.negotiate(acceptLanguage, advisor.languages())
                .or(() -> Languages.preferred(acceptLanguage));
        try {
            tag.ifPresent(options::language);
        } catch (IllegalArgumentException e) {
            // A range that is no language tag (such as "i-default"): a preference, not an error.
        }
        return options.build();
    }

    private static AdviceOptions.Builder options(Integer max, String all) {
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
        return options;
    }

    /** The guidance's JSON, naming the content version and the language it is in. */
    private static ResponseEntity<byte[]> json(Guidance guidance, String body) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(CONTENT_VERSION_HEADER, guidance.contentVersion())
                .header(HttpHeaders.CONTENT_LANGUAGE, guidance.language())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .body(body.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code /v1/compare} without a content folder: nothing to compare; answered with 404. */
    static final class NoContentFolderException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NoContentFolderException() {
            super("There is no content folder to compare with the bundled content: start the service with"
                    + " --safeplan.content=DIR (e.g. rules-content/src/main/resources).", null, false, false);
        }
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
