package org.safeplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.SafetyAdvisor;

/**
 * Coverage-guided fuzzing of {@code advise --jsonl} with Jazzer: whatever bytes arrive on
 * standard input, every input line gets exactly one output line, in order — a guidance document
 * with at least one recommendation, or an error naming that line's number — and the exit code
 * says whether any line was refused. Nothing escapes as an exception.
 *
 * <p>{@code mvn verify} replays the inputs committed under
 * {@code src/test/resources/org/safeplan/cli/JsonLinesFuzzTestInputs/everyLineGetsOneAnswer};
 * docs/testing.md says how to fuzz.
 */
class JsonLinesFuzzTest {

    private static final SafetyAdvisor ADVISOR = SafetyAdvisor.create();
    private static final ObjectMapper JSON = new ObjectMapper();

    @FuzzTest(maxDuration = "5m")
    void everyLineGetsOneAnswer(byte[] input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new AdviseCommand.JsonLinesRun(ADVISOR, AdviceOptions.defaults())
                .run(new ByteArrayInputStream(input), out);

        String[] answers = out.toString(StandardCharsets.UTF_8).split("\n", -1);
        int lines = inputLines(input);
        assertThat(answers).hasSize(lines + 1);
        assertThat(answers[lines]).isEmpty();
        boolean anyError = false;
        for (int i = 0; i < lines; i++) {
            JsonNode answer = JSON.readTree(answers[i]);
            if (answer.has("error")) {
                anyError = true;
                assertThat(answer.get("error").get("line").asLong()).isEqualTo(i + 1);
                assertThat(answer.get("error").get("message").asText()).isNotBlank();
            } else {
                assertThat(answer.get("recommendations")).isNotEmpty();
            }
        }
        assertThat(exit).isEqualTo(anyError ? ExitCodes.INVALID_INPUT : ExitCodes.OK);
    }

    /** Lines end at '\n'; a last line without one still counts when it is not empty. */
    private static int inputLines(byte[] input) {
        int lines = 0;
        for (byte b : input) {
            if (b == '\n') {
                lines++;
            }
        }
        return input.length > 0 && input[input.length - 1] != '\n' ? lines + 1 : lines;
    }
}
