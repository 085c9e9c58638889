package org.safeplan.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeplan.rules.authoring.ContentFixture.CATALOG;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeplan.rules.content.ContentException;

/**
 * The YAML mistakes content authors make, planted one at a time in the valid fixture's catalog,
 * each reported in plain words at the line to fix; and a scenario file that is not what it should be
 * is a {@code file:line} problem, never an exception of another kind.
 */
class YamlMistakesTest {

    private final ContentFixture content;

    YamlMistakesTest(@TempDir Path folder) {
        content = ContentFixture.copyTo(folder);
    }

    @Test
    void aColonInsideATitleSaysToQuoteIt() {
        content.edit(CATALOG, "title: Get out of the kitchen", "title: Danger: get out of the kitchen");
        assertThat(content.problems()).containsExactly(CATALOG + ":6: a colon followed by a space can only end a key:"
                + " if the value holds one (e.g. a title such as Take care: ...), put the whole value in double quotes");
    }

    @Test
    void aMissingDashIsReportedAtTheEntryThatLacksIt() {
        content.edit(CATALOG, "  - id: call-emergency-services", "    id: call-emergency-services");
        assertThat(content.problems()).containsExactly(CATALOG + ":12: 'id' appears twice in one entry (first at"
                + " line 3): if this line starts a new entry, begin it with '- '");
    }

    @Test
    void aQuoteClosedWithACurlyQuoteSaysSo() {
        content.edit(CATALOG, "text: Knives in a kitchen can be used as weapons against you.",
                "text: \"Knives in a kitchen can be used as weapons against you.\u201d");
        assertThat(content.problems()).containsExactly(CATALOG + ":7: the quote opened on this line is never closed;"
                + " curly quotes (\u201c \u201d \u2018 \u2019) pasted from a word processor do not close it: type straight"
                + " quotes (\") or leave the quotes out");
    }

    @Test
    void aTabSaysToIndentWithSpaces() {
        content.edit(CATALOG, "    priority: 20", "\tpriority: 20");
        assertThat(content.problems()).containsExactly(CATALOG + ":5: a tab character: indent with spaces only");
    }

    @Test
    void aKeyGivenTwiceIsReported() {
        content.edit(CATALOG, "    priority: 20\n", "    priority: 20\n    priority: 21\n");
        assertThat(content.problems()).containsExactly(CATALOG + ":6: 'priority' appears twice in one entry (first at"
                + " line 5): if this line starts a new entry, begin it with '- '");
    }

    @Test
    void aTitleThatIsNotTextIsReported() {
        content.edit(CATALOG, "title: Get out of the kitchen", "title: [Get out, of the kitchen]");
        assertThat(content.problems()).containsExactly(CATALOG + ":6: 'title' must be a single value");
    }

    @Test
    void aNumberWrittenIntoATextIsRefused() {
        content.edit(CATALOG, "text: Knives in a kitchen can be used as weapons against you.",
                "text: Knives in a kitchen can be used as weapons against you. Call 911.");
        assertThat(content.problems()).containsExactly(CATALOG + ":7: action 'leave-the-kitchen': \"911\" in the text:"
                + " write numbers only through placeholders such as {emergencyNumber} or {hotline}, so that each"
                + " country gets its own");
    }

    @Test
    void aMalformedScenarioFileIsAFileLineProblem() {
        String file = "scenarios/danger.yaml";
        String yaml = """
                scenarios:
                  - name: kitchen
                    situation: {immediateDanger: true}
                    expected:
                      - leave: [[x]]
                """;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ScenarioFile.read(file, yaml))
                .isInstanceOf(ContentException.class)
                .hasMessage(file + ":5: a list of names is expected here, such as [danger-kitchen]; write each expected"
                        + " line as 'action-id: [rule-id, ...]', with 'cautions: [caution-id, ...]' on the next line when"
                        + " the action carries cautions");
    }
}
