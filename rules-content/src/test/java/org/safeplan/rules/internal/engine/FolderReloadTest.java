package org.safeplan.rules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        String drl = firstRuleFile();
        Path edited = copyWith(drl, text -> text + "\n// an author's note\n");

        ContentBundle reloaded = ContentBundle.fromFolder(edited, original);

        assertThat(reloaded.ruleBase()).isNotSameAs(original.ruleBase());
        assertThat(reloaded.advise(KITCHEN, AdviceOptions.defaults()))
                .isEqualTo(original.advise(KITCHEN, AdviceOptions.defaults()));
    }

    @Test
    void precompiledContentIsNeverTakenForAFolder() {
        ContentBundle precompiled = ContentBundle.fromClasspath(getClass().getClassLoader());
        assertThat(ContentBundle.fromFolder(SOURCES, precompiled).ruleBase()).isNotSameAs(precompiled.ruleBase());
    }

    private static String firstRuleFile() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            List<String> drl = files.map(f -> SOURCES.relativize(f).toString().replace('\\', '/'))
                    .filter(name -> name.endsWith(".drl")).sorted().toList();
            return drl.get(0);
        }
    }

    private static Path copyWith(String file, UnaryOperator<String> edit) throws IOException {
        Path copy = ContentCopies.folder(temp, file, edit);
        assertThat(Files.readString(copy.resolve(file))).as("the edit of " + file)
                .isNotEqualTo(Files.readString(SOURCES.resolve(file)));
        return copy;
    }
}
