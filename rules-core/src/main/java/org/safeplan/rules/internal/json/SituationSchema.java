package org.safeplan.rules.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.safeplan.rules.internal.Declared;
import org.safeplan.rules.internal.Regions;
import org.safeplan.rules.internal.explain.SituationField;

/**
 * The JSON Schema of the situation document, generated from the fields' declaration in
 * {@link org.safeplan.rules.Situation}. Besides the standard keywords, each property carries what a
 * form needs: {@code title} (the question), {@code x-group}, {@code x-unknown} (the label of unknown),
 * {@code x-labels} (each enum value's label) and, for the region, {@code x-regions} (the listed
 * subdivisions by country, with their names); {@code x-groups} lists the groups in order with their notes.
 *
 * <p>The build writes it to {@value #RESOURCE} in rules-core's jar ({@link #main}).
 */
public final class SituationSchema {

    /** Where the build puts the schema, in the jar. */
    public static final String RESOURCE = "org/safeplan/rules/schema/situation.schema.json";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String JSON = generate();

    private SituationSchema() {
    }

    /** The schema, indented. */
    public static String json() {
        return JSON;
    }

    /** Writes the schema under the folder given (the build's {@code target/classes}). */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]).resolve(RESOURCE);
        Files.createDirectories(out.getParent());
        Files.writeString(out, JSON, StandardCharsets.UTF_8);
    }

    private static String generate() {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", "https://safeplan.org/schema/situation.schema.json");
        schema.put("title", "SafePlan situation");
        schema.put("description", "What is known about the person's situation. Every field is optional; null or"
                + " absent means unknown. Unknown fields are rejected. A region without a country gives the"
                + " region's country; a region of another country than the country is rejected.");
        schema.put("type", "object");
        schema.put("additionalProperties", false);
        ArrayNode groups = schema.putArray("x-groups");
        for (Declared.Group g : Declared.Group.values()) {
            groups.addObject().put("name", g.legend()).put("note", g.note());
        }
        ObjectNode properties = schema.putObject("properties");
        for (SituationField f : SituationField.declared()) {
            properties.set(f.name(), property(f));
        }
        try {
            return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(schema) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode property(SituationField f) {
        ObjectNode p = NODES.objectNode();
        p.put("title", f.question());
        p.put("description", f.description());
        p.put("x-group", f.group().legend());
        p.put("x-unknown", f.unknownLabel());
        if (f.type() == Boolean.class) {
            p.putArray("type").add("boolean").add("null");
        } else if (f.type().isEnum()) {
            ArrayNode values = p.putArray("enum");
            f.allowedValues().forEach(values::add);
            values.addNull();
            ObjectNode labels = p.putObject("x-labels");
            f.labels().forEach(labels::put);
        } else if (f.type() == String.class) {
            p.putArray("type").add("string").add("null");
            switch (f.text()) {
                case COUNTRY -> p.put("pattern", "^[A-Za-z]{2}$");
                case REGION -> {
                    p.put("pattern", Regions.pattern());
                    ObjectNode byCountry = p.putObject("x-regions");
                    for (String country : Regions.countries()) {
                        ObjectNode codes = byCountry.putObject(country);
                        Regions.of(country).forEach(codes::put);
                    }
                }
                case NONE -> throw new IllegalStateException("situation field \"" + f.name()
                        + "\" is a text: declare what it holds (Declared.Text) and give it a pattern in SituationSchema");
            }
        } else {
            throw new IllegalStateException("situation field \"" + f.name() + "\" has type " + f.type().getSimpleName()
                    + ", which SituationSchema cannot describe: add it there");
        }
        return p;
    }
}
