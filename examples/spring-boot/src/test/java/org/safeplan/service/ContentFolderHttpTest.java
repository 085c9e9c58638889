package org.safeplan.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.json.SafePlanJson;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live preview over real HTTP: the service started with {@code safeplan.content} on a temporary
 * copy of the content source folder, which the tests edit as an author would. Which action or rule
 * to edit is taken from the service's own answers, never written here. The service loads each save
 * on its own; the tests wait for {@code GET /v1/content} to report the load (no timing is asserted).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)   // stops the watcher with the class
@ExtendWith(OutputCaptureExtension.class)
class ContentFolderHttpTest {

    static final String KITCHEN = ServiceHttpTest.KITCHEN;
    private static final String LOCKED_IN_WITHOUT_SPEAKING = "{\"country\": \"GB\", \"immediateDanger\": true,"
            + " \"perpetratorOnPremises\": true, \"location\": \"BATHROOM\", \"roomLocksFromInside\": true,"
            + " \"canLeaveSafely\": false, \"canSpeakSafely\": false}";
    private static final String PLANNING_TO_LEAVE = "{\"country\": \"US\", \"planningToLeave\": true,"
            + " \"livesWithPerpetrator\": true, \"immediateDanger\": false, \"childrenPresent\": true}";
    private static final Duration LOAD_WAIT = Duration.ofSeconds(120);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private static Path dir;
    private static EditableContent content;
    private static Path marker;
    private static OpenApiContract contract;

    @DynamicPropertySource
    static void contentFolder(DynamicPropertyRegistry registry) throws IOException {
        dir = Files.createTempDirectory("safeplan-preview-test-");
        content = EditableContent.copyTo(dir.resolve("content"));
        marker = dir.resolve("planted-code-ran");
        registry.add("safeplan.content", () -> content.root().toString());
    }

    @AfterAll
    static void deleteCopy() throws IOException {
        if (dir != null) {
            try (var files = Files.walk(dir)) {
                files.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @LocalServerPort
    int port;

    /** Every test starts from an unedited copy that the service has loaded. */
    @BeforeEach
    void unedited() throws Exception {
        String before = status().path("loadedAt").asString(null);
        if (content.restore()) {
            awaitLoadAfter(before);
        }
        JsonNode state = awaitNotLoading();
        assertThat(state.path("state").asString()).as(state.toString()).isEqualTo("ready");
    }

    // ---- HTTP -------------------------------------------------------------------------------------

    private HttpResponse<String> postJson(String path, String json) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                BodyHandlers.ofString(StandardCharsets.UTF_8));
        contract().check("POST", path, "application/json", json, response);
        return response;
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET().build(), BodyHandlers.ofString(StandardCharsets.UTF_8));
        contract().check("GET", path, null, null, response);
        return response;
    }

