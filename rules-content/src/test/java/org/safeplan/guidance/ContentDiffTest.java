package org.safeplan.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeplan.rules.authoring.ContentDiff;
import org.safeplan.rules.authoring.DiffReport;
import org.safeplan.rules.authoring.RuleChange;
import org.safeplan.rules.authoring.Scenario;
import org.safeplan.rules.authoring.ScenarioFile;
import org.safeplan.rules.authoring.SituationDiff;
import org.safeplan.rules.authoring.SituationSpace;

/** The diff on real content changes: a re-worded action, a changed priority, a removed rule. */
class ContentDiffTest {

    @TempDir
    static Path temp;
    private static Path baseline;
    private static List<Scenario> scenarios;

    @BeforeAll
    static void baseline() throws IOException {
        baseline = ContentCopies.jar(temp.resolve("baseline.jar"), (name, text) -> text);
        scenarios = ScenarioFile.readFolder(Path.of("scenarios"));
    }

    private static Path candidateJar(String name, String catalogFrom, String catalogTo) throws IOException {
        return ContentCopies.jar(temp.resolve(name), (file, text) -> switch (file) {
            case ContentCopies.CATALOG -> text.replace(catalogFrom, catalogTo);
            case ContentCopies.MANIFEST -> text.replaceFirst("version: \\S+", "version: 2.0.1");
            default -> text;
        });
    }

    private static DiffReport diff(Path candidate) {
        return ContentDiff.compare(baseline, candidate, scenarios, SituationSpace.standard(), ContentDiff.Progress.NONE);
    }

    @Test
    void identicalContentHasNoChanges() {
        DiffReport report = ContentDiff.compare(baseline, baseline, scenarios, SituationSpace.core(), ContentDiff.Progress.NONE);
        assertThat(report.hasChanges()).isFalse();
        assertThat(report.toMarkdown()).contains("**the advice is the same.**");
    }

    @Test
    void aRewordedActionIsReportedWhereverItIsRecommended() throws IOException {
        DiffReport report = diff(candidateJar("reworded.jar", "title: Get out of the garage", "title: Leave the garage now"));
        assertThat(report.hasChanges()).isTrue();
        assertThat(report.changed()).isNotEmpty().allSatisfy(d -> {
            assertThat(d.reworded()).containsExactly("leave-the-garage");
            assertThat(d.added()).isEmpty();
            assertThat(d.removed()).isEmpty();
        });
        assertThat(report.changed()).anyMatch(d -> "FR survivor in the garage, phone charged, can leave".equals(d.scenario()));
        assertThat(report.counts()).containsEntry("reworded", (long) report.changed().size()).containsEntry("added", 0L);
        assertThat(report.rules()).isEmpty();
        assertThat(report.toMarkdown()).contains("re-worded leave-the-garage").contains("2.0.0 → 2.0.1");
        assertThat(report.toJson()).contains("\"reworded\":[\"leave-the-garage\"]");
    }

    @Test
    void aChangedPriorityIsReportedAsReRanked() throws IOException {
        // Showing the police injuries moves ahead of telling them what happened. The two are always
        // advised together and near the top of their tier, so a survivor's load budget keeps both:
        // the change re-ranks and neither adds nor removes (a move across the budget would do both).
        DiffReport report = diff(candidateJar("priority.jar",
                "  - id: show-police-injuries-and-damage\n    urgency: URGENT\n    priority: 11",
                "  - id: show-police-injuries-and-damage\n    urgency: URGENT\n    priority: 9"));
        assertThat(report.changed()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.reranked()).contains("show-police-injuries-and-damage"))
                .allSatisfy(d -> assertThat(d.added()).isEmpty())
                .allSatisfy(d -> assertThat(d.removed()).isEmpty());
        assertThat(report.changed()).extracting(SituationDiff::scenario)
                .contains("US survivor with police on the scene, injured, lives with the abuser");
    }

    @Test
    void aRemovedRuleIsReportedWithTheAdviceItTakesAwayAndAnEditedRuleWithoutNewVersionIsFlagged() throws IOException {
        Path candidate = ContentCopies.folder(temp, "org/safeplan/guidance/danger-staying-safe.drl", drl -> drl
                .replaceAll("(?s)rule \"Doing what the abuser demands.*?\\nend\\n", ""));
        Path edited = ContentCopies.folder(temp, "org/safeplan/guidance/danger-where-you-are.drl",
                drl -> drl.replace("immediateDanger == true, location == Location.GARAGE,",
                        "immediateDanger == true, location == Location.GARAGE, injured != true,"));
        DiffReport removed = diff(candidate);
        assertThat(removed.rules()).containsExactly(
                new RuleChange("danger-comply-to-stay-safe", RuleChange.Kind.REMOVED, "1", null));
        assertThat(removed.changed()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.removed()).containsExactly("do-what-keeps-you-safe"));
        assertThat(removed.toMarkdown()).contains("`danger-comply-to-stay-safe` removed (was version 1)")
                .contains("**The content version was not raised**");
        DiffReport flagged = ContentDiff.compare(baseline, edited, List.of(), List.of(), ContentDiff.Progress.NONE);
        assertThat(flagged.rules()).containsExactly(
                new RuleChange("danger-garage", RuleChange.Kind.CHANGED_WITHOUT_NEW_VERSION, "3", "3"));
        assertThat(flagged.toMarkdown()).contains("`danger-garage` **changed but its @version is still 3: raise it**");
    }
}
