package org.safeplan.rules.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.content.Availability;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.content.Jurisdiction;

/**
 * Packs as the engine reads them: values per language (a language a pack does not have is
 * incomplete, never filled from English), what rules see by region, partners' packs and overrides,
 * the review date, and a pack with a problem refused whole.
 */
class JurisdictionPacksTest {

    private static final String FOLDER = "j";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private static final String DEFAULTS = """
            wording:
              en: {emergencyNumber: your local emergency number, hotline: a helpline, hotlineAssurance: you will not tell}
              es: {emergencyNumber: número de emergencias de su país, hotline: una línea de ayuda, hotlineAssurance: no dirá nada}
            confidentialHotlineAssurance:
              en: "{hotlineName} is confidential"
              es: "{hotlineName} es confidencial"
            hotlineAnswersIn:
              en: "(it answers in {languages})"
              es: "(atiende en {languages})"
            """;

    /** A country with a confidential national helpline named in English only, and a scheme of one region. */
    private static final String XA = """
            country: GB
            reviewBy: 2027-01-01
            name: {en: the UK, es: el Reino Unido}
            emergencyNumbers:
              - number: "999"
                source: [https://example.org/a]
            routes:
              - kind: silent
                code: "55"
                name: {en: Silent Solution, es: Silent Solution (solución silenciosa)}
                source: [https://example.org/b]
            helplines:
              - name: {en: the Line}
                national: true
                channel: phone
                number: 0808 2000 247
                confidential: true
                source: [https://example.org/c]
            disclosureSchemes:
              - name: {en: Clare's Law, es: la Ley de Clare}
                fullName: {en: Domestic Violence Disclosure Scheme, es: Plan de Divulgación}
                regions: [GB-ENG, GB-WLS]
                regionNames: {en: England or Wales, es: Inglaterra o Gales}
                source: [https://example.org/d]
            """;

