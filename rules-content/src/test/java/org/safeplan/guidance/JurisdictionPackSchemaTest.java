package org.safeplan.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.catalog.JurisdictionPack;
import org.safeplan.rules.internal.catalog.Jurisdictions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The published JSON Schemas of jurisdiction packs are the declaration the loader checks packs
 * against: a complete validator (networknt's, JSON Schema 2020-12) agrees with the loader on the
 * content's packs, the example pack, and each way a pack can break the schema.
 */
class JurisdictionPackSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema PACK = schema(JurisdictionPack.SCHEMA);
    private static final JsonSchema DEFAULTS = schema(Jurisdictions.DEFAULTS_SCHEMA);

    private static JsonSchema schema(String resource) {
        try (InputStream in = JurisdictionPack.class.getClassLoader().getResourceAsStream(resource)) {
            // "format": "date" asserts, as the loader checks it (2020-12 only annotates by default).
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in,
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** YAML as JSON: a date written without quotes stays the text it is in the file. */
    private static JsonNode json(String yaml) {
        LoaderOptions options = new LoaderOptions();
        Yaml reader = new Yaml(new SafeConstructor(options) {
            {
                yamlConstructors.put(org.yaml.snakeyaml.nodes.Tag.TIMESTAMP, yamlConstructors.get(org.yaml.snakeyaml.nodes.Tag.STR));
            }
        });
        return JSON.valueToTree(reader.load(yaml));
    }

    private static List<Path> packFiles() throws IOException {
        Path folder = ContentCopies.SOURCES.resolve(GuidanceSources.packFolder());
        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.list(folder)) {
            all.filter(f -> !f.getFileName().toString().equals(Jurisdictions.DEFAULTS_FILE)).sorted().forEach(files::add);
        }
        files.add(JurisdictionTest.EXAMPLE_PACK);
        return files;
    }

    @Test
    void theContentsPacksAndTheExampleConformToTheSchema() throws IOException {
        List<Path> files = packFiles();
        assertThat(files).hasSizeGreaterThan(GuidanceSources.countries().size());
        for (Path file : files) {
            String yaml = Files.readString(file);
            assertThat(PACK.validate(json(yaml))).as(file.toString()).isEmpty();
            JurisdictionPack.read(file.toString(), new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
        }
        Path defaults = ContentCopies.SOURCES.resolve(GuidanceSources.packFolder()).resolve(Jurisdictions.DEFAULTS_FILE);
        assertThat(DEFAULTS.validate(json(Files.readString(defaults)))).isEmpty();
    }

    /** Each edit breaks the schema; both the validator and the loader refuse the pack. */
    @Test
    void theLoaderRefusesWhatTheSchemaRefuses() throws IOException {
        String valid = Files.readString(JurisdictionTest.EXAMPLE_PACK);
        Map<String, String> broken = Map.of(
                "a field misspelt", valid.replace("reviewBy:", "reviewby:"),
                "a required field missing", valid.replaceFirst("(?m)^name:\\n  en: .*\\n  es: .*\\n", ""),
                "a number with letters", valid.replace("\"999\"", "\"9A9\""),
                "a number without quotes", valid.replace("\"999\"", "999"),
                "a value outside its list", valid.replace("cost: free", "cost: cheap"),
                "a language code that is not one", valid.replace("  es: Irlanda", "  Spanish: Irlanda"),
                "a date that is not one", valid.replaceFirst("reviewBy: \\S+", "reviewBy: 2027-13-01"),
                "a source that is neither an id nor an https address",
                valid.replace("[https://www.womensaid.ie/]", "[womensaid.ie]"),
                "no emergency number", valid.replaceFirst("(?s)emergencyNumbers:.*?\\nhelplines:", "emergencyNumbers: []\nhelplines:"));
        for (Map.Entry<String, String> e : broken.entrySet()) {
            assertThat(e.getValue()).as(e.getKey()).isNotEqualTo(valid);
            Set<ValidationMessage> messages = PACK.validate(json(e.getValue()));
            assertThat(messages).as("the schema refuses " + e.getKey()).isNotEmpty();
            assertThatThrownBy(() -> JurisdictionPack.read("pack.yaml",
                    new ByteArrayInputStream(e.getValue().getBytes(StandardCharsets.UTF_8))))
                    .as("the loader refuses " + e.getKey()).isInstanceOf(ContentException.class);
        }
    }
}
