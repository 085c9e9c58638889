package org.safeplan.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.internal.explain.SituationField;
import org.safeplan.rules.json.SafePlanJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The playground's form is built from the situation's schema, and the page loads nothing from elsewhere. */
class PlaygroundFormTest {

    private static String page() throws IOException {
        try (InputStream in = PlaygroundFormTest.class.getResourceAsStream("/static/index.html")) {
            assertThat(in).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /**
     * The page has no hand-written question: playground.js builds one control per field from the
     * served schema (GET /v1/situation-schema), whose every field says its group and question
     * (PlaygroundBrowserIT checks the built form in a browser).
     */
    @Test
    void theFormIsBuiltFromTheSchemaWhichGivesEveryFieldAQuestionInAGroup() throws IOException {
        String page = page();
        assertThat(page).contains("<div id=\"situation-fields\"></div>").doesNotContain("<select", "type=\"radio\"");
        JsonNode schema = JsonMapper.builder().build().readTree(SafePlanJson.situationSchema());
        List<String> groups = new ArrayList<>();
        schema.path("x-groups").forEach(g -> groups.add(g.path("name").asString()));
        for (SituationField f : SituationField.all()) {
            JsonNode p = schema.path("properties").path(f.name());
            assertThat(p.path("title").asString()).as(f.name()).isEqualTo(f.question());
            assertThat(groups).as(f.name()).contains(p.path("x-group").asString());
            for (String value : f.allowedValues()) {
                assertThat(p.path("x-labels").path(value).asString()).as(f.name() + " " + value).isNotBlank();
            }
        }
    }

    @Test
    void thePageLoadsNothingFromElsewhere() throws IOException {
        String page = page();
        assertThat(page).doesNotContain("http://", "https://", "//cdn", "@import");
        try (InputStream js = getClass().getResourceAsStream("/static/playground.js");
             InputStream css = getClass().getResourceAsStream("/static/playground.css")) {
            String script = new String(js.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(script).doesNotContain("http://", "https://", "localStorage", "sessionStorage",
                    "indexedDB", "document.cookie", "sendBeacon");
            assertThat(new String(css.readAllBytes(), StandardCharsets.UTF_8)).doesNotContain("url(", "@import",
                    "@font-face");
        }
    }
}
