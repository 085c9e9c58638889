package org.safeplan.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeplan.rules.authoring.ContentFixture.CATALOG;
import static org.safeplan.rules.authoring.ContentFixture.JURISDICTIONS;
import static org.safeplan.rules.authoring.ContentFixture.MANIFEST;
import static org.safeplan.rules.authoring.ContentFixture.SPANISH;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each check of {@code validate} on a translation, planted one at a time in the fixture's valid
 * Spanish, with its exact file:line message; and the English summary's own checks.
 */
class LocaleValidationTest {

    private static final String KITCHEN_TITLE = "    title: Salga de la cocina\n";
    private static final String DIARY_TEXT = "    text: Si no corre peligro, anote lo que pasa y cuándo.\n";

    private final ContentFixture content;

    LocaleValidationTest(@TempDir Path folder) {
        content = ContentFixture.copyTo(folder).withSpanish();
    }

    @Test
    void theFixtureIsValidWithItsTranslationAndItsCaution() {
        assertThat(content.problems()).isEmpty();
        assertThat(content.withNotesCaution().problems()).isEmpty();
    }

    @Test
    void everyIdMustBeTranslatedAndNoOther() {
        content.edit(SPANISH, "  keep-a-diary:\n", "  keep-a-dairy:\n");
        assertThat(content.problems()).containsExactly(
                SPANISH + ":2: action 'keep-a-diary' has no translation into es: add it under actions, in the"
                        + " catalog's order",
                SPANISH + ":15: action 'keep-a-dairy' is not in the catalog (did you mean \"keep-a-diary\"?): translate"
                        + " only the catalog's ids, never translate an id");
    }

    @Test
    void aMissingTextAndAnUnknownFieldAreNamed() {
        content.edit(SPANISH, KITCHEN_TITLE, "    titel: Salga de la cocina\n");
        assertThat(content.problems()).containsExactly(
                SPANISH + ":4: action 'leave-the-kitchen': missing 'title': translate the English title",
                SPANISH + ":6: action 'leave-the-kitchen': unknown field 'titel' (did you mean \"title\"?); allowed:"
                        + " status, from, title, text, summary");
    }

    @Test
    void theStatusIsReviewedOrUnreviewed() {
        content.edit(SPANISH, "    status: reviewed\n", "    status: checked\n");
        assertThat(content.problems()).containsExactly(
                SPANISH + ":16: action 'keep-a-diary': unknown status 'checked': write status: unreviewed, or status:"
                        + " reviewed once someone fluent has checked it against the English");
    }

    @Test
    void placeholdersAreTheEnglishOnesAndASummaryUsesOnlyItsEntrys() {
        content.edit(SPANISH, "llame al {emergencyNumber}.\n", "llame a emergencias.\n");
        content.edit(SPANISH, "    summary: Si no corre peligro, anote", "    summary: Si no corre peligro, llame al"
                + " {emergencyNumber} y anote");
        assertThat(content.problems()).containsExactly(
                SPANISH + ":13: action 'call-emergency-services': the text's placeholders (none) differ from the"
                        + " English text's {emergencyNumber}: keep each placeholder as it is, {inBraces}, and"
                        + " translate none",
                SPANISH + ":20: action 'keep-a-diary': the summary uses {emergencyNumber}, which the English action"
                        + " does not: a summary may use only its entry's placeholders ((none))");
    }

    @Test
    void numbersComeOnlyFromPlaceholders() {
        content.edit(SPANISH, "    summary: Llame al {emergencyNumber} cuando", "    summary: Llame al 911 cuando");
        assertThat(content.problems()).containsExactly(
                SPANISH + ":14: action 'call-emergency-services': \"911\" in the summary: write numbers only through"
                        + " placeholders such as {emergencyNumber} or {hotline}, so that each country gets its own");
    }

    @Test
    void titlesAndSummariesFitOnceFilledForEveryJurisdiction() {
        String longTitle = "Llame al {emergencyNumber} en cuanto pueda hacerlo sin peligro, desde donde esté";
        content.edit(SPANISH, "    title: Llame al {emergencyNumber} en cuanto pueda hacerlo sin peligro\n",
                "    title: " + longTitle + "\n");
        String filled = longTitle.replace("{emergencyNumber}", ContentFixture.SPANISH_NO_PACK_EMERGENCY_NUMBER);
        assertThat(content.problems()).containsExactly(SPANISH + ":12: action 'call-emergency-services': title is "
                + filled.length() + " characters for default; keep it to 80");
    }

