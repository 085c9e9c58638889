package org.safeplan.rules.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.safeplan.rules.InvalidSituationException;
import org.safeplan.rules.Situation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.internal.explain.SituationField;

/**
 * Coverage-guided fuzzing of the situation reader with Jazzer: whatever the bytes, reading them
 * gives a situation or {@link InvalidSituationException} with a message, nothing else escapes;
 * reading from a {@code String} and from a {@code Reader} agree, refusal message included (the
 * first finding, kept as {@code column-across-reader-buffers}, was a column off by one when read
 * from a stream); an accepted situation is written and read back unchanged.
 *
 * <p>{@code mvn verify} runs this in Jazzer's regression mode: every input committed under
 * {@code src/test/resources/org/safeplan/rules/json/SituationJsonFuzzTestInputs/situationDocument}
 * (hand-written seeds and the corpus earlier fuzzing runs kept) is replayed. To fuzz, see
 * docs/testing.md ("Fuzzing"). {@link SituationReaderFuzzTest} adds a million seeded random and
 * mutated documents to every build.
 */
class SituationJsonFuzzTest {

    @FuzzTest(maxDuration = "5m")
    void situationDocument(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        Result fromString = read(() -> SafePlanJson.readSituation(text));
        Result fromReader = read(() -> SafePlanJson.readSituation(
                new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)));
        assertThat(fromReader).isEqualTo(fromString);
        if (fromString.situation() != null) {
            Situation again = SafePlanJson.readSituation(SafePlanJson.writeSituation(fromString.situation()));
            assertThat(again).isEqualTo(fromString.situation());
        }
    }

    /**
     * Besides the committed seeds, a document with every declared field (generated, so that a new
     * field is in it without editing a seed file), compact and indented.
     */
    @Test
    void aDocumentWithEveryDeclaredField() {
        for (String document : List.of(everyFieldDocument(","), everyFieldDocument(",\n  "))) {
            situationDocument(document.getBytes(StandardCharsets.UTF_8));
            assertThat(SafePlanJson.readSituation(document).knownFieldCount()).isEqualTo(SituationField.all().size());
        }
    }

    /** A document with every declared field set to its first value (GB for the country, a GB region). */
    static String everyFieldDocument(String separator) {
        StringBuilder out = new StringBuilder("{");
        for (SituationField f : SituationField.all()) {
            Object value = f.values(List.of("GB")).get(0);
            out.append(out.length() > 1 ? separator : "").append('"').append(f.name()).append("\": ")
                    .append(value instanceof Boolean ? value : "\"" + SituationField.show(value) + "\"");
        }
        return out.append('}').toString();
    }

    /** A situation, or the refusal's field and message; any other throwable fails the input. */
    private record Result(Situation situation, String field, String message) {
    }

    private static Result read(Supplier<Situation> reader) {
        try {
            return new Result(reader.get(), null, null);
        } catch (InvalidSituationException e) {
            assertThat(e.getMessage()).isNotBlank();
            return new Result(null, e.field().orElse(null), e.getMessage());
        }
    }
}
