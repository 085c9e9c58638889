package org.safeplan.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.safeplan.rules.authoring.ContentFixture.DANGER;
import static org.safeplan.rules.authoring.ContentFixture.GB_PACK;
import static org.safeplan.rules.authoring.ContentFixture.MANIFEST;
import static org.safeplan.rules.authoring.ContentFixture.PACKS;
import static org.safeplan.rules.authoring.ContentFixture.US_PACK;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeplan.rules.ContentSource;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.content.ContentException;

/**
 * What {@code validate} says about jurisdiction packs, word for word: the pack's form (the JSON
 * Schema), what the form cannot say, rules that test a country code, and the warnings (review date,
 * numbers libphonenumber does not know for the country).
 */
class JurisdictionPackValidationTest {

    private final ContentFixture content;
    private final Path temp;

    JurisdictionPackValidationTest(@TempDir Path temp) throws IOException {
        this.temp = temp;
        this.content = ContentFixture.copyTo(Files.createDirectory(temp.resolve("content"))).withPacks();
    }

    @Test
    void theFixtureWithPacksIsValidWithoutWarnings() {
        assertThat(content.problems()).isEmpty();
        assertThat(content.warnings()).isEmpty();
    }

    @Test
    void aMissingFieldIsNamedWithWhatItHolds() {
        content.edit(US_PACK, "reviewBy: 2999-01-01\n", "");
        assertThat(content.problems()).containsExactly(US_PACK + ":1: missing field \"reviewBy\": the date"
                + " (YYYY-MM-DD) by which every fact of the pack must be checked again; a pack past it still"
                + " loads, with a warning");
    }

    @Test
    void anUnknownFieldGetsADidYouMeanAndTheAllowedFields() {
        content.edit(US_PACK, "  - number: \"911\"", "  - numbr: \"911\"");
        assertThat(content.problems()).containsExactly(
                US_PACK + ":5: unknown field \"emergencyNumbers[0].numbr\" (did you mean \"number\"?); allowed"
                        + " fields: number, source",
                US_PACK + ":5: missing field \"emergencyNumbers[0].number\": a short number of 2 to 4 digits, in"
                        + " quotes (\"999\")");
    }

    @Test
    void aBadNumberIsRefusedWithWhatANumberLooksLike() {
        content.edit(US_PACK, "number: \"911\"", "number: \"9-1-1\"");
        assertThat(content.problems()).containsExactly(US_PACK + ":5: field \"emergencyNumbers[0].number\":"
                + " \"9-1-1\" is not allowed here: a short number of 2 to 4 digits, in quotes (\"999\")");
    }

    @Test
    void aNumberWithoutQuotesIsAskedForInQuotes() {
        content.edit(US_PACK, "number: \"911\"", "number: 911");
        assertThat(content.problems()).containsExactly(US_PACK + ":5: field \"emergencyNumbers[0].number\": write"
                + " the value \"911\" in double quotes: it is a text (a short number of 2 to 4 digits, in quotes"
                + " (\"999\"))");
    }

    @Test
    void aValueOutsideItsListNamesTheAllowedValues() {
        content.edit(GB_PACK, "kind: silent", "kind: silnt");
        assertThat(content.problems()).containsExactly(GB_PACK + ":8: field \"routes[0].kind\": \"silnt\" is not"
                + " allowed (did you mean \"silent\"?); allowed values: silent, text, tty");
    }

    @Test
    void whatTheSchemaCannotSayIsCheckedToo() {
        content.edit(GB_PACK, "    code: \"55\"\n", "");
        content.edit(US_PACK, "country: US", "country: GB");
        assertThat(content.problems()).containsExactly(
                GB_PACK + ":8: field \"routes[0].code\": a silent route needs the code to press (\"55\"): the advice"
                        + " tells the person what to press",
                US_PACK + ":1: field \"country\": the pack in US.yaml is for GB: name the file after its country");
    }

    @Test
    void anInvalidPackIsRefusedWhole() {
        content.edit(GB_PACK, "kind: silent", "kind: silnt");
        assertThatThrownBy(() -> SafetyAdvisor.create(ContentSource.folder(content.root())))
                .isInstanceOf(ContentException.class).hasMessageContaining(GB_PACK + ":8: field \"routes[0].kind\"");
    }

    @Test
    void aPackFileTheManifestDoesNotListIsReported() {
        content.write(PACKS + "/IE.yaml", content.read(US_PACK).replace("US", "IE").replace("911", "112"));
        assertThat(content.problems()).containsExactly(PACKS + "/IE.yaml: this pack is not loaded: content.yaml"
                + " lists the packs in 'jurisdictions: packs', add IE there (or delete the file)");
    }

    @Test
    void aListedPackWithoutItsFileIsReported() {
        content.edit(MANIFEST, "packs: [US, GB]", "packs: [US, GB, IE]");
        assertThat(content.problems()).containsExactly(MANIFEST + ": 'jurisdictions' lists a pack whose file "
                + PACKS + "/IE.yaml does not exist");
    }

    @Test
    void aSourceNotInTheInventoryGetsADidYouMean() {
        content.edit(US_PACK, "source: [001-8]", "source: [001-88]");
        assertThat(content.problems()).containsExactly(US_PACK + ":6: field \"emergencyNumbers[0].source\": source"
                + " 001-88 is not in org/safeplan/guidance/GUIDANCE-INVENTORY.md (did you mean \"001-8\"?)");
    }

    @Test
    void rulesOfContentWithPacksMayNotTestTheCountryOrTheRegion() {
        content.edit(DANGER, "location == Location.KITCHEN )", "location == Location.KITCHEN, country == \"GB\" )");
        assertThat(content.problems()).containsExactly(DANGER + ":13: rule \"Get out of the kitchen when in danger\":"
                + " rules do not test the country: test what the jurisdiction provides instead, such as"
                + " Jurisdiction( silentCall == true ) or Jurisdiction( disclosureScheme == Availability.HERE ), so"
                + " that a jurisdiction pack changes the advice without a rule edit (docs/extending.md)");
    }

