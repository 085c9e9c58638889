package org.safeplan.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeplan.rules.authoring.ContentFixture.CATALOG;
import static org.safeplan.rules.authoring.ContentFixture.DANGER;
import static org.safeplan.rules.authoring.ContentFixture.INVENTORY;
import static org.safeplan.rules.authoring.ContentFixture.JURISDICTIONS;
import static org.safeplan.rules.authoring.ContentFixture.MANIFEST;
import static org.safeplan.rules.authoring.ContentFixture.OUT_OF_SCOPE;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The manifest, catalog, jurisdictions, inventory and out-of-scope list: each kind of error is
 * planted in a valid content folder and reported as file:line: message.
 */
class ContentFileValidationTest {

    private static final String DIARY = """
              - id: keep-a-diary
                urgency: PLANNING
            """;

    private final ContentFixture content;

    ContentFileValidationTest(@TempDir Path folder) {
        content = ContentFixture.copyTo(folder);
    }

    @Test
    void aFolderWithoutManifestIsOneClearProblem(@TempDir Path empty) {
        ValidationReport report = ContentValidator.validate(empty);
        assertThat(report.isValid()).isFalse();
        assertThat(report).hasToString(MANIFEST + ": no content manifest in " + empty + ": give the content folder that"
                + " holds META-INF/safeplan/content.yaml, such as rules-content/src/main/resources");
    }

    @Test
    void aFileTheManifestNamesButIsMissingIsReportedAtTheManifestLine() {
        content.edit(MANIFEST, "catalog: org/safeplan/guidance/actions.yaml", "catalog: org/safeplan/guidance/action.yaml");
        content.edit(MANIFEST, "rules: org/safeplan/guidance", "rules: org/safeplan/guidanse");
        assertThat(content.problems()).containsExactly(
                MANIFEST + ":5: 'rules' names org/safeplan/guidanse, which does not exist in the content folder",
                MANIFEST + ":6: 'catalog' names org/safeplan/guidance/action.yaml, which does not exist in the content folder");
    }

    @Test
    void aBrokenManifestIsReported() {
        content.edit(MANIFEST, "version: 1.0.0", "version: 1.0");
        assertThat(content.problems()).containsExactly(
                MANIFEST + ":3: version '1.0' is not a semantic version such as 1.4.0");
    }

    @Test
    void catalogProblemsAreReportedAllAtOnce() {
        content.edit(CATALOG, "    title: Get out of the kitchen\n", "");
        content.edit(CATALOG, "urgency: PLANNING\n    priority: 11", "urgency: PLANING\n    priority: 11");
        content.edit(CATALOG, "exposures: [VOICE_CALL]", "exposures: [VOICE]");
        content.append(CATALOG, DIARY);
        assertThat(content.problems()).containsExactly(
                CATALOG + ":3: missing 'title'",
                CATALOG + ":18: action 'call-emergency-services': unknown exposures value 'VOICE'; allowed: VOICE_CALL,"
                        + " SILENT_CALL, WRITTEN_TRACE, DIGITAL_TRACE, MAKES_NOISE, LEAVES_ROOM, LEAVES_HOME, TELLS_OTHERS",
                CATALOG + ":30: action 'hide-what-you-write': unknown urgency value 'PLANING' (did you mean \"PLANNING\"?);"
                        + " allowed: IMMEDIATE, URGENT, PLANNING, INFORMATION",
                CATALOG + ":36: missing 'title'");
    }

    @Test
    void aDuplicateActionIdNamesTheFirst() {
        content.append(CATALOG, DIARY + "    priority: 1\n    title: t\n    text: t\n    summary: s\n    sources: [002-10]\n");
        assertThat(content.problems()).containsExactly(
                CATALOG + ":37: duplicate action id 'keep-a-diary' (first defined at line 21)");
    }

    @Test
    void brokenYamlNamesTheLine() {
        content.edit(CATALOG, "sources: [001-3]", "sources: [001-3");
        assertThat(content.problems()).singleElement().asString()
                .startsWith(CATALOG + ":10: invalid YAML: ");
    }

    @Test
    void anUnknownPlaceholderAndAnOverLongTitleAreReported() {
        content.edit(CATALOG, "call {emergencyNumber}.", "call {emergencyNumbr}.");
        content.edit(CATALOG, "title: Keep a diary of what happens", "title: Keep a diary of what happens " + "x".repeat(60));
        assertThat(content.problems()).containsExactly(
                CATALOG + ":12: action 'call-emergency-services': unknown placeholder {emergencyNumbr}"
                        + " (did you mean \"emergencyNumber\"?); known: emergencyNumber",
                CATALOG + ":21: action 'keep-a-diary': title is 89 characters for default; keep it to 80",
                CATALOG + ":21: action 'keep-a-diary': title is 89 characters for US; keep it to 80",
                CATALOG + ":21: action 'keep-a-diary': title is 89 characters for GB; keep it to 80");
    }