    private static Jurisdictions packs(Map<String, String> files, List<String> countries, Problems problems) {
        return Jurisdictions.readPacks(FOLDER, countries, name -> {
            String text = files.get(name);
            return text == null ? null : stream(text);
        }, problems, TODAY);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Jurisdictions gb() {
        Problems problems = new Problems();
        Jurisdictions j = packs(Map.of(FOLDER + "/default.yaml", DEFAULTS, FOLDER + "/GB.yaml", XA), List.of("GB"),
                problems);
        assertThat(problems.list()).isEmpty();
        return j;
    }

    @Test
    void valuesComeFromThePacksFactsInEachLanguage() {
        Jurisdictions j = gb();
        assertThat(j.keys()).containsExactly(Jurisdictions.DEFAULT, "GB");
        assertThat(j.languages()).containsExactly("en", "es");
        assertThat(j.values("GB")).containsEntry("emergencyNumber", "999")
                .containsEntry("hotline", "the Line, 0808 2000 247")
                .containsEntry("hotlineAssurance", "the Line is confidential")
                .containsEntry("silentCallCode", "55").containsEntry("silentCallName", "Silent Solution")
                .containsEntry("disclosureScheme", "Clare's Law").containsEntry("disclosureRegions", "England or Wales");
        assertThat(j.values("GB", "es")).containsEntry("emergencyNumber", "999")
                .containsEntry("silentCallName", "Silent Solution (solución silenciosa)")
                .containsEntry("countryName", "el Reino Unido");
    }

    @Test
    void aReaderWhoseLanguageTheHelplineDoesNotSpeakIsToldWhichItDoes() {
        String english = XA.replace("""
                    confidential: true
                """, """
                    confidential: true
                    languages: [en]
                """).replace("name: {en: the Line}", "name: {en: the Line, es: la Línea}");
        Problems problems = new Problems();
        Jurisdictions j = packs(Map.of(FOLDER + "/default.yaml", DEFAULTS, FOLDER + "/GB.yaml", english), List.of("GB"),
                problems);

        assertThat(problems.list()).isEmpty();
        assertThat(j.values("GB", "es")).containsEntry("hotline", "la Línea, 0808 2000 247 (atiende en inglés)");
        assertThat(j.values("GB", "en")).containsEntry("hotline", "the Line, 0808 2000 247");
        assertThat(gb().values("GB", "en")).as("languages unknown: nothing said")
                .containsEntry("hotline", "the Line, 0808 2000 247");
    }

    @Test
    void aValueThePackHasNotInALanguageIsAbsentThereNeverEnglish() {
        Map<String, String> spanish = gb().values("GB", "es");
        assertThat(spanish).doesNotContainKeys("hotline", "hotlineAssurance");
        assertThat(spanish.values()).doesNotContain("the Line, 0808 2000 247");
        assertThat(gb().values("GB", "fr")).isEmpty();
    }

    @Test
    void theDefaultNamesNoNumberAndLeavesCapabilityPlaceholdersEmpty() {
        Map<String, String> values = gb().values(Jurisdictions.DEFAULT, "es");
        assertThat(values.keySet()).containsExactlyElementsOf(Jurisdictions.PLACEHOLDERS);
        assertThat(values).containsEntry("emergencyNumber", "número de emergencias de su país")
                .containsEntry("silentCallCode", "").containsEntry("disclosureScheme", "");
        assertThat(String.join(" ", values.values())).doesNotContainPattern("\\d");
    }

    @Test
    void rulesSeeWhatThePackProvidesByRegion() {
        Jurisdictions j = gb();
        Jurisdiction unknownRegion = j.capabilities("GB", null);
        assertThat(unknownRegion.isEmergencyNumber()).isTrue();
        assertThat(unknownRegion.isSilentCall()).isTrue();
        assertThat(unknownRegion.isNationalHelpline()).isTrue();
        assertThat(unknownRegion.isFreeEmergencyCalls()).isFalse();
        assertThat(unknownRegion.getDisclosureScheme()).isEqualTo(Availability.IN_SOME_REGIONS);
        assertThat(j.capabilities("GB", "GB-WLS").getDisclosureScheme()).isEqualTo(Availability.HERE);
        assertThat(j.capabilities("GB", "GB-SCT").getDisclosureScheme()).isEqualTo(Availability.NONE);
        assertThat(j.capabilities("GB", "GB-SCT").isSilentCall()).isTrue();
        assertThat(j.capabilities("FR", null)).isSameAs(Jurisdiction.NONE);
        assertThat(j.capabilities(null, null)).isSameAs(Jurisdiction.NONE);
        assertThat(j.capabilities("GB", "GB-ENG")).as("one shared fact per region, nothing made per call")
                .isSameAs(j.capabilities("GB", "GB-ENG"));
    }

    @Test
    void theFactSaysNothingOfTheCountryWhenPrinted() {
        assertThat(gb().capabilities("GB", null).toString()).isEqualTo("Jurisdiction[capabilities]");
    }

    @Test
    void aPackWithAProblemIsLeftOutWholeAndEachProblemNamed() {
        Problems problems = new Problems();
        Jurisdictions j = packs(Map.of(FOLDER + "/default.yaml", DEFAULTS,
                FOLDER + "/GB.yaml", XA.replace("kind: silent", "kind: silnt").replace("GB-WLS]", "GB-XYZ]")),
                List.of("GB"), problems);
        assertThat(problems.list()).containsExactly(
                FOLDER + "/GB.yaml:8: field \"routes[0].kind\": \"silnt\" is not allowed (did you mean \"silent\"?);"
                        + " allowed values: silent, text, tty");
        assertThat(j.keys()).containsExactly(Jurisdictions.DEFAULT);
        problems = new Problems();
        packs(Map.of(FOLDER + "/default.yaml", DEFAULTS, FOLDER + "/GB.yaml", XA.replace("GB-WLS]", "GB-WSL]")),
                List.of("GB"), problems);
        assertThat(problems.list()).containsExactly(FOLDER + "/GB.yaml:22: field \"disclosureSchemes[0].regions[1]\":"
                + " GB-WSL is not a subdivision of GB (did you mean \"GB-WLS\"?); allowed values for GB: GB-ENG,"
                + " GB-NIR, GB-SCT, GB-WLS");
    }

    @Test
    void aPackPastItsReviewDateLoadsWithAWarning() {
        Problems problems = new Problems();
        Jurisdictions j = packs(Map.of(FOLDER + "/default.yaml", DEFAULTS,
                FOLDER + "/GB.yaml", XA.replace("2027-01-01", "2026-11-30")), List.of("GB"), problems);
        assertThat(problems.list()).isEmpty();
        assertThat(j.keys()).contains("GB");
        assertThat(j.warnings()).containsExactly(FOLDER + "/GB.yaml:2: the pack for GB is past its reviewBy date"
                + " 2026-11-30: check every fact against its source again, then set a new date");
    }

    @Test
    void aPartnersPackAddsACountryAndReplacesOneOnlyWhenItSaysSo() {
        Jurisdictions j = gb();
        String partner = "country: IE\nreviewBy: 2027-01-01\nname: {en: Ireland}\nemergencyNumbers:\n"
                + "  - number: \"112\"\n    source: [https://example.org/ie]\n";
        Jurisdictions withIreland = j.with(List.of(JurisdictionPack.read("ie.yaml", stream(partner))), TODAY);
        assertThat(withIreland.keys()).containsExactly(Jurisdictions.DEFAULT, "GB", "IE");
        assertThat(withIreland.values("IE")).containsEntry("emergencyNumber", "112")
                .containsEntry("hotline", "a helpline").containsEntry("silentCallCode", "");
        assertThat(withIreland.capabilities("IE", null).isSilentCall()).isFalse();

        String gbAgain = partner.replace("IE", "GB").replace("112", "999");
        JurisdictionPack refused = JurisdictionPack.read("gb.yaml", stream(gbAgain));
        assertThatThrownBy(() -> j.with(List.of(refused), TODAY)).isInstanceOf(ContentException.class)
                .hasMessage("gb.yaml:1: the content already has a pack for GB (j/GB.yaml): refused; to replace it,"
                        + " add 'overrides: true' to this pack");
        JurisdictionPack overriding = JurisdictionPack.read("gb.yaml", stream("overrides: true\n" + gbAgain));
        Jurisdictions replaced = j.with(List.of(overriding), TODAY);
        assertThat(replaced.keys()).containsExactly(Jurisdictions.DEFAULT, "GB");
        assertThat(replaced.capabilities("GB", null).isSilentCall()).as("the partner's pack has no silent route").isFalse();
    }

    @Test
    void contentMadeBeforePacksTakesNoPartnersPacks() {
        Jurisdictions legacy = Jurisdictions.read("jurisdictions.yaml", stream("default:\n  emergencyNumber: your"
                + " local emergency number\ncountries:\n  US:\n    emergencyNumber: \"911\"\n"));
        assertThat(legacy.values("US", "en")).containsEntry("emergencyNumber", "911");
        assertThat(legacy.values("US", "es")).isEmpty();
        assertThat(legacy.capabilities("US", null)).isSameAs(Jurisdiction.NONE);
        JurisdictionPack pack = JurisdictionPack.read("ie.yaml", stream("country: IE\nreviewBy: 2027-01-01\n"
                + "name: {en: Ireland}\nemergencyNumbers:\n  - number: \"112\"\n    source: [https://example.org]\n"));
        assertThatThrownBy(() -> legacy.with(List.of(pack), TODAY)).isInstanceOf(ContentException.class)
                .hasMessageContaining("partner packs need content with a folder of packs");
    }
}