    /** Every exchange of these tests is checked against the OpenAPI document the service serves. */
    private synchronized OpenApiContract contract() throws Exception {
        if (contract == null) {
            contract = OpenApiContract.of(port, CLIENT.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/v1/openapi.json")).GET().build(),
                    BodyHandlers.ofString(StandardCharsets.UTF_8)).body());
        }
        return contract;
    }

    /** The answers only a content folder gives, which OpenApiContractTest leaves to these tests, were checked. */
    @AfterAll
    static void theAnswersOnlyAContentFolderGivesMatchTheOpenApiDocument() {
        assertThat(contract).isNotNull();
        assertThat(contract.seen()).contains("POST /v1/compare 200", "POST /v1/compare 400", "POST /v1/compare 413",
                "POST /v1/advice 503", "POST /v1/explain 503", "POST /v1/compare 503");
    }

    private JsonNode status() throws Exception {
        HttpResponse<String> response = get("/v1/content");
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private JsonNode awaitNotLoading() throws Exception {
        long deadline = System.nanoTime() + LOAD_WAIT.toNanos();
        JsonNode state = status();
        while (state.path("state").asString().equals("loading") && System.nanoTime() < deadline) {
            Thread.sleep(50);
            state = status();
        }
        return state;
    }

    /** Waits for the load of a save: a load that ended after {@code before} (the last one seen before saving). */
    private JsonNode awaitLoadAfter(String before) throws Exception {
        long deadline = System.nanoTime() + LOAD_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode state = status();
            String at = state.path("loadedAt").asString(null);
            if (!state.path("state").asString().equals("loading") && at != null && !at.equals(before)) {
                return state;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no load within " + LOAD_WAIT + ": " + status());
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(v -> list.add(v.asString()));
        return list;
    }

    /** The guidance the bundled content gives (this JVM's classpath), to compare against. */
    private static Guidance bundled(String situation) {
        return SafetyAdvisor.create().advise(SafePlanJson.readSituation(situation));
    }

    private JsonNode advice(String situation) throws Exception {
        HttpResponse<String> response = postJson("/v1/advice", situation);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode recommendation(JsonNode guidance, String actionId) {
        for (JsonNode r : guidance.path("recommendations")) {
            if (r.path("actionId").asString().equals(actionId)) {
                return r;
            }
        }
        throw new AssertionError("no " + actionId + " in " + guidance);
    }

    /** The content-invalid problem: 503, the problems as GET /v1/content lists them, nothing of any advice. */
    private static JsonNode contentInvalid(HttpResponse<String> response, List<String> problems) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("SafePlan-Content-Version")).as("no content answered").isEmpty();
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).isEqualTo("urn:safeplan:problem:content-invalid");
        assertThat(problem.path("status").asInt()).isEqualTo(503);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).contains(problems.size() + " problem");
        assertThat(strings(problem.path("problems"))).isEqualTo(problems);
        assertThat(problem.has("recommendations")).isFalse();
        assertThat(response.body()).doesNotContain("\tat ").doesNotContain("\"actionId\"");
        return problem;
    }

    // ---- the tests --------------------------------------------------------------------------------

    @Test
    void theContentStateNamesTheFolderItsVersionAndWhenItWasLoaded() throws Exception {
        JsonNode state = status();

        assertThat(state.path("source").asString()).isEqualTo("folder");
        assertThat(state.path("state").asString()).isEqualTo("ready");
        assertThat(state.path("version").asString()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(state.path("problems").isArray() && state.path("problems").isEmpty()).isTrue();
        assertThat(Instant.parse(state.path("loadedAt").asString())).isBefore(Instant.now().plusSeconds(1));
        assertThat(state.path("loadMillis").asLong()).isPositive();
        HttpResponse<String> advice = postJson("/v1/advice", KITCHEN);
        assertThat(advice.headers().firstValue("SafePlan-Content-Version")).hasValue(state.path("version").asString());
    }

    @Test
    void aSavedTitleIsInTheNextAdviceAndExplanation() throws Exception {
        String actionId = advice(KITCHEN).path("recommendations").get(0).path("actionId").asString();
        String before = status().path("loadedAt").asString();

        content.setTitle(actionId, "Edited in the preview test");
        JsonNode state = awaitLoadAfter(before);

        assertThat(state.path("state").asString()).as(state.toString()).isEqualTo("ready");
        HttpResponse<String> response = postJson("/v1/advice", KITCHEN);
        assertThat(response.headers().firstValue("SafePlan-Content-Version")).hasValue(state.path("version").asString());
        assertThat(recommendation(JSON.readTree(response.body()), actionId).path("title").asString())
                .isEqualTo("Edited in the preview test");
        JsonNode explained = JSON.readTree(postJson("/v1/explain", KITCHEN).body());
        assertThat(recommendation(explained, actionId).path("title").asString()).isEqualTo("Edited in the preview test");
    }

    @Test
    void aChangedConditionChangesTheAdvice() throws Exception {
        // An action only one rule recommends for this situation, and that rule.
        JsonNode single = null;
        for (JsonNode r : JSON.readTree(postJson("/v1/advice?all=true", KITCHEN).body()).path("recommendations")) {
            if (r.path("firedBy").size() == 1) {
                single = r;
                break;
            }
        }
        assertThat(single).as("an action recommended by a single rule").isNotNull();
        String actionId = single.path("actionId").asString();
        String before = status().path("loadedAt").asString();

        content.addCondition(single.path("firedBy").get(0).asString(), "injured == true");   // unknown here
        assertThat(awaitLoadAfter(before).path("state").asString()).isEqualTo("ready");

        JsonNode after = JSON.readTree(postJson("/v1/advice?all=true", KITCHEN).body());
        assertThat(after.path("recommendations").findValuesAsString("actionId")).doesNotContain(actionId);
    }

    @Test
    void compareGivesBothListsAndTheRewordedActionWithBothWordings() throws Exception {
        Guidance bundled = bundled(KITCHEN);
        Recommendation first = bundled.recommendations().get(0);
        String before = status().path("loadedAt").asString();

        content.setTitle(first.actionId(), "Reworded for the comparison test");
        awaitLoadAfter(before);
        HttpResponse<String> response = postJson("/v1/compare", KITCHEN);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode comparison = JSON.readTree(response.body());
        assertThat(comparison.path("bundledVersion").asString()).isEqualTo(bundled.contentVersion());
        assertThat(comparison.path("previewVersion").asString()).isEqualTo(status().path("version").asString());
        assertThat(comparison.path("same").asBoolean()).isFalse();
        assertThat(comparison.path("bundled")).isEqualTo(JSON.readTree(SafePlanJson.writeGuidance(bundled)));
        assertThat(comparison.path("preview")).isEqualTo(JSON.readTree(postJson("/v1/advice", KITCHEN).body()));
        JsonNode reworded = null;
        for (JsonNode r : comparison.path("reworded")) {
            if (r.path("actionId").asString().equals(first.actionId())) {
                reworded = r;
            }
        }
        assertThat(reworded).as(comparison.toString()).isNotNull();
        assertThat(reworded.path("bundled").path("title").asString()).isEqualTo(first.title());
        assertThat(reworded.path("bundled").path("text").asString()).isEqualTo(first.text());
        assertThat(reworded.path("preview").path("title").asString()).isEqualTo("Reworded for the comparison test");
        assertThat(reworded.path("preview").path("text").asString()).isEqualTo(first.text());
        assertThat(comparison.path("added").isEmpty()).as("an edited title adds nothing").isTrue();
        assertThat(comparison.path("removed").isEmpty()).isTrue();
        assertThat(comparison.path("reranked").isEmpty()).isTrue();
        // Options and refusals as for /v1/advice.
        assertThat(JSON.readTree(postJson("/v1/compare?max=1", KITCHEN).body()).path("preview")
                .path("recommendations").size()).isEqualTo(1);
        assertThat(postJson("/v1/compare", "{\"location\": \"KITCHN\"}").statusCode()).isEqualTo(400);
        assertThat(postJson("/v1/compare?max=0", KITCHEN).statusCode()).isEqualTo(400);
    }

    @Test
    void compareShowsAReWordedSummaryWithBothWordingsAndTheCautionsWithTheirs() throws Exception {
        // A situation whose advice has an action with a caution: the summary of that action is edited.
        String situation = null;
        Recommendation first = null;
        for (String candidate : List.of(KITCHEN, LOCKED_IN_WITHOUT_SPEAKING, PLANNING_TO_LEAVE)) {
            for (Recommendation r : bundled(candidate).recommendations()) {
                if (first == null && !r.cautions().isEmpty()) {
                    situation = candidate;
                    first = r;
                }
            }
        }
        assertThat(first).as("an action with a caution in the advice of one of the situations").isNotNull();
        String before = status().path("loadedAt").asString();

        content.setSummary(first.actionId(), "Reworded summary for the comparison test");
        awaitLoadAfter(before);
        JsonNode comparison = JSON.readTree(postJson("/v1/compare", situation).body());

        JsonNode reworded = null;
        for (JsonNode r : comparison.path("reworded")) {
            if (r.path("actionId").asString().equals(first.actionId())) {
                reworded = r;
            }
        }
        assertThat(reworded).as("a changed summary is a re-wording: " + comparison).isNotNull();
        assertThat(reworded.path("bundled").path("summary").asString()).isEqualTo(first.summary());
        assertThat(reworded.path("preview").path("summary").asString()).isEqualTo("Reworded summary for the comparison test");
        assertThat(reworded.path("preview").path("title").asString()).isEqualTo(first.title());
        for (JsonNode side : List.of(reworded.path("bundled"), reworded.path("preview"))) {
            List<String> cautions = new ArrayList<>();
            side.path("cautions").forEach(c -> cautions.add(c.path("text").asString() + " / " + c.path("summary").asString()));
            assertThat(cautions).containsExactlyElementsOf(first.cautions().stream().map(c -> c.text() + " / " + c.summary()).toList());
        }
    }

    @Test
    void aYamlMistakeGivesItsProblemAtFileAndLineAndNeverTheAdviceFromBefore() throws Exception {
        Recommendation first = bundled(KITCHEN).recommendations().get(0);
        String before = status().path("loadedAt").asString();

        // Ask for advice all along, from before the save until after its load.
        List<Integer> answers = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean asking = new AtomicBoolean(true);
        Thread asker = new Thread(() -> {
            while (asking.get()) {
                try {
                    answers.add(postJson("/v1/advice", KITCHEN).statusCode());
                } catch (Exception e) {
                    answers.add(-1);
                }
            }
        });
        asker.start();
        int line;
        JsonNode state;
        try {
            Thread.sleep(200);
            line = content.breakTitle(first.actionId());
            state = awaitLoadAfter(before);
            int seen = answers.size();
            while (answers.size() < seen + 3) {
                Thread.sleep(20);
            }
        } finally {
            asking.set(false);
            asker.join(TimeUnit.SECONDS.toMillis(90));
        }

        assertThat(state.path("state").asString()).as(state.toString()).isEqualTo("invalid");
        assertThat(state.path("version").isNull()).isTrue();
        List<String> problems = strings(state.path("problems"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(content.catalog() + ":" + line + ": "));
        assertThat(problems).allSatisfy(p -> assertThat(p).matches("[^:\\s]+:\\d+: .+"));
        // Advice until the save was seen, then refusals only: once refused, never the old advice again.
        List<Integer> seen = List.copyOf(answers);
        int firstRefusal = seen.indexOf(503);
        assertThat(firstRefusal).as(seen.toString()).isNotNegative();
        assertThat(seen.subList(0, firstRefusal)).containsOnly(200);
        assertThat(seen.subList(firstRefusal, seen.size())).as(seen.toString()).containsOnly(503);
        for (String path : List.of("/v1/advice", "/v1/explain", "/v1/compare")) {
            HttpResponse<String> response = postJson(path, KITCHEN);
            contentInvalid(response, problems);
            assertThat(response.body()).doesNotContain(first.title());
        }
    }

    @Test
    void codePlantedInARuleIsRefusedBeforeItCanRun() throws Exception {
        Recommendation first = bundled(KITCHEN).recommendations().get(0);
        String ruleId = first.firedBy().get(0);
        String rule = content.rule(ruleId).relative();
        assertThat(marker.toString()).doesNotContain("\\").doesNotContain("\"");
        String before = status().path("loadedAt").asString();

        int line = content.plantInThen(ruleId,
                "    System.exit(0);",
                "    java.nio.file.Files.createFile(java.nio.file.Path.of(\"" + marker + "\"));");
        JsonNode state = awaitLoadAfter(before);

        assertThat(state.path("state").asString()).as(state.toString()).isEqualTo("invalid");
        List<String> problems = strings(state.path("problems"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(rule + ":" + line + ": ").contains("System.exit(0);"));
        // The situation that fires the rule: refused, and the planted code never ran (this JVM is the service).
        for (String path : List.of("/v1/advice", "/v1/explain", "/v1/compare")) {
            contentInvalid(postJson(path, KITCHEN), problems);
        }
        assertThat(marker).doesNotExist();
    }

    @Test
    void fixingTheFolderBringsTheAdviceBack() throws Exception {
        Recommendation first = bundled(KITCHEN).recommendations().get(0);
        String before = status().path("loadedAt").asString();
        content.breakTitle(first.actionId());
        JsonNode broken = awaitLoadAfter(before);
        assertThat(broken.path("state").asString()).isEqualTo("invalid");
        contentInvalid(postJson("/v1/advice", KITCHEN), strings(broken.path("problems")));
        contentInvalid(postJson("/v1/explain", KITCHEN), strings(broken.path("problems")));
        contentInvalid(postJson("/v1/compare", KITCHEN), strings(broken.path("problems")));

        assertThat(content.restore()).isTrue();
        JsonNode fixed = awaitLoadAfter(broken.path("loadedAt").asString());

        assertThat(fixed.path("state").asString()).as(fixed.toString()).isEqualTo("ready");
        assertThat(fixed.path("problems").isEmpty()).isTrue();
        assertThat(recommendation(advice(KITCHEN), first.actionId()).path("title").asString()).isEqualTo(first.title());
        JsonNode comparison = JSON.readTree(postJson("/v1/compare", KITCHEN).body());
        assertThat(comparison.path("reworded").findValuesAsString("actionId")).doesNotContain(first.actionId());
    }

    @Test
    void inventoryComesFromTheFolder() throws Exception {
        JsonNode documents = JSON.readTree(get("/v1/inventory").body());

        assertThat(documents.size()).isPositive();
        String inventory = Files.readString(content.root().resolve(content.manifestEntry("inventory")));
        assertThat(inventory).contains(documents.get(0).path("title").asString());
    }

    @Test
    void situationDataNeverReachesTheLogs(CapturedOutput output) throws Exception {
        postJson("/v1/compare", "{\"country\": \"US\", \"zzSecretFieldName\": true}");
        postJson("/v1/compare", "{\"location\": \"ZZSECRETPLACE\"}");
        postJson("/v1/compare?max=zzsecretmax", KITCHEN);
        postJson("/v1/compare", "{\"wantsHelpContacted\": \"ZZSECRETHELP\"}" + " ".repeat(70 * 1024));
        String before = status().path("loadedAt").asString();
        content.breakTitle(bundled(KITCHEN).recommendations().get(0).actionId());
        awaitLoadAfter(before);
        postJson("/v1/advice", "{\"country\": \"zzsecret\"}");
        postJson("/v1/compare", "{\"immediateDanger\": \"zzsecretbool\"}");

        assertThat(output.getAll()).doesNotContainIgnoringCase("zzsecret");
        // Loads are logged without the problems' wording: counts and times only.
        assertThat(output.getAll()).contains("Content folder has ").doesNotContain("a colon inside a value");
    }
}
