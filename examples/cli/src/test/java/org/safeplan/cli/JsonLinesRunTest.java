package org.safeplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.InvalidSituationException;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.safeplan.rules.authoring.SituationSpace;
import org.safeplan.rules.json.SafePlanJson;

/**
 * The JSONL loop in-process: a batch of 100,000 lines with bad lines of every kind mixed in
 * (wrong types, malformed JSON, empty lines, lines over the 64 KiB limit, nesting 30,000 deep,
 * invalid UTF-8, trailing content, CRLF endings) answers every line, in order: each good line with
 * exactly the guidance the advisor gives for it, each bad line with its line number and the
 * reader's message.
 */
class JsonLinesRunTest {

    private static final int LINES = 100_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static SafetyAdvisor advisor;

    @BeforeAll
    static void load() {
        advisor = SafetyAdvisor.create();
    }

    /** A bad line and the error message its answer must carry. */
    private record Bad(byte[] bytes, String message) {
    }

    private static Bad bad(String line) {
        try {
            SafePlanJson.readSituation(line);
            throw new AssertionError("not a bad line: " + line);
        } catch (InvalidSituationException e) {
            return new Bad(line.getBytes(StandardCharsets.UTF_8), e.getMessage());
        }
    }

    private static List<Bad> badLines() {
        List<Bad> bad = new ArrayList<>();
        for (String line : List.of("{\"immediateDanger\": \"yes\"}", "{oops", "{\"location\": \"LOUNGE\"}",
                "{\"country\": \"UK\"}", "null", "[]", "{} {}", "{\"injured\": true, \"injured\": false}",
                "{\"perpetratorOnPremisis\": true}", "{\"country\": \"" + "A".repeat(300) + "\"}",
                "{\"injured\":" + "[".repeat(30_000) + "]".repeat(30_000) + "}", "{\"injured\": 1}",
                "\u0000", "{\"country\": \"US\"")) {
            bad.add(bad(line));
        }
        // Invalid UTF-8 is read as replacement characters, which are malformed JSON.
        byte[] invalidUtf8 = {'{', '"', (byte) 0xFF, (byte) 0xC3, '"', ':', '1', '}'};
        bad.add(new Bad(invalidUtf8, bad(new String(invalidUtf8, StandardCharsets.UTF_8)).message()));
        bad.add(new Bad(new byte[0], "the line is empty; give one situation object per line, such as {}"));
        bad.add(new Bad("   \t".getBytes(StandardCharsets.UTF_8),
                "the line is empty; give one situation object per line, such as {}"));
        for (String tooLong : List.of("[".repeat(100_000), "{\"country\": \"" + "A".repeat(70_000) + "\"}",
                " ".repeat(1 << 20))) {
            bad.add(new Bad(tooLong.getBytes(StandardCharsets.UTF_8), "the line is longer than 65536 characters"));
        }
        return bad;
    }

    @Test
    void keepsEveryGoodLineOfABatchOf100000WithBadLinesMixedIn() throws Exception {
        List<Situation> good = new ArrayList<>();
        int k = 0;
        for (Situation s : SituationSpace.core()) {
            if (k++ % 487 == 0) {
                good.add(s);
            }
        }
        List<String> goodJson = good.stream().map(SafePlanJson::writeSituation).toList();
        List<String> goodAnswers = good.stream().map(s -> SafePlanJson.writeGuidance(advisor.advise(s))).toList();
        List<Bad> bad = badLines();

        Random random = new Random(42);
        int[] kind = new int[LINES + 1]; // >= 0: index of a good situation; < 0: -(index of a bad line) - 1
        ByteArrayOutputStream in = new ByteArrayOutputStream();
        int badCount = 0;
        for (int i = 1; i <= LINES; i++) {
            if (random.nextInt(5) == 0) {
                int b = random.nextInt(bad.size());
                kind[i] = -b - 1;
                in.writeBytes(bad.get(b).bytes());
                badCount++;
            } else {
                int g = random.nextInt(good.size());
                kind[i] = g;
                in.writeBytes(goodJson.get(g).getBytes(StandardCharsets.UTF_8));
                if (random.nextInt(10) == 0) {
                    in.write('\r');
                }
            }
            if (i < LINES) {
                in.write('\n'); // the last line has no newline
            }
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new AdviseCommand.JsonLinesRun(advisor, AdviceOptions.defaults())
                .run(new ByteArrayInputStream(in.toByteArray()), out);
        String[] answers = out.toString(StandardCharsets.UTF_8).split("\n", -1);
        assertThat(exit).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(answers).hasSize(LINES + 1); // the output ends with a newline
        assertThat(answers[LINES]).isEmpty();
        for (int i = 1; i <= LINES; i++) {
            String answer = answers[i - 1];
            if (kind[i] >= 0) {
                assertThat(answer).as("answer to good line %d", i).isEqualTo(goodAnswers.get(kind[i]));
            } else {
                JsonNode error = JSON.readTree(answer).get("error");
                assertThat(error.get("line").asInt()).as("line number of answer %d", i).isEqualTo(i);
                assertThat(error.get("message").asText()).as("message of answer %d", i)
                        .isEqualTo(bad.get(-kind[i] - 1).message());
            }
        }
        System.out.printf("JSONL: %,d lines answered in order: %,d good lines with their guidance, %,d bad lines"
                + " (%d kinds) with their error%n", LINES, LINES - badCount, badCount, bad.size());
    }
}