    @Test
    void rulesMayTestWhatTheJurisdictionProvides() {
        content.edit(DANGER, "import org.safeplan.rules.Location", "import org.safeplan.rules.Location\n"
                + "import org.safeplan.rules.content.Jurisdiction");
        content.edit(DANGER, "    Situation( audience == Audience.SURVIVOR, immediateDanger == true, location == Location.KITCHEN )",
                "    Jurisdiction( silentCall == false )\n"
                        + "    Situation( audience == Audience.SURVIVOR, immediateDanger == true, location == Location.KITCHEN )");
        assertThat(content.problems()).isEmpty();
        content.edit(DANGER, "silentCall == false", "silentCal == false");
        assertThat(content.problems()).singleElement().asString()
                .endsWith("Jurisdiction has no field \"silentCal\" (did you mean \"silentCall\"?)");
    }

    @Test
    void aPackPastItsReviewDateIsAWarningNotAProblem() {
        content.edit(US_PACK, "reviewBy: 2999-01-01", "reviewBy: 2020-01-31");
        assertThat(content.problems()).isEmpty();
        assertThat(content.warnings()).containsExactly(US_PACK + ":2: the pack for US is past its reviewBy date"
                + " 2020-01-31: check every fact against its source again, then set a new date");
    }

    @Test
    void aNumberNotKnownForItsCountryIsAWarning() {
        content.edit(GB_PACK, "number: \"999\"", "number: \"911\"");
        assertThat(content.problems()).isEmpty();
        assertThat(content.warnings()).containsExactly(GB_PACK + ":5: field \"emergencyNumbers[0].number\": \"911\""
                + " is not an emergency number of GB in libphonenumber's data: check it against its source");
    }

    @Test
    void aHelplineNumberIsCheckedAsAPhoneNumberAndItsLettersAgainstItsDigits() throws IOException {
        Path partner = partnerPack("US", """
                overrides: true
                helplines:
                  - name: {en: the National Domestic Violence Hotline}
                    national: true
                    channel: phone
                    number: 1-800-799-7233
                    letters: 1-800-799-SAFE
                    source: [https://example.org/hotline]
                  - name: {en: a line that does not exist}
                    channel: phone
                    number: 1-800-555-01
                    letters: 1-800-555-ZZ
                    source: [https://example.org/other]
                """);
        ValidationReport report = ContentValidator.validate(content.root(), List.of(partner));
        assertThat(report.problems()).isEmpty();
        assertThat(report.warnings()).extracting(ContentProblem::toString).filteredOn(w -> !w.contains("wording for"))
                .containsExactly(
                partner + ":17: field \"helplines[1].number\": \"1-800-555-01\" is not a valid phone number of US in"
                        + " libphonenumber's data: check it against its source",
                partner + ":18: field \"helplines[1].letters\": \"1-800-555-ZZ\" dials 180055599 on a phone keypad,"
                        + " not the helpline's number: check it against its source");
    }

    @Test
    void aPartnersPackForACountryTheContentHasIsRefusedUnlessItOverrides() throws IOException {
        Path partner = partnerPack("GB", "");
        assertThat(ContentValidator.validate(content.root(), List.of(partner)).problems())
                .extracting(ContentProblem::toString).containsExactly(partner + ":1: the content already has a pack"
                        + " for GB (" + GB_PACK + "): refused; to replace it, add 'overrides: true' to this pack");
        Path overriding = partnerPack("GB", "overrides: true\n");
        assertThat(ContentValidator.validate(content.root(), List.of(overriding)).problems()).isEmpty();
    }

    @Test
    void aPartnersPackForANewCountryIsCheckedWithTheContent() throws IOException {
        Path partner = partnerPack("IE", "");
        assertThat(ContentValidator.validate(content.root(), List.of(partner)).isValid()).isTrue();
        Path broken = partnerPack("IE", "helplines:\n  - name: {en: x}\n    chanel: phone\n    source: [https://example.org]\n");
        assertThat(ContentValidator.validate(content.root(), List.of(broken)).problems())
                .extracting(ContentProblem::toString).containsExactly(
                        broken + ":8: missing field \"helplines[0].channel\": how it is reached",
                        broken + ":9: unknown field \"helplines[0].chanel\" (did you mean \"channel\"?); allowed fields:"
                                + " name, national, channel, number, letters, confidential, hours, cost, languages, source");
    }

    @Test
    void aPartnersPackWithoutALanguageOfTheContentIsAWarning() throws IOException {
        Path partner = partnerPack("IE", "");
        assertThat(ContentValidator.validate(content.root(), List.of(partner)).warnings())
                .extracting(ContentProblem::toString).containsExactly(partner + ":3: the pack for IE has no es wording"
                        + " for {countryName}: answers in es fall back to English there; add es to the pack's names to"
                        + " serve it");
    }

    /** A partner's pack for {@code country} with the emergency number its country really has, and {@code more}. */
    private Path partnerPack(String country, String more) throws IOException {
        String number = switch (country) {
            case "US" -> "911";
            case "GB" -> "999";
            default -> "112";
        };
        Path file = temp.resolve(country + "-" + Math.abs(more.hashCode()) + ".yaml");
        Files.writeString(file, "country: " + country + "\nreviewBy: 2999-01-01\nname: {en: the country}\n"
                + "emergencyNumbers:\n  - number: \"" + number + "\"\n    source: [https://example.org/emergency]\n"
                + more);
        return file;
    }
}
