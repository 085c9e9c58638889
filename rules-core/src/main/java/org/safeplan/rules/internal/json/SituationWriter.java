package org.safeplan.rules.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.safeplan.rules.Situation;
import org.safeplan.rules.internal.explain.SituationField;

/** Writes the known fields of a situation as a JSON object, in field-name order. */
public final class SituationWriter {

    private SituationWriter() {
    }

    /** Writes the situation object; unknown fields are left out, as in the contract. */
    public static void write(JsonGenerator g, Situation situation) throws IOException {
        g.writeStartObject();
        for (SituationField f : SituationField.all()) {
            Object value = f.get(situation);
            if (value != null && !(f.name().equals("audience") && !situation.isAudienceKnown())) {
                g.writeFieldName(f.name());
                GuidanceWriter.writeValue(g, SituationField.show(value));
            }
        }
        g.writeEndObject();
    }

    /** The situation as one line of JSON. */
    public static String write(Situation situation) {
        java.io.StringWriter out = new java.io.StringWriter();
        try (JsonGenerator g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(out)) {
            write(g, situation);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }
}