    @Test
    void aStaleTranslationNamesTheIdAndHowToReStampIt() {
        content.edit(CATALOG, "If it is safe to, write down what happens", "If it is safe to, write down what happened");
        List<String> problems = content.problems();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).startsWith(SPANISH + ":17: action 'keep-a-diary': stale: the English changed since"
                + " this was translated (from: ").endsWith("); update the translation to the English as it is now,"
                + " then re-stamp it: safeplan l10n-stamp --lang es --id keep-a-diary");
        Translations.Stamped plain = Translations.stamp(content.root(), "es", List.of());
        assertThat(plain.stamped()).isEmpty();
        assertThat(plain.staleLeftAlone()).containsExactly("keep-a-diary");
        assertThat(content.problems()).isEqualTo(problems);
        Translations.stamp(content.root(), "es", List.of("keep-a-diary"));
        assertThat(content.problems()).isEmpty();
    }

    @Test
    void anUnstampedEntrySaysHowToStampIt() {
        content.write(SPANISH, content.read(SPANISH).replaceFirst("(    status: reviewed\n)    from: .*\n", "$1"));
        assertThat(content.problems()).containsExactly(SPANISH + ":16: action 'keep-a-diary': not stamped: no 'from'"
                + " fingerprint of the English it translates; once it matches the English, run: safeplan l10n-stamp"
                + " --lang es");
    }

    @Test
    void genderFormsWithXOrAtAreRefused() {
        content.edit(SPANISH, "los pueda ver.\n", "los pueda ver. Avise a todxs sus amig@s.\n");
        assertThat(content.problems()).containsExactly(
                SPANISH + ":25: action 'hide-what-you-write': \"todxs\" in the text: no x or @ gender forms, which"
                        + " screen readers spell out letter by letter; write a form without gender (\"la persona\","
                        + " \"quien\") or rephrase",
                SPANISH + ":25: action 'hide-what-you-write': \"amig@s\" in the text: no x or @ gender forms, which"
                        + " screen readers spell out letter by letter; write a form without gender (\"la persona\","
                        + " \"quien\") or rephrase");
    }

    @Test
    void spanishBelowTheReadabilityFloorIsNamedWithItsScore() {
        content.edit(SPANISH, DIARY_TEXT, "    text: Documentación institucional extraordinariamente"
                + " pormenorizada, contemporáneamente administrada, imprescindiblemente confidencial.\n");
        List<String> problems = content.problems();
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0)).matches(java.util.regex.Pattern.quote(SPANISH + ":19: action 'keep-a-diary': the"
                + " text reads at ") + "-?\\d+\\.\\d on the INFLESZ scale, below 55\\.0: shorter sentences and shorter words");
    }

    @Test
    void aMedianBelowTheFloorListsTheHardest() {
        String hard = "Planifique meticulosamente alternativas habitacionales temporales, considerando disponibilidad"
                + " presupuestaria.";
        content.write(SPANISH, content.read(SPANISH).replaceAll("(?m)^(    (?:text|summary): ).*$", "$1" + hard));
        assertThat(content.problems()).filteredOn(p -> p.startsWith(SPANISH + ": ")).singleElement().asString()
                .startsWith(SPANISH + ": the median INFLESZ readability of the es texts and summaries is ")
                .contains("below 65.0; the hardest: leave-the-kitchen text (");
    }

    @Test
    void aLocaleFileTheManifestListsMustExist() {
        content.delete(SPANISH);
        assertThat(content.problems()).containsExactly(MANIFEST + ":" + manifestLineOf("  es: ") + ": 'locales: es' names " + SPANISH
                + ", which does not exist in the content folder");
    }

    private int manifestLineOf(String start) {
        List<String> lines = content.read(MANIFEST).lines().toList();
        return lines.indexOf(lines.stream().filter(l -> l.startsWith(start)).findFirst().orElseThrow()) + 1;
    }

    @Test
    void theEnglishSummaryIsRequired() {
        content.edit(CATALOG, "    summary: If it is safe, write down what happens and when.\n", "");
        assertThat(content.problems()).containsExactly(
                CATALOG + ":21: action 'keep-a-diary': missing 'summary': the action in one line of at most 140"
                        + " characters, plain words, for a chat or text message");
    }

    @Test
    void theEnglishSummaryFitsOnceFilledForEveryJurisdiction() {
        String summary = "Call {emergencyNumber} when you are somewhere safe. " + "Then stay there. ".repeat(5);
        content.edit(CATALOG, "    summary: Call {emergencyNumber} when you are somewhere safe.\n",
                "    summary: " + summary + "\n");
        int longest = summary.trim().replace("{emergencyNumber}", "your local emergency number").length();
        assertThat(longest).isGreaterThan(140);
        assertThat(content.problems()).containsExactly(CATALOG + ":12: action 'call-emergency-services': summary is "
                + longest + " characters for default; keep it to 140");
    }
}