    @Test
    void jurisdictionCodesMustBeIsoCodes() {
        content.edit(JURISDICTIONS, "GB:", "UK:");
        assertThat(content.problems()).containsExactly(JURISDICTIONS + ":7: \"UK\" is not an ISO 3166-1 alpha-2 country"
                + " code (did you mean \"GB\"?); use two letters such as US or GB");
    }

    @Test
    void aSourceMustBeInTheInventoryWithASuggestion() {
        content.edit(CATALOG, "sources: [002-10]", "sources: [002-01]");
        assertThat(content.problems()).containsExactly(
                INVENTORY + ":9: inventory id 002-10 is not cited by any action or caution: cite it in an action's sources, or list"
                        + " it in " + OUT_OF_SCOPE + " with a reason",
                CATALOG + ":21: action 'keep-a-diary': source 002-01 is not in " + INVENTORY + " (did you mean \"002-10\"?)");
    }

    @Test
    void anActionNoRuleRecommendsIsReported() {
        content.append(CATALOG, DIARY.replace("keep-a-diary", "plan-a-route")
                + "    priority: 12\n    title: Plan a safe way out\n    text: t\n    summary: s\n    sources: [002-12]\n");
        content.delete(OUT_OF_SCOPE);
        assertThat(content.problems()).containsExactly(CATALOG + ":37: action 'plan-a-route' is not recommended by any"
                + " rule: add a rule that recommends it, or remove it");
    }

    @Test
    void anInventoryIdNothingCitesIsReportedAtItsLine() {
        content.append(INVENTORY, "- 002-13 Keep important papers together.\n- 002-13 Twice.\n");
        assertThat(content.problems()).containsExactly(
                INVENTORY + ":11: inventory id 002-13 is not cited by any action or caution: cite it in an action's sources, or"
                        + " list it in " + OUT_OF_SCOPE + " with a reason",
                INVENTORY + ":12: inventory id 002-13 is listed twice (first at line 11)");
    }

    @Test
    void withoutAnOutOfScopeFileEveryIdMustBeCited() {
        content.delete(OUT_OF_SCOPE);
        assertThat(content.problems()).containsExactly(INVENTORY + ":10: inventory id 002-12 is not cited by any action or caution:"
                + " cite it in an action's sources, or list it in " + OUT_OF_SCOPE + " with a reason");
    }

    @Test
    void outOfScopeEntriesMustBeKnownUncitedListedOnceAndGiveAReason() {
        content.append(OUT_OF_SCOPE, """
                  - id: 001-3
                    reason: cited by mistake
                  - id: 002-21
                    reason: a typo
                  - id: 002-12
                    reason: twice
                """);
        assertThat(content.problems()).containsExactly(
                OUT_OF_SCOPE + ":4: 001-3 is listed as out of scope, but action 'leave-the-kitchen' cites it ("
                        + CATALOG + ":3): remove it from one of the two",
                OUT_OF_SCOPE + ":6: 002-21 is not in " + INVENTORY + " (did you mean \"002-12\"?)",
                OUT_OF_SCOPE + ":8: 002-12 is listed twice (first at line 2)");
        content.append(OUT_OF_SCOPE, "  - id: 001-8\n");
        assertThat(content.problems()).containsExactly(OUT_OF_SCOPE + ":10: missing 'reason'");
    }

    @Test
    void theReportIsSortedByFileThenLineWithOneProblemPerLine() {
        content.edit(DANGER, "advice.recommend(\"leave-the-kitchen\");", "advice.recommend(\"leave-the-kitchn\");");
        ValidationReport report = ContentValidator.validate(content.root());
        assertThat(report.problems()).extracting(ContentProblem::file).containsExactly(CATALOG, DANGER);
        assertThat(report.problems()).extracting(ContentProblem::line).containsExactly(3, 15);
        assertThat(report.toString().lines()).hasSize(2).allMatch(l -> l.matches("[^:]+:\\d+: .+"));
        assertThat(new ContentProblem("a.drl", 0, "m")).hasToString("a.drl: m");
        assertThat(new ValidationReport(List.of(new ContentProblem("b", 2, "x"), new ContentProblem("a", 9, "y"),
                new ContentProblem("b", 1, "z"))).toString()).isEqualTo("a:9: y\nb:1: z\nb:2: x");
    }
}
