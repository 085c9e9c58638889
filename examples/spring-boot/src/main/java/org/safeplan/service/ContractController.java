package org.safeplan.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.safeplan.rules.json.SafePlanJson;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The service's contract for clients: its OpenAPI 3.1 document, {@code GET /v1/openapi.json} (kept in
 * this module as {@code src/main/resources/org/safeplan/service/openapi.json}), and the JSON Schemas
 * it refers to, under {@code /v1/schemas/}: the situation's, generated from the library's declaration
 * of the fields, and the guidance's, both from rules-core's jar.
 */
@RestController
@RequestMapping("/v1")
public class ContractController {

    static final MediaType SCHEMA_JSON = MediaType.parseMediaType("application/schema+json");
    private static final String GUIDANCE_SCHEMA = "org/safeplan/rules/schema/guidance.schema.json";

    private final byte[] openApi = resource(ContractController.class.getClassLoader(), "org/safeplan/service/openapi.json");
    private final Map<String, byte[]> schemas = Map.of(
            "situation.schema.json", SafePlanJson.situationSchema().getBytes(StandardCharsets.UTF_8),
            "guidance.schema.json", resource(SafePlanJson.class.getClassLoader(), GUIDANCE_SCHEMA));

    /** The OpenAPI 3.1 document of this service. */
    @GetMapping("/openapi.json")
    public ResponseEntity<byte[]> openApi() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(openApi);
    }

    /** A JSON Schema the OpenAPI document refers to: {@code situation.schema.json} or {@code guidance.schema.json}. */
    @GetMapping("/schemas/{name}")
    public ResponseEntity<byte[]> schema(@PathVariable("name") String name) {
        byte[] schema = schemas.get(name);
        if (schema == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No schema of that name: the schemas are "
                    + String.join(" and ", schemas.keySet().stream().sorted().toList()) + ".");
        }
        return ResponseEntity.ok().contentType(SCHEMA_JSON).body(schema);
    }

    private static byte[] resource(ClassLoader loader, String name) {
        try (InputStream in = loader.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
