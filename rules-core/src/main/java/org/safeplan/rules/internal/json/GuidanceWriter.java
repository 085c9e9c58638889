package org.safeplan.rules.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import org.safeplan.rules.Caution;
import org.safeplan.rules.Exposure;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.LanguageFallback;
import org.safeplan.rules.Reason;
import org.safeplan.rules.Recommendation;

/** Writes guidance documents in the contract's field order with Jackson's streaming generator. */
public final class GuidanceWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private static final SerializableString CONTENT_VERSION = new SerializedString("contentVersion");
    private static final SerializableString LANGUAGE = new SerializedString("language");
    private static final SerializableString TRANSLATION = new SerializedString("translation");
    private static final SerializableString LANGUAGE_FALLBACK = new SerializedString("languageFallback");
    private static final SerializableString SUMMARY = new SerializedString("summary");
    private static final SerializableString RECOMMENDATIONS = new SerializedString("recommendations");
    private static final SerializableString RANK = new SerializedString("rank");
    private static final SerializableString ACTION_ID = new SerializedString("actionId");
    private static final SerializableString URGENCY = new SerializedString("urgency");
    private static final SerializableString TITLE = new SerializedString("title");
    private static final SerializableString TEXT = new SerializedString("text");
    private static final SerializableString SOURCES = new SerializedString("sources");
    private static final SerializableString FIRED_BY = new SerializedString("firedBy");
    private static final SerializableString EXPOSURES = new SerializedString("exposures");
    private static final SerializableString CAUTIONS = new SerializedString("cautions");
    private static final SerializableString ID = new SerializedString("id");
    private static final SerializableString PLACED_BY = new SerializedString("placedBy");

    /**
     * Catalog texts escaped once: a guidance document is mostly titles and texts from a catalog of
     * about a hundred actions, the same String objects call after call, and escaping them character
     * by character was the largest single cost of writing a document. Bounded, so that guidance
     * built by an application with texts of its own cannot grow it without limit; past the bound,
     * values are escaped as they are written. Holds content texts only, never situation data.
     */
    private static final int MAX_CACHED_VALUES = 4096;
    private static final ConcurrentHashMap<String, SerializableString> ESCAPED = new ConcurrentHashMap<>();

    private GuidanceWriter() {
    }

    /** The guidance as one line of JSON. */
    public static String write(Guidance guidance, boolean pretty) {
        StringWriter out = new StringWriter(512);
        write(guidance, out, pretty);
        return out.toString();
    }

    /** Writes the guidance to {@code out} without closing it. */
    public static void write(Guidance guidance, Writer out, boolean pretty) {
        write(out, pretty, g -> writeGuidance(g, guidance, (gen, r) -> { }));
    }

    /** Extra fields written inside each recommendation object. */
    interface Extra {
        void write(JsonGenerator g, Recommendation r) throws IOException;
    }

    /** A document body written with the generator. */
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    static void write(Writer out, boolean pretty, Body body) {
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            g.writeStartObject();
            body.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void writeGuidance(JsonGenerator g, Guidance guidance, Extra extra) throws IOException {
        g.writeFieldName(CONTENT_VERSION);
        g.writeString(guidance.contentVersion());
        g.writeFieldName(LANGUAGE);
        g.writeString(escaped(guidance.language()));
        g.writeFieldName(TRANSLATION);
        g.writeString(escaped(guidance.translation().name()));
        if (guidance.fallback().isPresent()) {
            LanguageFallback fallback = guidance.fallback().get();
            g.writeFieldName(LANGUAGE_FALLBACK);
            g.writeStartObject();
            g.writeStringField("requested", fallback.requested());
            g.writeStringField("cause", fallback.cause().name());
            g.writeStringField("message", fallback.message());
            g.writeEndObject();
        }
        g.writeFieldName(RECOMMENDATIONS);
        g.writeStartArray();
        for (Recommendation r : guidance.recommendations()) {
            writeRecommendation(g, r, extra);
        }
        g.writeEndArray();
    }

    private static void writeRecommendation(JsonGenerator g, Recommendation r, Extra extra) throws IOException {
        g.writeStartObject();
        g.writeFieldName(RANK);
        g.writeNumber(r.rank());
        g.writeFieldName(ACTION_ID);
        g.writeString(escaped(r.actionId()));
        g.writeFieldName(URGENCY);
        g.writeString(escaped(r.urgency().name()));
        g.writeFieldName(TITLE);
        g.writeString(escaped(r.title()));
        g.writeFieldName(TEXT);
        g.writeString(escaped(r.text()));
        g.writeFieldName(SUMMARY);
        g.writeString(escaped(r.summary()));
        writeStrings(g, SOURCES, r.sources());
        writeStrings(g, FIRED_BY, r.firedBy());
        g.writeFieldName(EXPOSURES);
        g.writeStartArray();
        for (Exposure e : Exposure.values()) {
            if (r.exposures().contains(e)) {
                g.writeString(e.name());
            }
        }
        g.writeEndArray();
        g.writeFieldName(CAUTIONS);
        g.writeStartArray();
        for (Caution c : r.cautions()) {
            g.writeStartObject();
            g.writeFieldName(ID);
            g.writeString(escaped(c.id()));
            g.writeFieldName(TEXT);
            g.writeString(escaped(c.text()));
            g.writeFieldName(SUMMARY);
            g.writeString(escaped(c.summary()));
            writeStrings(g, SOURCES, c.sources());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (!r.placedBy().isEmpty()) {
            writeStrings(g, PLACED_BY, r.placedBy());
        }
        if (!r.because().isEmpty()) {
            g.writeArrayFieldStart("because");
            for (Reason reason : r.because()) {
                g.writeStartObject();
                g.writeStringField("rule", reason.ruleId());
                g.writeObjectFieldStart("matched");
                for (var fact : reason.matched().entrySet()) {
                    g.writeFieldName(fact.getKey());
                    writeValue(g, fact.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        extra.write(g, r);
        g.writeEndObject();
    }

    /** A situation value as JSON: booleans as booleans, unknown as null, the rest as strings. */
    static void writeValue(JsonGenerator g, String value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value.equals("true") || value.equals("false")) {
            g.writeBoolean(Boolean.parseBoolean(value));
        } else {
            g.writeString(value);
        }
    }

    private static void writeStrings(JsonGenerator g, SerializableString name, Collection<String> values) throws IOException {
        g.writeFieldName(name);
        g.writeStartArray();
        for (String v : values) {
            g.writeString(escaped(v));
        }
        g.writeEndArray();
    }

    /** The value escaped for JSON once, from the cache while it has room. */
    private static SerializableString escaped(String value) {
        SerializableString known = ESCAPED.get(value);
        if (known == null) {
            known = new SerializedString(value);
            if (ESCAPED.size() < MAX_CACHED_VALUES) {
                ESCAPED.putIfAbsent(value, known);
            }
        }
        return known;
    }
}
