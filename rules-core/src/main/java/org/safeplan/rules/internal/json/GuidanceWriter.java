package org.safeplan.rules.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import org.safeplan.rules.Exposure;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.Reason;
import org.safeplan.rules.Recommendation;

/** Writes guidance documents in the contract's field order with Jackson's streaming generator. */
public final class GuidanceWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

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
        g.writeStringField("contentVersion", guidance.contentVersion());
        g.writeArrayFieldStart("recommendations");
        for (Recommendation r : guidance.recommendations()) {
            writeRecommendation(g, r, extra);
        }
        g.writeEndArray();
    }

    private static void writeRecommendation(JsonGenerator g, Recommendation r, Extra extra) throws IOException {
        g.writeStartObject();
        g.writeNumberField("rank", r.rank());
        g.writeStringField("actionId", r.actionId());
        g.writeStringField("urgency", r.urgency().name());
        g.writeStringField("title", r.title());
        g.writeStringField("text", r.text());
        writeStrings(g, "sources", r.sources());
        writeStrings(g, "firedBy", r.firedBy());
        g.writeArrayFieldStart("exposures");
        for (Exposure e : Exposure.values()) {
            if (r.exposures().contains(e)) {
                g.writeString(e.name());
            }
        }
        g.writeEndArray();
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

    private static void writeStrings(JsonGenerator g, String name, Collection<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
