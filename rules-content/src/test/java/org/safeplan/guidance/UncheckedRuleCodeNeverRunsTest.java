package org.safeplan.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeplan.rules.ContentSource;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.safeplan.rules.authoring.ContentDiff;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.authoring.ContentGate;

/**
 * A rule file is code that runs inside partner apps: on every path that compiles rule text (a
 * content folder loaded with {@code ContentSource.folder}, {@code diff}'s candidate, the build of
 * rules-content), planted code is refused with its {@code file:line} before anything is compiled,
 * and nothing runs: the marker file the planted code would write never appears.
 */
class UncheckedRuleCodeNeverRunsTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "java.nio.file.Files.writeString(java.nio.file.Path.of(\"MARKER\"), \"ran\");",
            "new ProcessBuilder(\"touch\", \"MARKER\").start();",
            "System.exit(0);",
            "Class.forName(\"java.lang.Runtime\").getMethod(\"exit\", int.class).invoke(Runtime.getRuntime(), 0);",
            "// \\u000a java.nio.file.Files.writeString(java.nio.file.Path.of(\"MARKER\"), \"ran\");",
            "WHEN eval( java.nio.file.Files.writeString(java.nio.file.Path.of(\"MARKER\"), \"ran\") != null )"})
    void plantedCodeIsRefusedOnEveryPathAndNeverRuns(String code) throws IOException {
        Path marker = temp.resolve("marker");
        Path candidate = plant(code.replace("MARKER", marker.toString()));
        String where = Files.readString(candidate.resolve(plantedFile())).lines().toList().indexOf("rule \"Planted\"") + 1
                + "";

        assertThatThrownBy(() -> SafetyAdvisor.create(ContentSource.folder(candidate)))
                .isInstanceOf(ContentException.class)
                .satisfies(e -> assertRefusedInThePlantedRule((ContentException) e, where));
        assertThatThrownBy(() -> SafetyAdvisor.create().swapContent(ContentSource.folder(candidate)))
                .as("a swap, which compiles file by file (the live preview)")
                .isInstanceOf(ContentException.class)
                .satisfies(e -> assertRefusedInThePlantedRule((ContentException) e, where));
        assertThatThrownBy(() -> ContentDiff.compare(ContentCopies.SOURCES, candidate, List.of(),
                List.of(Situation.empty()), ContentDiff.Progress.NONE))
                .isInstanceOf(ContentException.class)
                .satisfies(e -> assertRefusedInThePlantedRule((ContentException) e, where));
        assertThatThrownBy(() -> ContentGate.main(new String[] {candidate.toString()}))
                .isInstanceOf(ContentException.class)
                .satisfies(e -> assertRefusedInThePlantedRule((ContentException) e, where));

        assertThat(marker).doesNotExist();
    }

    private static void assertRefusedInThePlantedRule(ContentException e, String ruleLine) {
        assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith(plantedFile() + ":"));
        int first = Integer.parseInt(e.problems().get(0).split(":")[1]);
        assertThat(first).isGreaterThanOrEqualTo(Integer.parseInt(ruleLine));
    }

    /** The first rule file of the content, alphabetically. */
    private static String plantedFile() {
        try (Stream<Path> files = Files.list(GuidanceSources.GUIDANCE)) {
            return "org/safeplan/guidance/" + files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".drl")).sorted().findFirst().orElseThrow();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A copy of the content source folder with a rule that always fires and runs {@code code}. */
    private Path plant(String code) throws IOException {
        Path copy = temp.resolve("candidate");
        try (Stream<Path> files = Files.walk(ContentCopies.SOURCES)) {
            for (Path from : files.toList()) {
                Path to = copy.resolve(ContentCopies.SOURCES.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        boolean inConditions = code.startsWith("WHEN ");
        String rule = "\nrule \"Planted\"\n    @id(\"planted\") @version(\"1\")\nwhen\n    "
                + (inConditions ? code.substring(5) : "Situation( )") + "\nthen\n    "
                + "advice.recommend(\"" + anyAction() + "\");\n" + (inConditions ? "" : "    " + code + "\n") + "end\n";
        Path file = copy.resolve(plantedFile());
        Files.writeString(file, Files.readString(file) + rule);
        return copy;
    }

    private static String anyAction() {
        return GuidanceSources.actions().get(0).get("id").toString();
    }
}
