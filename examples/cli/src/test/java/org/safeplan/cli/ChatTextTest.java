package org.safeplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.Caution;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.Urgency;

/** {@code advise --format text}: the summaries as numbered lines, cautions on their action's line. */
class ChatTextTest {

    private static final String KITCHEN = "../situations/kitchen-in-danger.json";
    private static final String BAG = "{\"livesWithPerpetrator\": true, \"planningToLeave\": true, \"immediateDanger\": false}";
    private static final ObjectMapper JSON = new ObjectMapper();



    /** The lines --format text must print, worked out from the JSON of the same advice. */
    private static List<String> expectedLines(String json) throws IOException {
        List<String> lines = new ArrayList<>();
        for (JsonNode r : JSON.readTree(json).path("recommendations")) {
            StringBuilder line = new StringBuilder(r.path("rank").asText() + ". " + r.path("summary").asText());
            r.path("cautions").forEach(c -> line.append(ChatText.CAUTION_SIGN).append(c.path("summary").asText()));
            lines.add(line.toString());
        }
        return lines;
    }

    @Test
    void theTextIsTheGuidancesSummariesInOrderAndNothingElse() throws IOException {
        for (String lang : List.of("en", "es")) {
            CliRun text = CliRun.of("advise", "--lang", lang, "--format", "text", KITCHEN);
            CliRun json = CliRun.of("advise", "--lang", lang, KITCHEN);

            assertThat(text.exit()).as(text.err()).isZero();
            assertThat(text.out().lines().toList()).isNotEmpty().isEqualTo(expectedLines(json.out()));
        }
    }

    @Test
    void aCautionStaysOnTheLineOfTheActionItGuards() throws IOException {
        Path situation = Files.createTempFile("bag", ".json");
        try {
            Files.writeString(situation, BAG);
            CliRun json = CliRun.of("advise", "--all", situation.toString());
            assertThat(JSON.readTree(json.out()).findValues("cautions")).as("the situation has a caution")
                    .anySatisfy(c -> assertThat(c).isNotEmpty());
            assertThat(CliRun.of("advise", "--all", "--format", "text", situation.toString()).out().lines().toList())
                    .isEqualTo(expectedLines(json.out())).anySatisfy(l -> assertThat(l).contains(ChatText.CAUTION_SIGN));
        } finally {
            Files.delete(situation);
        }
    }

    @Test
    void eachLineIsRankSummaryAndEachCautionsSummary() {
        Recommendation call = Recommendation.builder().rank(1).actionId("a").urgency(Urgency.IMMEDIATE).title("T")
                .text("Text.").summary("Do this.").sources(List.of("000-1")).firedBy(List.of("r"))
                .cautions(List.of(new Caution("c", "Long caution.", "Careful.", List.of("000-1")))).build();
        Recommendation next = call.toBuilder().rank(2).actionId("b").summary("Then that.").cautions(List.of()).build();

        assertThat(ChatText.of(new Guidance("a version", List.of(call, next))))
                .isEqualTo("1. Do this. \u26A0 Careful.\n2. Then that.");
    }

    @Test
    void jsonLinesAreNotText() {
        CliRun r = CliRun.of("advise", "--jsonl", "--format", "text");
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err().trim()).isEqualTo("safeplan: --jsonl writes JSON lines; --format text is for one situation");
    }
}
