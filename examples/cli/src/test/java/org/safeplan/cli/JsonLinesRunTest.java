package org.safeplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.SafetyAdvisor;

/** The JSONL loop in-process: large batches with bad lines mixed in keep every good line. */
class JsonLinesRunTest {

    private static SafetyAdvisor advisor;

    @BeforeAll
    static void load() {
        advisor = SafetyAdvisor.create();
    }

    @Test
    void keepsEveryGoodLineOfABatchWithBadLinesMixedIn() throws Exception {
        StringBuilder in = new StringBuilder();
        int lines = 5_000;
        for (int i = 1; i <= lines; i++) {
            in.append(i % 7 == 0 ? "{\"immediateDanger\": \"yes\"}" : i % 11 == 0 ? "{oops" : "{\"country\": \"US\"}")
                    .append('\n');
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new AdviseCommand.JsonLinesRun(advisor, AdviceOptions.defaults())
                .run(new ByteArrayInputStream(in.toString().getBytes(StandardCharsets.UTF_8)), out);
        String[] answers = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(exit).isEqualTo(2);
        assertThat(answers).hasSize(lines);
        for (int i = 1; i <= lines; i++) {
            String answer = answers[i - 1];
            if (i % 7 == 0 || i % 11 == 0) {
                assertThat(answer).startsWith("{\"error\":{\"line\":" + i + ",");
            } else {
                assertThat(answer).startsWith("{\"contentVersion\":").contains("911");
            }
        }
    }
}
