package org.safeplan.rules.json;

import java.io.Reader;
import java.io.Writer;
import java.util.Map;
import org.safeplan.rules.Explanation;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.InvalidSituationException;
import org.safeplan.rules.Situation;
import org.safeplan.rules.internal.json.ExplanationWriter;
import org.safeplan.rules.internal.json.GuidanceWriter;
import org.safeplan.rules.internal.json.SituationReader;
import org.safeplan.rules.internal.json.SituationSchema;
import org.safeplan.rules.internal.json.SituationWriter;

/**
 * The JSON contract: situation documents in, guidance documents out. Thread-safe; no Jackson
 * type appears in this API, so applications may use any Jackson version of their own beside it.
 *
 * <p>Reading is strict. Unknown fields (with a "did you mean" for near misses), values of the
 * wrong type, enum values outside the allowed set, duplicate fields, content after the object,
 * and input that is malformed, larger than 64 KiB or nested deeper than a few levels are all
 * rejected with an {@link InvalidSituationException} naming the field and what it accepts. A
 * field that is {@code null} or absent is unknown.
 */
public final class SafePlanJson {

    private SafePlanJson() {
    }

    /**
     * Reads a situation document.
     *
     * @throws InvalidSituationException if the document is not a valid situation
     */
    public static Situation readSituation(String json) {
        return SituationReader.read(json);
    }

    /**
     * Reads a situation document from a reader, which is not closed.
     *
     * @throws InvalidSituationException if the document is not a valid situation
     */
    public static Situation readSituation(Reader json) {
        return SituationReader.read(json);
    }

    /**
     * Reads a situation given as JSON field names and values, as parsed from YAML or a form.
     *
     * @throws InvalidSituationException if the fields are not a valid situation
     */
    public static Situation situationFromMap(Map<String, ?> fields) {
        return SituationReader.fromMap(fields);
    }

    /**
     * The JSON Schema (draft 2020-12) of the situation document, as the reader applies it: every
     * field with its type, allowed values, description and question, generated from the situation's
     * declaration. Also published in rules-core's jar as {@code org/safeplan/rules/schema/situation.schema.json}.
     */
    public static String situationSchema() {
        return SituationSchema.json();
    }

    /** The situation document on one line, known fields only (the inverse of {@link #readSituation(String)}). */
    public static String writeSituation(Situation situation) {
        return SituationWriter.write(situation);
    }

    /** The guidance document on one line. */
    public static String writeGuidance(Guidance guidance) {
        return GuidanceWriter.write(guidance, false);
    }

    /** The guidance document, indented for people to read. */
    public static String writeGuidancePretty(Guidance guidance) {
        return GuidanceWriter.write(guidance, true);
    }

    /**
     * An explanation document: the guidance with {@code because} (rules and matched facts) and
     * {@code whatWouldChange} in each recommendation, and {@code wouldAdd} for actions a
     * single-field change would bring in.
     */
    public static String writeExplanation(Explanation explanation, boolean pretty) {
        return ExplanationWriter.write(explanation, pretty);
    }

    /** Writes the guidance document on one line to {@code out}, which is not closed or flushed. */
    public static void writeGuidance(Guidance guidance, Writer out) {
        GuidanceWriter.write(guidance, out, false);
    }
}
