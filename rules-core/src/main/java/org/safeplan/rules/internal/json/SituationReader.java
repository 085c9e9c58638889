package org.safeplan.rules.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.safeplan.rules.InvalidSituationException;
import org.safeplan.rules.Situation;
import org.safeplan.rules.internal.InvalidFieldException;
import org.safeplan.rules.internal.Suggestions;

/**
 * Strict reading of situation documents: unknown fields, wrong types, bad enum values, duplicate
 * fields, trailing content and oversized or deeply nested input are all refused with a message
 * that names the field and what it accepts. Thread-safe.
 */
public final class SituationReader {

    private static final JsonMapper MAPPER = mapper();
    private static final ObjectReader READER = MAPPER.readerFor(Situation.class);

    private SituationReader() {
    }

    private static JsonMapper mapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(JsonLimits.MAX_DOCUMENT_CHARS)
                        .maxStringLength(JsonLimits.MAX_STRING_CHARS)
                        .maxNestingDepth(JsonLimits.MAX_NESTING_DEPTH)
                        .maxNameLength(JsonLimits.MAX_NAME_CHARS)
                        .maxNumberLength(32)
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        JsonMapper mapper = JsonMapper.builder(factory)
                .addMixIn(Situation.class, SituationMixin.class)
                .addMixIn(Situation.Builder.class, SituationBuilderMixin.class)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // No guessing: "true" is not a boolean, 1 is not a boolean, 44 is not a country.
        for (LogicalType type : new LogicalType[] {LogicalType.Boolean, LogicalType.Textual, LogicalType.Enum}) {
            var config = mapper.coercionConfigFor(type);
            for (CoercionInputShape shape : CoercionInputShape.values()) {
                if (shape != CoercionInputShape.String || type != LogicalType.Textual && type != LogicalType.Enum) {
                    config.setCoercion(shape, CoercionAction.Fail);
                }
            }
            config.setAcceptBlankAsEmpty(false);
        }
        return mapper;
    }

    /** Reads one situation document. */
    public static Situation read(String json) {
        try {
            return check(READER.readValue(json));
        } catch (IOException e) {
            throw translate(e);
        }
    }

    /**
     * Reads one situation document from a stream. A document within
     * {@link JsonLimits#MAX_DOCUMENT_CHARS} is read whole and parsed as text, so that a refusal is
     * the same as for that text given as a string, position included (Jackson's column can be off
     * by one where a stream's characters arrive in several reads; found by fuzzing). A longer one
     * is parsed as a stream, which stops at its first error or at the limit.
     */
    public static Situation read(Reader json) {
        try {
            StringBuilder head = new StringBuilder();
            char[] buffer = new char[4096];
            for (int n; (n = json.read(buffer)) != -1; ) {
                head.append(buffer, 0, n);
                if (head.length() > JsonLimits.MAX_DOCUMENT_CHARS) {
                    PushbackReader whole = new PushbackReader(json, head.length());
                    whole.unread(head.toString().toCharArray());
                    return check(READER.readValue(whole));
                }
            }
            return read(head.toString());
        } catch (IOException e) {
            throw translate(e);
        }
    }

    /** Reads a situation given as a map of JSON field names to values (e.g. from YAML). */
    public static Situation fromMap(Map<String, ?> fields) {
        try {
            return read(MAPPER.writeValueAsString(fields));
        } catch (JsonProcessingException e) {
            throw new InvalidSituationException("the situation cannot be written as JSON: " + e.getOriginalMessage(),
                    null, List.of());
        }
    }

    private static Situation check(Situation situation) {
        if (situation == null) {
            throw new InvalidSituationException("the document is null; a situation is a JSON object such as {}",
                    null, List.of());
        }
        return situation;
    }

    private static InvalidSituationException translate(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException) {
                return new InvalidSituationException(limitMessage((StreamConstraintsException) t), null, List.of());
            }
            if (t instanceof InvalidFieldException f) {
                return new InvalidSituationException("field \"" + f.field() + "\": " + f.detail(), f.field(),
                        f.allowedValues());
            }
        }
        if (e instanceof JsonParseException) {
            return parseError((JsonParseException) e);
        }
        if (e instanceof UnrecognizedPropertyException) {
            return unknownField((UnrecognizedPropertyException) e);
        }
        if (e instanceof JsonMappingException) {
            return mappingError((JsonMappingException) e);
        }
        return new InvalidSituationException("the situation cannot be read: " + e.getMessage(), null, List.of());
    }

    private static String limitMessage(StreamConstraintsException e) {
        String m = e.getMessage();
        if (m.contains("nesting depth")) {
            return "the document is nested more than " + JsonLimits.MAX_NESTING_DEPTH
                    + " levels deep; a situation is one flat JSON object";
        }
        if (m.contains("String value length")) {
            return "a text value is longer than " + JsonLimits.MAX_STRING_CHARS + " characters";
        }
        if (m.contains("Name length")) {
            return "a field name is longer than " + JsonLimits.MAX_NAME_CHARS + " characters";
        }
        if (m.contains("Number value length")) {
            return "a number is too long";
        }
        if (m.contains("Document length") || m.contains("document length")) {
            return "the document is larger than " + JsonLimits.MAX_DOCUMENT_CHARS + " characters";
        }
        return "the document exceeds a size limit";
    }

    private static InvalidSituationException parseError(JsonParseException e) {
        String original = e.getOriginalMessage();
        if (original.startsWith("Duplicate field")) {
            String name = original.replaceAll("^Duplicate field '(.*)'$", "$1");
            return new InvalidSituationException("field " + Suggestions.quote(name) + " appears more than once", name, List.of());
        }
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        String detail = original.replaceAll("\\s*\\n.*", "");
        return new InvalidSituationException("malformed JSON" + where + ": " + detail, null, List.of());
    }

    private static InvalidSituationException unknownField(UnrecognizedPropertyException e) {
        String name = e.getPropertyName();
        List<String> known = new ArrayList<>();
        e.getKnownPropertyIds().forEach(id -> known.add(id.toString()));
        known.sort(null);
        String hint = Suggestions.didYouMean(name, known);
        String message = "unknown field " + Suggestions.quote(name)
                + (hint.isEmpty() ? "; known fields: " + String.join(", ", known) : hint);
        return new InvalidSituationException(message, name, List.of());
    }

    private static InvalidSituationException mappingError(JsonMappingException e) {
        String field = e.getPath().isEmpty() ? null : e.getPath().get(e.getPath().size() - 1).getFieldName();
        if (field == null) {
            return documentError(e);
        }
        Class<?> target = e instanceof MismatchedInputException ? ((MismatchedInputException) e).getTargetType() : null;
        if (target != null && target.isEnum()) {
            List<String> allowed = Arrays.stream(target.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.toList());
            Object value = e instanceof InvalidFormatException ? ((InvalidFormatException) e).getValue() : null;
            String shown = value instanceof String ? Suggestions.quote((String) value) : "this value";
            String hint = value instanceof String ? Suggestions.didYouMean((String) value, allowed) : "";
            return new InvalidSituationException("field \"" + field + "\": " + shown + " is not allowed" + hint
                    + "; allowed values: " + String.join(", ", allowed) + " (or null for unknown)", field, allowed);
        }
        if (target == Boolean.class || target == boolean.class) {
            return new InvalidSituationException("field \"" + field + "\" must be true, false or null (unknown)",
                    field, List.of("true", "false", "null"));
        }
        if (e.getCause() instanceof IllegalArgumentException) {
            return new InvalidSituationException("field \"" + field + "\": " + e.getCause().getMessage(), field, List.of());
        }
        if (target == String.class) {
            return new InvalidSituationException("field \"" + field + "\" must be a text value such as \"US\", or null",
                    field, List.of());
        }
        return new InvalidSituationException("field \"" + field + "\" has a value of the wrong type", field, List.of());
    }

    private static InvalidSituationException documentError(JsonMappingException e) {
        String original = e.getOriginalMessage();
        if (original.startsWith("No content to map")) {
            return new InvalidSituationException("the document is empty; a situation is a JSON object such as {}",
                    null, List.of());
        }
        if (original.startsWith("Trailing token")) {
            return new InvalidSituationException("unexpected content after the situation object; give one object",
                    null, List.of());
        }
        return new InvalidSituationException("a situation must be a JSON object such as {\"country\": \"US\"}",
                null, List.of());
    }
}
