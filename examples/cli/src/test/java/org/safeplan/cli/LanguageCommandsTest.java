package org.safeplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --lang on advise and explain, and the translators' commands l10n-report and l10n-stamp. */
class LanguageCommandsTest {

    private static final Path CONTENT = Path.of("../../rules-content/src/main/resources");
    private static final Path KITCHEN = Path.of("../situations/kitchen-in-danger.json");
    private static final String SPANISH = "org/safeplan/guidance/actions.es.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();



    @Test
    void adviseAndExplainAnswerInTheLanguageAskedFor() throws IOException {
        JsonNode spanish = JSON.readTree(CliRun.of("advise", "--lang", "es-MX", KITCHEN.toString()).out());
        assertThat(spanish.path("language").asText()).isEqualTo("es");
        assertThat(spanish.has("languageFallback")).isFalse();
        JsonNode english = JSON.readTree(CliRun.of("advise", KITCHEN.toString()).out());
        assertThat(spanish.path("recommendations").get(0).path("actionId"))
                .isEqualTo(english.path("recommendations").get(0).path("actionId"));
        assertThat(spanish.path("recommendations").get(0).path("title"))
                .isNotEqualTo(english.path("recommendations").get(0).path("title"));

        JsonNode explained = JSON.readTree(CliRun.of("explain", "--lang", "es", KITCHEN.toString()).out());
        assertThat(explained.path("language").asText()).isEqualTo("es");

        JsonNode french = JSON.readTree(CliRun.of("advise", "--lang", "fr", KITCHEN.toString()).out());
        assertThat(french.path("language").asText()).isEqualTo("en");
        assertThat(french.path("languageFallback").path("cause").asText()).isEqualTo("NOT_OFFERED");
    }

    @Test
    void aMalformedLanguageTagIsInvalidInput() {
        CliRun r = CliRun.of("advise", "--lang", "e_s!", KITCHEN.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(r.err()).startsWith("safeplan: --lang: \"e_s!\" is not a BCP 47 language tag such as \"es\" or \"es-MX\"");
    }

    @Test
    void theReportPutsEnglishAndTheTranslationSideBySide() {
        CliRun r = CliRun.of("l10n-report", "--lang", "es", CONTENT.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("# es translation of ").contains("| | English | es |")
                .contains("## action `leave-the-kitchen`").contains("| title | Get out of the kitchen |")
                .contains("INFLESZ: text ");
        CliRun unknown = CliRun.of("l10n-report", "--lang", "ex", CONTENT.toString());
        assertThat(unknown.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(unknown.err().trim()).isEqualTo("safeplan: --lang: the content lists no language \"ex\" under"
                + " locales in META-INF/safeplan/content.yaml (did you mean \"es\"?); it lists: es");
    }

    /**
     * After an English edit the entry is stale: a plain stamp leaves it alone and says so, validate
     * names it with how to re-stamp, and stamping it by id (after re-translating) clears it.
     */
    @Test
    void aStaleEntryIsReStampedOnlyByName(@TempDir Path dir) throws IOException {
        Path content = copy(CONTENT, dir.resolve("content"));
        Path catalog = content.resolve("org/safeplan/guidance/actions.yaml");
        String english = Files.readString(catalog, StandardCharsets.UTF_8);
        Files.writeString(catalog, english.replace("    title: Get out of the kitchen\n",
                "    title: Get out of the kitchen now\n"), StandardCharsets.UTF_8);

        CliRun plain = CliRun.of("l10n-stamp", "--lang", "es", content.toString());
        assertThat(plain.exit()).isZero();
        assertThat(plain.out()).contains("Stamped 0 entries.")
                .contains("Stale, left alone (the English changed since they were translated): leave-the-kitchen.");

        CliRun validate = CliRun.of("validate", content.toString());
        assertThat(validate.exit()).isEqualTo(ExitCodes.CONTENT_PROBLEMS);
        int line = lineOf(content.resolve(SPANISH), "  leave-the-kitchen:") + 2;
        assertThat(validate.out()).contains(SPANISH + ":" + line + ": action 'leave-the-kitchen': stale: the English"
                + " changed since this was translated").contains("then re-stamp it: safeplan l10n-stamp --lang es"
                + " --id leave-the-kitchen");

        String before = Files.readString(content.resolve(SPANISH), StandardCharsets.UTF_8);
        CliRun named = CliRun.of("l10n-stamp", "--lang", "es", "--id", "leave-the-kitchen", content.toString());
        assertThat(named.out().trim()).isEqualTo("Stamped 1 entry: leave-the-kitchen.");
        String after = Files.readString(content.resolve(SPANISH), StandardCharsets.UTF_8);
        assertThat(after.lines().count()).isEqualTo(before.lines().count());
        assertThat(CliRun.of("validate", content.toString()).exit()).isZero();
    }

    @Test
    void aNewTranslationIsStampedWhole(@TempDir Path dir) throws IOException {
        Path content = copy(CONTENT, dir.resolve("content"));
        Path spanish = content.resolve(SPANISH);
        String stamped = Files.readString(spanish, StandardCharsets.UTF_8);
        Files.writeString(spanish, stamped.replaceAll("(?m)^    from: [0-9a-f]+\\n", ""), StandardCharsets.UTF_8);
        assertThat(CliRun.of("validate", content.toString()).out()).contains("not stamped");
        CliRun r = CliRun.of("l10n-stamp", "--lang", "es", content.toString());
        assertThat(r.out()).startsWith("Stamped " + count(stamped, "(?m)^    from: ") + " entries: ");
        assertThat(Files.readString(spanish, StandardCharsets.UTF_8)).isEqualTo(stamped);
        CliRun unknownId = CliRun.of("l10n-stamp", "--lang", "es", "--id", "leave-the-kitchn", content.toString());
        assertThat(unknownId.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(unknownId.err().trim()).isEqualTo("safeplan: no entry 'leave-the-kitchn' in " + SPANISH
                + " (did you mean \"leave-the-kitchen\"?)");
    }

    private static long count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static int lineOf(Path file, String line) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).indexOf(line) + 1;
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        return to;
    }
}
