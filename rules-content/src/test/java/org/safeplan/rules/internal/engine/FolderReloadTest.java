package org.safeplan.rules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeplan.guidance.ContentCopies;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.Location;
import org.safeplan.rules.Situation;
import org.safeplan.rules.content.ContentException;
import org.drools.model.Model;

/**
 * Reloading a content folder (the live preview): the compiled rules are reused when, and only when,
 * the rule files are byte for byte those of the content being replaced.
 */
class FolderReloadTest {

    private static final Path SOURCES = ContentCopies.SOURCES;
    private static final String CATALOG = ContentCopies.CATALOG;
    private static final Situation KITCHEN = Situation.builder()
            .country("US").immediateDanger(true).perpetratorOnPremises(true).location(Location.KITCHEN).build();

    @TempDir
    static Path temp;
    private static ContentBundle original;

    @BeforeAll
    static void loadTheSources() {
        original = ContentBundle.fromFolder(SOURCES, null);
    }

    @Test
    void aWordingEditReusesTheCompiledRulesAndShowsTheNewWording() throws IOException {
        String first = original.advise(KITCHEN, AdviceOptions.defaults()).recommendations().get(0).title();
        Path edited = copyWith(CATALOG, text -> text.replace("title: " + first, "title: Edited " + first)
                .replace("title: \"" + first + "\"", "title: \"Edited " + first + "\""));

        ContentBundle reloaded = ContentBundle.fromFolder(edited, original);

        assertThat(reloaded.ruleBase()).isSameAs(original.ruleBase());
        Guidance advice = reloaded.advise(KITCHEN, AdviceOptions.defaults());
        assertThat(advice.recommendations().get(0).title()).isEqualTo("Edited " + first);
        assertThat(ContentBundle.fromFolder(edited, null).advise(KITCHEN, AdviceOptions.defaults())).isEqualTo(advice);
    }

    @Test
    void anyByteChangedInARuleFileCompilesAgain() throws IOException {
        String drl = ruleFiles().get(0);
        Path edited = copyWith(drl, text -> text + "\n// an author's note\n");

        ContentBundle reloaded = ContentBundle.fromFolder(edited, original);

        assertThat(reloaded.ruleBase()).isNotSameAs(original.ruleBase());
        assertThat(reloaded.advise(KITCHEN, AdviceOptions.defaults()))
                .isEqualTo(original.advise(KITCHEN, AdviceOptions.defaults()));
    }

    @Test
    void aSwapCompilesFileByFileAndTheNextOneOnlyTheEditedFile() throws IOException {
        List<String> drl = ruleFiles();
        Path folder = copyWith(drl.get(0), text -> text + "\n// an author's note\n");
        ContentBundle first = ContentBundle.fromFolder(folder, original);
        assertThat(first.fileModels().byFile()).hasSize(drl.size());

        Path second = folder.resolve(drl.get(1));
        Files.writeString(second, Files.readString(second) + "\n// another note\n");
        ContentBundle next = ContentBundle.fromFolder(folder, first);

        Map<String, List<Model>> before = first.fileModels().byFile();
        Map<String, List<Model>> after = next.fileModels().byFile();
        String edited = FileModels.key(folder, drl.get(1));
        assertThat(after).hasSize(drl.size()).containsKey(edited).doesNotContainKey(List.copyOf(before.keySet()).get(1));
        after.forEach((file, models) -> {
            if (!file.equals(edited)) {
                assertThat(models).as("the models of an unchanged file").isSameAs(before.get(file));
            }
        });
        assertThat(next.advise(KITCHEN, AdviceOptions.defaults()))
                .isEqualTo(original.advise(KITCHEN, AdviceOptions.defaults()));
    }

    @Test
    void aBrokenRuleFileInASwapIsReportedWithItsFileAndLine() throws IOException {
        String drl = ruleFiles().get(0);
        Path broken = copyWith(drl, text -> text.replaceFirst("\\bthen\\b", "then then"));
        assertThatThrownBy(() -> ContentBundle.fromFolder(broken, original))
                .isInstanceOf(ContentException.class).hasMessageContaining(drl + ":");
    }

    @Test
    void precompiledContentIsNeverTakenForAFolder() {
        ContentBundle precompiled = ContentBundle.fromClasspath(getClass().getClassLoader());
        assertThat(ContentBundle.fromFolder(SOURCES, precompiled).ruleBase()).isNotSameAs(precompiled.ruleBase());
    }

    /** The rule files of the content, as names relative to its folder. */
    private static List<String> ruleFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.map(f -> SOURCES.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> name.endsWith(".drl")).sorted().toList();
        }
    }

    private static Path copyWith(String file, UnaryOperator<String> edit) throws IOException {
        Path copy = ContentCopies.folder(temp, file, edit);
        assertThat(Files.readString(copy.resolve(file))).as("the edit of " + file)
                .isNotEqualTo(Files.readString(SOURCES.resolve(file)));
        return copy;
    }
}
