package org.safeplan.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.safeplan.rules.authoring.Scenario;
import org.safeplan.rules.authoring.ScenarioFile;
import org.safeplan.rules.json.SafePlanJson;

/** The published JSON Schemas describe the documents the library really reads and writes. */
class JsonSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema situationSchema;
    private static JsonSchema guidanceSchema;
    private static SafetyAdvisor advisor;

    @BeforeAll
    static void load() throws Exception {
        situationSchema = schema("situation.schema.json");
        guidanceSchema = schema("guidance.schema.json");
        advisor = SafetyAdvisor.create();
    }

    private static JsonSchema schema(String name) throws Exception {
        try (InputStream in = SafetyAdvisor.class.getResourceAsStream("/org/safeplan/rules/schema/" + name)) {
            assertThat(in).as(name + " is published in rules-core").isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static Set<ValidationMessage> check(JsonSchema schema, String json) throws Exception {
        return schema.validate(JSON.readTree(json));
    }

    @Test
    void bundledExampleSituationsMatchTheSchemaAndAreAccepted() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("../examples/situations"))) {
            var all = files.filter(f -> f.toString().endsWith(".json")).toList();
            assertThat(all).isNotEmpty();
            for (Path f : all) {
                String json = Files.readString(f);
                assertThat(check(situationSchema, json)).as(f.toString()).isEmpty();
                SafePlanJson.readSituation(json);
            }
        }
    }

    @Test
    void realGuidanceAndExplanationsMatchTheSchema() throws Exception {
        for (Scenario s : ScenarioFile.readFolder(Path.of("scenarios"))) {
            assertThat(check(situationSchema, SafePlanJson.writeSituation(s.situation()))).as(s.name()).isEmpty();
            assertThat(check(guidanceSchema, SafePlanJson.writeGuidance(advisor.advise(s.situation())))).as(s.name()).isEmpty();
        }
        for (Situation s : SafetyAdvisorTest.sample().subList(0, 40)) {
            JsonNode explained = JSON.readTree(SafePlanJson.writeExplanation(advisor.explain(s), false));
            for (JsonNode r : explained.get("recommendations")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) r).remove("whatWouldChange");
            }
            ((com.fasterxml.jackson.databind.node.ObjectNode) explained).remove("wouldAdd");
            assertThat(guidanceSchema.validate(explained)).isEmpty();
        }
    }

    @Test
    void theSchemaRejectsWhatTheReaderRejects() throws Exception {
        assertThat(check(situationSchema, "{\"perpetratorOnPremisis\": true}")).isNotEmpty();
        assertThat(check(situationSchema, "{\"location\": \"LOUNGE\"}")).isNotEmpty();
        assertThat(check(situationSchema, "{\"injured\": \"true\"}")).isNotEmpty();
        assertThat(check(situationSchema, "{\"injured\": null, \"location\": null}")).isEmpty();
    }
}
