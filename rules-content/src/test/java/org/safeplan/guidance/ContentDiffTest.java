package org.safeplan.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeplan.rules.ContentSource;
import org.safeplan.rules.Exposure;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.authoring.ContentDiff;
import org.safeplan.rules.authoring.DiffReport;
import org.safeplan.rules.authoring.DiffReport.Rewording;
import org.safeplan.rules.authoring.RuleChange;
import org.safeplan.rules.authoring.Scenario;
import org.safeplan.rules.authoring.ScenarioFile;
import org.safeplan.rules.authoring.SituationSpace;

/**
 * The diff on real content changes: a country's pack added, a re-worded action,
 * a changed priority, a removed rule, an edited rule. Every change is made to a copy of the content
 * as it is, and what the report must say is derived from the edit, never from wording or numbers a
 * content author may change.
 */
class ContentDiffTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    private static Path baseline;
    private static SafetyAdvisor baselineAdvisor;
    private static List<Scenario> scenarios;

    @BeforeAll
    static void baseline() throws IOException {
        baseline = ContentCopies.jar(temp.resolve("baseline.jar"), (name, text) -> text);
        baselineAdvisor = SafetyAdvisor.create(ContentSource.jar(baseline));
        scenarios = ScenarioFile.readFolder(Path.of("scenarios"));
    }

    /** The baseline's version with a pre-release tag: a version the content can never already have. */
    private static String candidateVersion(String tag) {
        return baselineAdvisor.contentVersion() + "-" + tag;
    }

    private static String withVersion(String manifest, String version) {
        return manifest.replaceFirst("(?m)^version: \\S+", "version: " + version);
    }

    private static DiffReport diff(Path candidate) {
        return ContentDiff.compare(baseline, candidate, scenarios, ContentDiff.sweep(baseline, candidate),
                ContentDiff.Progress.NONE);
    }

    private static String lastLine(String text) {
        return text.lines().reduce((a, b) -> b).orElseThrow();
    }

    /** A country code that the content has no pack for yet. */
    private static String countryWithoutEntry() {
        List<String> defined = GuidanceSources.countries();
        return Stream.of("IE", "NZ", "ZA", "IN", "CA", "AU").filter(c -> !defined.contains(c)).findFirst().orElseThrow();
    }

    /**
     * A copy of the content folder with a pack for {@code country} added (listed in content.yaml), whose
     * only fact is its emergency number {@code number}.
     */
    private static Path withCountry(String country, String number) throws IOException {
        Path copy = ContentCopies.folder(temp, ContentCopies.MANIFEST,
                manifest -> manifest.replaceFirst("packs: \\[([^]]*)]", "packs: [$1, " + country + "]"));
        String reviewBy = GuidanceSources.jurisdictions().packs().values().iterator().next().reviewBy().toString();
        Files.writeString(copy.resolve(GuidanceSources.packFolder()).resolve(country + ".yaml"), "country: " + country
                + "\nreviewBy: " + reviewBy + "\nname: {en: " + country + "}\nemergencyNumbers:\n  - number: \"" + number
                + "\"\n    source: [https://example.org/" + country + "]\n");
        return copy;
    }

    private static boolean mentions(DiffReport.Wording w, String text) {
        return w.title().contains(text) || w.text().contains(text) || w.cautions().stream().anyMatch(c -> c.text().contains(text));
    }

    @Test
    void identicalContentHasNoChanges() {
        DiffReport report = ContentDiff.compare(baseline, baseline, scenarios, SituationSpace.core(), ContentDiff.Progress.NONE);
        assertThat(report.hasChanges()).isFalse();
        assertThat(report.toMarkdown()).contains("**the advice is the same.**");
        String v = baselineAdvisor.contentVersion();
        assertThat(report.summary()).isEqualTo(String.format(Locale.ROOT, "%s → %s: no change: the advice is the same"
                + " in all %,d situations compared and no rule changed.", v, v, scenarios.size() + SituationSpace.core().size()));
        assertThat(lastLine(report.toMarkdown())).isEqualTo("Summary: " + report.summary());
    }

    @Test
    void aCountryAddedWithItsOwnNumberIsSweptAndItsAdviceReportedAsChanged() throws IOException {
        String country = countryWithoutEntry();
        String number = "112";
        Path candidate = withCountry(country, number);
        DiffReport report = diff(candidate);

        assertThat(report.countriesSwept()).contains(country).contains("US", "GB").doesNotHaveDuplicates();
        assertThat(report.toMarkdown()).contains("(countries " + String.join(", ", report.countriesSwept()) + " and unknown)");
        assertThat(report.rules()).isEmpty();
        assertThat(report.changed()).isNotEmpty().allSatisfy(d -> {
            assertThat(d.situation().getCountry()).isEqualTo(country);
            assertThat(d.reworded()).isNotEmpty();
            assertThat(d.added()).isEmpty();
            assertThat(d.removed()).isEmpty();
        });
        assertThat(report.rewordings()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.example().getCountry()).isEqualTo(country);
            assertThat(mentions(r.after(), number)).as(r.actionId()).isTrue();
            assertThat(mentions(r.before(), number)).as(r.actionId()).isFalse();
        });
        String md = report.toMarkdown();
        assertThat(md).contains("### Re-worded actions");
        for (Rewording r : report.rewordings()) {
            assertThat(md).contains("#### `" + r.actionId() + "`: ");
        }
        assertThat(lastLine(md)).startsWith("Summary: ").contains(String.format(Locale.ROOT, " %,d of %,d situations changed",
                report.changed().size(), scenarios.size() + ContentDiff.sweep(baseline, candidate).size()));

        // What the sweep of old, with its countries fixed in the engine, said: the advice is the same.
        DiffReport fixedCountries = ContentDiff.compare(baselineAdvisor,
                SafetyAdvisor.create(ContentSource.folder(candidate)), List.of(), List.of(), SituationSpace.standard(),
                ContentDiff.Progress.NONE);
        assertThat(fixedCountries.changed()).isEmpty();
    }

    /** The first recommendation of a scenario's advice whose title in the catalog has no placeholder. */
    private record Titled(Scenario scenario, Recommendation recommendation) {
    }

    private static Titled firstPlainTitle() {
        for (Scenario s : scenarios) {
            for (Recommendation r : baselineAdvisor.advise(s.situation()).recommendations()) {
                if (GuidanceSources.hasPlainTitle(r)) {
                    return new Titled(s, r);
                }
            }
        }
        throw new AssertionError("no scenario is advised an action with a plain title");
    }

    @Test
    void aRewordedActionShowsItsOldAndNewWordingOnceInMarkdownAndJson() throws IOException {
        Titled picked = firstPlainTitle();
        String id = picked.recommendation().actionId();
        String before = picked.recommendation().title();
        String after = before + " (new)";
        String version = candidateVersion("reworded");
        Path candidate = ContentCopies.jar(temp.resolve("reworded.jar"), (file, text) -> switch (file) {
            case ContentCopies.CATALOG -> text.replace(GuidanceSources.plainTitleLine(before), GuidanceSources.plainTitleLine(after));
            case ContentCopies.MANIFEST -> withVersion(text, version);
            default -> text;
        });
        DiffReport report = diff(candidate);

        assertThat(report.changed()).isNotEmpty().allSatisfy(d -> {
            assertThat(d.reworded()).containsExactly(id);
            assertThat(d.added()).isEmpty();
            assertThat(d.removed()).isEmpty();
            assertThat(d.reranked()).isEmpty();
        });
        assertThat(report.changed()).anyMatch(d -> picked.scenario().name().equals(d.scenario()));
        assertThat(report.counts()).containsEntry("reworded", (long) report.changed().size()).containsEntry("added", 0L);
        assertThat(report.rules()).isEmpty();
        // Once per pair of wordings (a text can differ by country), never once per situation.
        assertThat(report.rewordings()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.actionId()).isEqualTo(id);
            assertThat(r.before().title()).isEqualTo(before);
            assertThat(r.after().title()).isEqualTo(after);
            assertThat(r.after().text()).isEqualTo(r.before().text());
            assertThat(r.after().cautions()).isEqualTo(r.before().cautions());
        });
        assertThat(report.rewordings()).doesNotHaveDuplicates();
        assertThat(report.rewordings().stream().mapToLong(Rewording::situations).sum()).isEqualTo(report.changed().size());

        String md = report.toMarkdown();
        String v = baselineAdvisor.contentVersion();
        assertThat(md).contains("## Advice changes: " + v + " → " + version)
                .contains("re-worded " + id)
                .contains("| title | " + before + " | " + after + " |")
                .doesNotContain("| text |");
        assertThat(md.split("#### `" + id + "`: ", -1)).hasSize(report.rewordings().size() + 1);
        assertThat(report.summary()).isEqualTo(String.format(Locale.ROOT, "%s → %s: %,d of %,d situations changed"
                        + " (actions re-worded in %,d); 1 action re-worded; no rule changed.", v, version,
                report.changed().size(), scenarios.size() + ContentDiff.sweep(baseline, candidate).size(),
                report.changed().size()));
        assertThat(lastLine(md)).isEqualTo("Summary: " + report.summary());

        JsonNode json = JSON.readTree(report.toJson());
        assertThat(json.get("summary").asText()).isEqualTo(report.summary());
        assertThat(json.get("rewordings")).hasSize(report.rewordings().size());
        for (JsonNode r : json.get("rewordings")) {
            assertThat(r.get("actionId").asText()).isEqualTo(id);
            assertThat(r.get("before").get("title").asText()).isEqualTo(before);
            assertThat(r.get("after").get("title").asText()).isEqualTo(after);
            assertThat(r.get("after").get("text").asText()).isEqualTo(r.get("before").get("text").asText());
            assertThat(r.get("situations").asLong()).isPositive();
        }
        assertThat(report.toJson()).contains("\"reworded\":[\"" + id + "\"]");
    }

    /** Two neighbours of the same tier in a scenario's advice, placed by the catalog's priority alone. */
    private record Neighbours(Scenario scenario, Recommendation first, Recommendation second, int firstPriority) {
    }

    private static Neighbours neighboursOrderedByPriority() {
        Map<String, Map<String, Object>> catalog = GuidanceSources.actionsById();
        for (Scenario s : scenarios) {
            List<Recommendation> recs = baselineAdvisor.advise(s.situation()).recommendations();
            for (int i = 0; i + 1 < recs.size(); i++) {
                Recommendation a = recs.get(i);
                Recommendation b = recs.get(i + 1);
                int pa = ((Number) catalog.get(a.actionId()).get("priority")).intValue();
                if (a.urgency() == b.urgency() && a.placedBy().isEmpty() && b.placedBy().isEmpty() && pa > 1
                        && a.exposures().contains(Exposure.VOICE_CALL) == b.exposures().contains(Exposure.VOICE_CALL)) {
                    return new Neighbours(s, a, b, pa);
                }
            }
        }
        throw new AssertionError("no scenario has two neighbours of one tier ordered by priority alone");
    }

    @Test
    void aChangedPriorityIsReportedAsReRanked() throws IOException {
        Neighbours n = neighboursOrderedByPriority();
        String moved = n.second().actionId();
        // The second moves ahead of the first.
        Pattern priority = Pattern.compile("(  - id: " + Pattern.quote(moved) + "\n(?:    .*\n)*?    priority: )\\d+");
        Path candidate = ContentCopies.jar(temp.resolve("priority.jar"), (file, text) -> {
            if (!file.equals(ContentCopies.CATALOG)) {
                return text;
            }
            Matcher m = priority.matcher(text);
            assertThat(m.find()).as("the priority of " + moved).isTrue();
            return m.replaceFirst("$1" + (n.firstPriority() - 1));
        });
        DiffReport report = diff(candidate);
        assertThat(report.changed()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.reworded()).isEmpty())
                .anySatisfy(d -> {
                    assertThat(d.scenario()).isEqualTo(n.scenario().name());
                    assertThat(d.reranked()).contains(moved, n.first().actionId());
                });
        assertThat(report.rewordings()).isEmpty();
        assertThat(report.rules()).isEmpty();
    }

    /** A rule, the action it alone recommends in some scenario, and its {@code @version}. */
    private record SoleRule(GuidanceSources.DrlRule rule, String action, Scenario scenario, String version) {
    }

    private static SoleRule soleRecommender() {
        Map<String, GuidanceSources.DrlRule> rules = new java.util.LinkedHashMap<>();
        GuidanceSources.rules().forEach(r -> rules.put(r.id(), r));
        for (Scenario s : scenarios) {
            for (Recommendation r : baselineAdvisor.advise(s.situation()).recommendations()) {
                GuidanceSources.DrlRule rule = r.firedBy().size() == 1 ? rules.get(r.firedBy().get(0)) : null;
                if (rule != null && r.actionId().equals(rule.recommends())) {
                    return new SoleRule(rule, r.actionId(), s, version(rule));
                }
            }
        }
        throw new AssertionError("no action recommended by one rule alone");
    }

    private static String version(GuidanceSources.DrlRule rule) {
        String drl = GuidanceSources.read(GuidanceSources.GUIDANCE.resolve(rule.file()));
        Matcher m = Pattern.compile("@id\\(\"" + Pattern.quote(rule.id()) + "\"\\)\\s*@version\\(\"([^\"]+)\"\\)").matcher(drl);
        assertThat(m.find()).as("@version of " + rule.id()).isTrue();
        return m.group(1);
    }

    /** The DRL file with the rule's whole text ({@code rule "name" ... end}) removed. */
    private static String without(String drl, GuidanceSources.DrlRule rule) {
        String edited = drl.replaceAll("(?s)rule \"" + Pattern.quote(rule.name()) + "\".*?\\nend\\n", "");
        assertThat(edited).isNotEqualTo(drl);
        return edited;
    }

    @Test
    void aRemovedOrderingRuleIsReportedWithTheReRanksItCauses() throws IOException {
        Map<String, GuidanceSources.DrlRule> rules = new java.util.LinkedHashMap<>();
        GuidanceSources.rules().forEach(r -> rules.put(r.id(), r));
        Recommendation placed = null;
        for (Scenario s : scenarios) {
            for (Recommendation r : baselineAdvisor.advise(s.situation()).recommendations()) {
                if (placed == null && r.placedBy().size() == 1) {
                    placed = r;
                }
            }
        }
        assertThat(placed).as("a scenario with an action placed by one ordering rule").isNotNull();
        GuidanceSources.DrlRule ordering = rules.get(placed.placedBy().get(0));
        String file = "org/safeplan/guidance/" + ordering.file();
        DiffReport report = diff(ContentCopies.folder(temp, file, drl -> without(drl, ordering)));
        assertThat(report.rules()).containsExactly(
                new RuleChange(ordering.id(), RuleChange.Kind.REMOVED, version(ordering), null));
        // The rule applied in that scenario; it may or may not have moved the action there (it may have been
        // first already), but somewhere its removal re-ranks the advice, and nothing is re-worded.
        assertThat(report.changed()).isNotEmpty().allSatisfy(d -> assertThat(d.reworded()).isEmpty())
                .anySatisfy(d -> assertThat(d.reranked()).isNotEmpty());
        assertThat(report.toMarkdown()).contains("`" + ordering.id() + "` removed");
    }

    @Test
    void aRemovedRuleIsReportedWithTheAdviceItTakesAwayAndAnEditedRuleWithoutNewVersionIsFlagged() throws IOException {
        SoleRule sole = soleRecommender();
        String file = "org/safeplan/guidance/" + sole.rule().file();
        Path candidate = ContentCopies.folder(temp, file, drl -> without(drl, sole.rule()));
        DiffReport removed = diff(candidate);
        assertThat(removed.rules()).containsExactly(
                new RuleChange(sole.rule().id(), RuleChange.Kind.REMOVED, sole.version(), null));
        assertThat(removed.changed()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.removed()).isNotEmpty())
                .anySatisfy(d -> {
                    assertThat(d.scenario()).isEqualTo(sole.scenario().name());
                    assertThat(d.removed()).contains(sole.action());
                });
        assertThat(removed.toMarkdown())
                .contains("`" + sole.rule().id() + "` removed (was version " + sole.version() + ")")
                .contains("**The content version was not raised**");
        assertThat(removed.summary()).contains("; 1 rule changed; the content version was not raised.");

        String name = "rule \"" + sole.rule().name() + "\"";
        Path edited = ContentCopies.folder(temp, file, drl -> drl.replace(name, "rule \"" + sole.rule().name() + ", edited\""));
        DiffReport flagged = ContentDiff.compare(baseline, edited, List.of(), List.of(), ContentDiff.Progress.NONE);
        assertThat(flagged.rules()).containsExactly(new RuleChange(sole.rule().id(),
                RuleChange.Kind.CHANGED_WITHOUT_NEW_VERSION, sole.version(), sole.version()));
        assertThat(flagged.toMarkdown()).contains("`" + sole.rule().id() + "` **changed but its @version is still "
                + sole.version() + ": raise it**");
        String v = baselineAdvisor.contentVersion();
        assertThat(flagged.summary()).isEqualTo(v + " → " + v + ": no situation compared; 1 rule changed"
                + " (1 without a new @version); the content version was not raised.");
    }

    @Test
    void theReportIsTheSameOnOneThreadAndOnSeveral() throws IOException {
        // Several kinds of change at once: a country added, an action re-worded, a rule removed.
        String country = countryWithoutEntry();
        Titled picked = firstPlainTitle();
        String title = picked.recommendation().title();
        SoleRule sole = soleRecommender();
        Path candidate = withCountry(country, "112");
        Path catalog = candidate.resolve(ContentCopies.CATALOG);
        Files.writeString(catalog, Files.readString(catalog).replace(GuidanceSources.plainTitleLine(title),
                GuidanceSources.plainTitleLine(title + " (new)")));
        ContentCopies.restamp(candidate);
        Path drl = candidate.resolve("org/safeplan/guidance/" + sole.rule().file());
        Files.writeString(drl, without(Files.readString(drl), sole.rule()));

        SafetyAdvisor after = SafetyAdvisor.create(ContentSource.folder(candidate));
        SituationSpace sweep = ContentDiff.sweep(baseline, candidate);
        List<long[]> progress = new ArrayList<>();
        DiffReport one = ContentDiff.compare(baselineAdvisor, after, List.of(), scenarios, sweep, 1,
                (done, total) -> progress.add(new long[] {done, total}));
        DiffReport three = ContentDiff.compare(baselineAdvisor, after, List.of(), scenarios, sweep, 3, ContentDiff.Progress.NONE);

        assertThat(one.changed()).isNotEmpty();
        assertThat(one.counts().get("removed")).isPositive();
        assertThat(one.counts().get("reworded")).isPositive();
        assertThat(one.rewordings()).isNotEmpty();
        assertThat(three.changed()).isEqualTo(one.changed());
        assertThat(three.rewordings()).isEqualTo(one.rewordings());
        assertThat(three.toJson()).isEqualTo(one.toJson());
        assertThat(three.toMarkdown()).isEqualTo(one.toMarkdown());
        // Progress comes in order and ends with everything compared.
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1)).containsExactly(scenarios.size() + sweep.size(),
                scenarios.size() + sweep.size());
        for (int i = 1; i < progress.size(); i++) {
            assertThat(progress.get(i)[0]).isGreaterThanOrEqualTo(progress.get(i - 1)[0]);
        }
    }
}
