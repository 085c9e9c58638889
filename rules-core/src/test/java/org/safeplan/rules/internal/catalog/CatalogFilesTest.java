package org.safeplan.rules.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.Exposure;
import org.safeplan.rules.Urgency;
import org.safeplan.rules.content.ContentException;

/** Catalog and jurisdiction files: every problem is reported as file:line: message. */
class CatalogFilesTest {

    private static InputStream yaml(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static final String JURISDICTIONS = """
            default:
              emergencyNumber: your local emergency number
            countries:
              US:
                emergencyNumber: "911"
            """;

    private static ActionCatalog catalog(String actions) {
        return ActionCatalog.read("actions.yaml", yaml("actions:\n" + actions));
    }

    private static final String GOOD = """
              - id: call
                urgency: IMMEDIATE
                priority: 10
                title: Call {emergencyNumber}
                text: Call {emergencyNumber} now.
                summary: Call {emergencyNumber}.
                sources: [001-8]
                exposures: [VOICE_CALL]
            """;

    @Test
    void readsActionsAndRendersEachJurisdiction() {
        ActionCatalog catalog = catalog(GOOD);
        CatalogAction call = catalog.find("call").orElseThrow();
        assertThat(call.urgency()).isEqualTo(Urgency.IMMEDIATE);
        assertThat(call.exposures()).containsExactly(Exposure.VOICE_CALL);
        assertThat(call.line()).isEqualTo(2);
        ActionTexts texts = new ActionTexts(catalog, Jurisdictions.read("j.yaml", yaml(JURISDICTIONS)));
        assertThat(texts.get("call", "US").title()).isEqualTo("Call 911");
        assertThat(texts.get("call", "FR").title()).isEqualTo("Call your local emergency number");
        assertThat(texts.get("call", null).text()).isEqualTo("Call your local emergency number now.");
    }

    @Test
    void missingFieldNamesTheLine() {
        assertThatThrownBy(() -> catalog(GOOD + "  - id: second\n    urgency: URGENT\n    priority: 1\n    text: t\n    sources: [001-1]\n"))
                .isInstanceOf(ContentException.class).hasMessage("actions.yaml:10: missing 'title'");
    }

    @Test
    void unknownUrgencySuggestsAndListsAllowedValues() {
        assertThatThrownBy(() -> catalog(GOOD.replace("IMMEDIATE", "IMEDIATE")))
                .hasMessage("actions.yaml:3: action 'call': unknown urgency value 'IMEDIATE' (did you mean \"IMMEDIATE\"?);"
                        + " allowed: IMMEDIATE, URGENT, PLANNING, INFORMATION");
    }

    @Test
    void reportsEveryProblemOfAFileAtOnce() {
        Problems problems = new Problems();
        ActionCatalog catalog = ActionCatalog.read("actions.yaml", yaml("actions:\n" + GOOD
                + "  - id: a\n    urgency: SOON\n    priority: 1\n    title: t\n    text: t\n    summary: s\n    sources: [x]\n"
                + "  - id: b\n    urgency: URGENT\n    priority: 1\n    text: t\n    sources: [x]\n"), problems);
        assertThat(catalog.ids()).containsExactly("call");
        assertThat(problems.list()).containsExactly(
                "actions.yaml:11: action 'a': unknown urgency value 'SOON'; allowed: IMMEDIATE, URGENT, PLANNING, INFORMATION",
                "actions.yaml:17: missing 'title'");
        assertThatThrownBy(() -> ActionCatalog.read("actions.yaml", yaml("actions:\n  - id: a\n  - id: b\n")))
                .isInstanceOfSatisfying(ContentException.class, e -> assertThat(e.problems()).hasSize(2));
    }

    @Test
    void unknownExposureIsNamed() {
        assertThatThrownBy(() -> catalog(GOOD.replace("VOICE_CALL", "VOICE")))
                .hasMessageStartingWith("actions.yaml:9: action 'call': unknown exposures value 'VOICE'");
    }

    @Test
    void duplicateIdPointsAtBoth() {
        assertThatThrownBy(() -> catalog(GOOD + GOOD))
                .hasMessage("actions.yaml:10: duplicate action id 'call' (first defined at line 2)");
    }

    @Test
    void priorityMustBeANumber() {
        assertThatThrownBy(() -> catalog(GOOD.replace("priority: 10", "priority: high")))
                .hasMessage("actions.yaml:4: 'priority' must be a whole number, not \"high\"");
    }

    @Test
    void brokenYamlNamesTheLine() {
        assertThatThrownBy(() -> catalog("  - id: [unclosed\n"))
                .isInstanceOf(ContentException.class).hasMessageStartingWith("actions.yaml:").hasMessageContaining("invalid YAML");
    }

    @Test
    void unknownPlaceholderIsALoadError() {
        ActionCatalog catalog = catalog(GOOD.replace("Call {emergencyNumber} now.", "Call {emergencyNumbr} now."));
        assertThatThrownBy(() -> new ActionTexts(catalog, Jurisdictions.read("j.yaml", yaml(JURISDICTIONS))))
                .hasMessage("actions.yaml:2: action 'call': unknown placeholder {emergencyNumbr}"
                        + " (did you mean \"emergencyNumber\"?); known: emergencyNumber");
    }

    @Test
    void titleOverEightyCharactersOnceFilledIsRefused() {
        ActionCatalog catalog = catalog(GOOD.replace("title: Call {emergencyNumber}",
                "title: Call {emergencyNumber} " + "x".repeat(50)));
        assertThatThrownBy(() -> new ActionTexts(catalog, Jurisdictions.read("j.yaml", yaml(JURISDICTIONS))))
                .hasMessageContaining("title is 83 characters for default; keep it to 80");
    }

    @Test
    void aSummaryIsRequiredAndNamesTheIdWhenMissing() {
        assertThatThrownBy(() -> catalog(GOOD.replace("    summary: Call {emergencyNumber}.\n", "")))
                .hasMessage("actions.yaml:2: action 'call': missing 'summary': the action in one line of at most 140"
                        + " characters, plain words, for a chat or text message");
        assertThatThrownBy(() -> ActionCatalog.read("actions.yaml", yaml("actions: []\ncautions:\n"
                + "  - id: hide\n    text: Hide it.\n    sources: [002-8]\n    guards: [WRITTEN_TRACE]\n")))
                .hasMessage("actions.yaml:3: caution 'hide': missing 'summary': the caution in one line of at most 140"
                        + " characters, plain words, for a chat or text message");
    }

    @Test
    void aSummaryHasNoDigitsAndOnlyItsTextsPlaceholders() {
        assertThatThrownBy(() -> catalog(GOOD.replace("summary: Call {emergencyNumber}.", "summary: Call 911.")))
                .hasMessage("actions.yaml:7: action 'call': \"911\" in the summary: write numbers only through"
                        + " placeholders such as {emergencyNumber} or {hotline}, so that each country gets its own");
        assertThatThrownBy(() -> catalog(GOOD.replace("summary: Call {emergencyNumber}.", "summary: Call {hotline}.")))
                .hasMessage("actions.yaml:7: action 'call': the summary uses {hotline}, which the action's text does"
                        + " not: a summary may use only the text's placeholders ({emergencyNumber})");
    }

    @Test
    void summaryOverTheLimitOnceFilledIsRefusedForItsJurisdiction() {
        String longer = "x".repeat(ActionTexts.MAX_SUMMARY_LENGTH - "Call 911 ".length());
        ActionCatalog fits = catalog(GOOD.replace("summary: Call {emergencyNumber}.", "summary: Call {emergencyNumber} " + longer));
        Jurisdictions usOnly = Jurisdictions.read("j.yaml", yaml(JURISDICTIONS.replace("your local emergency number", "x")));
        assertThat(new ActionTexts(fits, usOnly).get("call", "US").summary()).hasSize(ActionTexts.MAX_SUMMARY_LENGTH);
        assertThatThrownBy(() -> new ActionTexts(fits, Jurisdictions.read("j.yaml", yaml(JURISDICTIONS))))
                .hasMessage("actions.yaml:2: action 'call': summary is 164 characters for default; keep it to 140");
    }

    @Test
    void jurisdictionKeysMustBeIsoCodesWithDefaults() {
        assertThatThrownBy(() -> Jurisdictions.read("j.yaml", yaml(JURISDICTIONS.replace("US:", "UK:"))))
                .hasMessageStartingWith("j.yaml:4: \"UK\" is not an ISO 3166-1 alpha-2 country code (did you mean \"GB\"?)");
        assertThatThrownBy(() -> Jurisdictions.read("j.yaml", yaml(JURISDICTIONS + "    hotline: x\n")))
                .hasMessage("j.yaml:6: 'hotline' has no default value: define it under 'default' first");
    }

    @Test
    void manifestVersionMustBeSemantic() {
        String manifest = "name: n\nversion: 1.0\nrequires: {core: \"[1.0,2.0)\"}\nmodelIndex: m\nrules: r\ncatalog: c\n"
                + "jurisdictions: j\ninventory: i\n";
        assertThatThrownBy(() -> ContentManifest.read("content.yaml", yaml(manifest)))
                .hasMessage("content.yaml:2: version '1.0' is not a semantic version such as 1.4.0");
        assertThat(ContentManifest.read("content.yaml", yaml(manifest.replace("version: 1.0", "version: 1.0.0-rc.1"))).version())
                .isEqualTo("1.0.0-rc.1");
    }

    private static final String MANIFEST = "name: n\nversion: 1.4.0\nmodelIndex: m\nrules: r\ncatalog: c\n"
            + "jurisdictions: j\ninventory: i\nrequires:\n  core: \"RANGE\"\n";

    private static ContentManifest manifestRequiring(String range) {
        return ContentManifest.read("content.yaml", yaml(MANIFEST.replace("RANGE", range)));
    }

    @Test
    void manifestMustSayWhichCoreVersionsItWorksWith() {
        assertThatThrownBy(() -> ContentManifest.read("content.yaml",
                yaml(MANIFEST.substring(0, MANIFEST.indexOf("requires")))))
                .isInstanceOf(ContentException.class)
                .hasMessage("content.yaml:1: missing 'requires': say which rules-core versions the content works with,"
                        + " e.g. requires: {core: \"[1.0,2.0)\"} (README.md, Versions and upgrades)");
        assertThatThrownBy(() -> ContentManifest.read("content.yaml", yaml(MANIFEST.replace("core:", "cor:"))))
                .hasMessage("content.yaml:9: missing 'core'");
    }

    @Test
    void aMalformedCoreRangeIsNamedWithItsLine() {
        for (String bad : List.of("1.0", "[1.0,2.0", "1.0,2.0", "[1.x,2.0)", "[,2.0)", "[1.0,]", "[,]", "[01.0,2.0)",
                "[1.0.0.0,2.0)", "")) {
            assertThatThrownBy(() -> manifestRequiring(bad)).as(bad)
                    .hasMessage("content.yaml:9: 'requires: core' is \"" + bad + "\", not a version range: write it as"
                            + " Maven does, e.g. \"[1.0,2.0)\" (1.0 included, 2.0 excluded), \"[1.2,)\" (1.2 or later)"
                            + " or \"[1.0.3]\" (exactly 1.0.3)");
        }
        for (String empty : List.of("[2.0,1.0)", "[1.0,1.0)", "(1.0,1.0]")) {
            assertThatThrownBy(() -> manifestRequiring(empty)).as(empty)
                    .hasMessage("content.yaml:9: 'requires: core' is \"" + empty + "\", which holds no version: its"
                            + " lower end must be below its upper end");
        }
    }

    @Test
    void aCoreVersionInsideTheRangeLoadsAndOneOutsideIsRefusedNamingBoth() {
        ContentManifest m = manifestRequiring("[1.0,2.0)");
        for (String inside : List.of("1.0.0", "1.0.0-SNAPSHOT", "1.9.12", "1.1.0-rc.1")) {
            assertThat(m.coreMismatch(inside)).as(inside).isNull();
        }
        for (String outside : List.of("0.9.0", "2.0.0", "2.0.0-SNAPSHOT", "10.0.0")) {
            assertThat(m.coreMismatch(outside)).as(outside)
                    .isEqualTo("content n 1.4.0 requires rules-core [1.0,2.0), but this is rules-core " + outside
                            + ": load a content version made for rules-core " + outside + ", or use a rules-core in [1.0,2.0)");
        }
        assertThat(manifestRequiring("[1.2,)").coreMismatch("7.0.0")).isNull();
        assertThat(manifestRequiring("[1.2,)").coreMismatch("1.1.9")).isNotNull();
        assertThat(manifestRequiring("(,1.2)").coreMismatch("1.1.9")).isNull();
        assertThat(manifestRequiring("(1.0,1.2]").coreMismatch("1.0.0")).isNotNull();
        assertThat(manifestRequiring("(1.0,1.2]").coreMismatch("1.2.0")).isNull();
        assertThat(manifestRequiring("[1.0.3]").coreMismatch("1.0.3-SNAPSHOT")).isNull();
        assertThat(manifestRequiring("[1.0.3]").coreMismatch("1.0.4")).isNotNull();
    }

    @Test
    void theRunningCoreVersionIsTheBuildsProjectVersion() {
        // The build passes ${project.version} (rules-core's pom.xml, surefire's systemPropertyVariables).
        assertThat(System.getProperty("safeplan.coreVersion")).isNotBlank();
        assertThat(CoreVersion.get()).isEqualTo(System.getProperty("safeplan.coreVersion"));
    }
}
