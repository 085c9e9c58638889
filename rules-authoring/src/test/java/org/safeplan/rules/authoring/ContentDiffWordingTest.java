package org.safeplan.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeplan.rules.authoring.ContentFixture.CATALOG;
import static org.safeplan.rules.authoring.ContentFixture.JURISDICTIONS;
import static org.safeplan.rules.authoring.ContentFixture.PLANNING;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeplan.rules.Caution;
import org.safeplan.rules.authoring.DiffReport.Rewording;

/**
 * On the small valid content folder: a changed caution is a re-wording shown with both wordings,
 * a country added to the jurisdiction data is swept, and the summary line says what happened.
 */
class ContentDiffWordingTest {


    @TempDir
    Path temp;

    private ContentFixture withCaution(String folder) {
        return ContentFixture.copyTo(temp.resolve(folder)).withNotesCaution();
    }

    private static DiffReport diff(ContentFixture a, ContentFixture b) {
        return ContentDiff.compare(a.root(), b.root(), List.of(), ContentDiff.sweep(a.root(), b.root()),
                ContentDiff.Progress.NONE);
    }

    @Test
    void sameContentSaysNoChangeInItsLastLine() {
        ContentFixture a = withCaution("a");
        DiffReport report = diff(a, a);
        long compared = ContentDiff.sweep(a.root(), a.root()).size();
        assertThat(report.hasChanges()).isFalse();
        assertThat(report.summary()).isEqualTo(String.format(java.util.Locale.ROOT,
                "1.0.0 → 1.0.0: no change: the advice is the same in all %,d situations compared and no rule changed.",
                compared));
        assertThat(report.toMarkdown().lines().reduce((x, y) -> y).orElseThrow()).isEqualTo("Summary: " + report.summary());
        assertThat(report.toMarkdown()).endsWith("\n\nSummary: " + report.summary() + "\n");
    }

    @Test
    void aChangedCautionIsAReWordingShownOnceWithBothWordings() throws Exception {
        ContentFixture a = withCaution("a");
        ContentFixture b = withCaution("b").edit(CATALOG, "text: Keep it where the abuser cannot find it.",
                "text: Keep it where the abuser will never look.");
        DiffReport report = diff(a, b);

        assertThat(report.changed()).isNotEmpty().allSatisfy(d -> {
            assertThat(d.reworded()).containsExactly("keep-a-diary");
            assertThat(d.added()).isEmpty();
            assertThat(d.removed()).isEmpty();
            assertThat(d.reranked()).isEmpty();
        });
        assertThat(report.rewordings()).hasSize(1);
        Rewording r = report.rewordings().get(0);
        assertThat(r.actionId()).isEqualTo("keep-a-diary");
        assertThat(r.situations()).isEqualTo(report.changed().size());
        assertThat(r.example()).isEqualTo(report.changed().get(0).situation());
        assertThat(r.before().title()).isEqualTo(r.after().title());
        assertThat(r.before().text()).isEqualTo(r.after().text());
        assertThat(r.before().cautions()).containsExactly(
                new Caution("keep-notes-hidden", "Keep it where the abuser cannot find it.", "Keep it hidden from the abuser.",
                        List.of("002-8")));
        assertThat(r.after().cautions()).containsExactly(
                new Caution("keep-notes-hidden", "Keep it where the abuser will never look.", "Keep it hidden from the abuser.",
                        List.of("002-8")));

        String md = report.toMarkdown();
        assertThat(md).contains("### Re-worded actions")
                .contains(String.format(java.util.Locale.ROOT, "#### `keep-a-diary`: %,d situations, e.g. `", r.situations()))
                .contains("| cautions | keep-notes-hidden: Keep it where the abuser cannot find it. (sources 002-8)"
                        + " | keep-notes-hidden: Keep it where the abuser will never look. (sources 002-8) |")
                .doesNotContain("| title |").doesNotContain("| text |");
        assertThat(md.split("#### `keep-a-diary`", -1)).hasSize(2);
        assertThat(report.summary()).isEqualTo(String.format(java.util.Locale.ROOT,
                "1.0.0 → 1.0.0: %,d of %,d situations changed (actions re-worded in %,d); 1 action re-worded;"
                        + " no rule changed; the content version was not raised.",
                report.changed().size(), ContentDiff.sweep(a.root(), b.root()).size(), report.changed().size()));
        assertThat(md.lines().reduce((x, y) -> y).orElseThrow()).isEqualTo("Summary: " + report.summary());

        JsonNode json = new ObjectMapper().readTree(report.toJson());
        assertThat(json.get("summary").asText()).isEqualTo(report.summary());
        assertThat(json.get("rewordings")).hasSize(1);
        JsonNode w = json.get("rewordings").get(0);
        assertThat(w.get("actionId").asText()).isEqualTo("keep-a-diary");
        assertThat(w.get("situations").asLong()).isEqualTo(r.situations());
        assertThat(w.get("before").get("cautions").get(0).get("text").asText())
                .isEqualTo("Keep it where the abuser cannot find it.");
        assertThat(w.get("after").get("cautions").get(0).get("text").asText())
                .isEqualTo("Keep it where the abuser will never look.");
        assertThat(w.get("after").get("title").asText()).isEqualTo(r.after().title());
    }

    @Test
    void aCountryAddedToTheJurisdictionsIsSweptAndOnlyItsAdviceChanges() {
        ContentFixture a = withCaution("a");
        ContentFixture b = withCaution("b").append(JURISDICTIONS, "  IE:\n    emergencyNumber: \"112\"\n");
        DiffReport report = diff(a, b);
        assertThat(report.countriesSwept()).containsExactly("US", "GB", "IE", "FR");
        assertThat(report.changed()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.situation().getCountry()).isEqualTo("IE"))
                .allSatisfy(d -> assertThat(d.reworded()).containsExactly("call-emergency-services"));
        assertThat(report.rewordings()).singleElement().satisfies(r -> {
            assertThat(r.before().title()).isEqualTo("Call your local emergency number as soon as it is safe to");
            assertThat(r.after().title()).isEqualTo("Call 112 as soon as it is safe to");
        });
        assertThat(report.toMarkdown()).contains("(countries US, GB, IE, FR and unknown)")
                .contains("| title | Call your local emergency number as soon as it is safe to"
                        + " | Call 112 as soon as it is safe to |");
        // The sweep of old, with its fixed countries, cannot see the change.
        DiffReport fixed = ContentDiff.compare(a.root(), b.root(), List.of(), SituationSpace.standard(), 1,
                ContentDiff.Progress.NONE);
        assertThat(fixed.changed()).isEmpty();
    }
}
