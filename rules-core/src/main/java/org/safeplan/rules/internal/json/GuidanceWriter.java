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
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (pretty) {
                g.useDefaultPrettyPrinter();
            }
            g.writeStartObject();
            g.writeStringField("contentVersion", guidance.contentVersion());
            g.writeArrayFieldStart("recommendations");
            for (Recommendation r : guidance.recommendations()) {
                writeRecommendation(g, r);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRecommendation(JsonGenerator g, Recommendation r) throws IOException {
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
        g.writeEndObject();
    }

    private static void writeStrings(JsonGenerator g, String name, Collection<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
