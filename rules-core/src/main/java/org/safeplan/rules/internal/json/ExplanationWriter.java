package org.safeplan.rules.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeplan.rules.Explanation;
import org.safeplan.rules.SituationChange;

/**
 * Writes an explanation: the guidance with {@code because} and {@code whatWouldChange} in each
 * recommendation, and {@code wouldAdd}: the changes that would bring in actions not yet recommended.
 */
public final class ExplanationWriter {

    private ExplanationWriter() {
    }

    /** The explanation as JSON. */
    public static String write(Explanation explanation, boolean pretty) {
        StringWriter out = new StringWriter(4096);
        GuidanceWriter.write(out, pretty, g -> {
            GuidanceWriter.writeGuidance(g, explanation.guidance(), (gen, r) -> {
                gen.writeArrayFieldStart("whatWouldChange");
                for (SituationChange c : explanation.changesAffecting(r.actionId())) {
                    String effect = c.removed().contains(r.actionId()) ? "REMOVED" : "RERANKED";
                    writeChange(gen, c, effect);
                }
                gen.writeEndArray();
            });
            writeWouldAdd(g, explanation.changes());
        });
        return out.toString();
    }

    private static void writeWouldAdd(JsonGenerator g, List<SituationChange> changes) throws IOException {
        Map<String, List<SituationChange>> byAction = new LinkedHashMap<>();
        for (SituationChange c : changes) {
            for (String id : c.added()) {
                byAction.computeIfAbsent(id, k -> new java.util.ArrayList<>()).add(c);
            }
        }
        g.writeArrayFieldStart("wouldAdd");
        for (var entry : byAction.entrySet()) {
            g.writeStartObject();
            g.writeStringField("actionId", entry.getKey());
            g.writeArrayFieldStart("when");
            for (SituationChange c : entry.getValue()) {
                g.writeStartObject();
                g.writeStringField("field", c.field());
                g.writeFieldName("value");
                GuidanceWriter.writeValue(g, c.value());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeChange(JsonGenerator g, SituationChange c, String effect) throws IOException {
        g.writeStartObject();
        g.writeStringField("field", c.field());
        g.writeFieldName("value");
        GuidanceWriter.writeValue(g, c.value());
        g.writeStringField("effect", effect);
        g.writeEndObject();
    }
}
