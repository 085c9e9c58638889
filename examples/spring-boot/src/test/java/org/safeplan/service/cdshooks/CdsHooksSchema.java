package org.safeplan.service.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CDS Hooks 2.0 documents as {@code cds-hooks-2.0.schema.json} (test resources) describes them,
 * written from the specification's tables: requests the tests send and answers the service gives are
 * checked against it with networknt's validator, formats (uuid, uri, date-time) asserted.
 */
final class CdsHooksSchema {

    /** A document the schema describes: the name of its definition. */
    enum Document { DiscoveryResponse, HookRequest, HookResponse, FeedbackRequest }

    private static final String LOCATION = "classpath:org/safeplan/service/cdshooks/cds-hooks-2.0.schema.json#/$defs/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();
    private static final Map<Document, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private CdsHooksSchema() {
    }

    /** What is wrong with {@code json} as a {@code document}; empty when it is valid. */
    static List<String> problems(Document document, String json) throws Exception {
        JsonSchema schema = SCHEMAS.computeIfAbsent(document,
                d -> FACTORY.getSchema(SchemaLocation.of(LOCATION + d.name()), CONFIG));
        return schema.validate(JSON.readTree(json)).stream().map(ValidationMessage::getMessage).sorted().toList();
    }

    /** Fails, listing the problems, unless {@code json} is a valid {@code document}. */
    static void assertValid(Document document, String json) throws Exception {
        assertThat(problems(document, json)).as(document + ": " + json).isEmpty();
    }
}
