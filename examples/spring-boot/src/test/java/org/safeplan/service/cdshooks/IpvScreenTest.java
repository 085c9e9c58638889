package org.safeplan.service.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** What counts as a positive screen, read from the prefetch as the clinic's tool recorded it. */
class IpvScreenTest {

    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-12-01T12:00:00Z"), ZoneOffset.UTC);
    private static final String LOINC = "http://loinc.org";

    /** The screen with the default configuration, as Spring binds it, with questionnaires and a look-back. */
    private static IpvScreen screen(List<String> questionnaires, Period lookBack) {
        CdsHooksProperties.Screen d = defaults();
        return IpvScreen.of(new CdsHooksProperties.Screen(d.questions(), d.positiveAnswers(), d.positiveInterpretations(),
                questionnaires, lookBack), TODAY);
    }

    /** {@code safeplan.cds-hooks.screen} with nothing configured: its declared defaults. */
    private static CdsHooksProperties.Screen defaults() {
        return new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("safeplan.cds-hooks", CdsHooksProperties.class).screen();
    }

    private static IpvScreen.Reading read(IpvScreen screen, String prefetch) {
        return screen.read(Http.JSON.readTree(prefetch));
    }

    private static String observation(String fields) {
        return "{\"ipvScreen\": {\"resourceType\": \"Observation\", \"status\": \"final\", " + fields + "}}";
    }

    private static String question(String code) {
        return "\"code\": {\"coding\": [{\"system\": \"" + LOINC + "\", \"code\": \"" + code + "\"}]}";
    }

    private static String answer(String code) {
        return "\"valueCodeableConcept\": {\"coding\": [{\"system\": \"" + LOINC + "\", \"code\": \"" + code + "\"}]}";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a Yes to a question                  | true  | "code": {"coding": [{"system": "http://loinc.org", "code": "76503-2"}]}, "valueCodeableConcept": {"coding": [{"system": "http://loinc.org", "code": "LA33-6"}]}
            a No to a question                   | false | "code": {"coding": [{"system": "http://loinc.org", "code": "76503-2"}]}, "valueCodeableConcept": {"coding": [{"system": "http://loinc.org", "code": "LA32-8"}]}
            a Yes to another question            | false | "code": {"coding": [{"system": "http://loinc.org", "code": "72166-2"}]}, "valueCodeableConcept": {"coding": [{"system": "http://loinc.org", "code": "LA33-6"}]}
            Yes in another code system           | false | "code": {"coding": [{"system": "http://loinc.org", "code": "76503-2"}]}, "valueCodeableConcept": {"coding": [{"system": "http://snomed.info/sct", "code": "LA33-6"}]}
            a score the tool called positive     | true  | "code": {"coding": [{"system": "http://loinc.org", "code": "76504-0"}]}, "valueInteger": 1, "interpretation": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", "code": "POS"}]}]
            a score without a verdict            | false | "code": {"coding": [{"system": "http://loinc.org", "code": "76504-0"}]}, "valueInteger": 3
            a panel with a Yes component         | true  | "code": {"coding": [{"system": "http://loinc.org", "code": "panel"}]}, "component": [{"code": {"coding": [{"system": "http://loinc.org", "code": "76501-6"}]}, "valueCodeableConcept": {"coding": [{"system": "http://loinc.org", "code": "LA33-6"}]}}]
            """)
    void anObservationIsPositiveByItsAnswerOrInterpretation(String what, boolean positive, String fields) {
        assertThat(read(screen(List.of(), null), observation(fields)).positive()).isEqualTo(positive);
    }

    @Test
    void aResultEnteredInErrorIsNotRead() {
        String yes = question("76501-6") + ", " + answer("LA33-6");
        assertThat(read(screen(List.of(), null), observation(yes).replace("final", "entered-in-error")).positive()).isFalse();
        assertThat(read(screen(List.of(), null), observation(yes).replace("final", "preliminary")).positive()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"effectiveDateTime, 2025-12-01T09:00:00Z, true", "effectiveDateTime, 2025-11-30, false",
                "effectiveDateTime, 2025, true", "effectiveDateTime, 2024-12, false", "issued, 2026-01-02T00:00:00Z, true"})
    void theLookBackLeavesOutOlderResults(String field, String date, boolean positive) {
        String yes = observation(question("76501-6") + ", " + answer("LA33-6") + ", \"" + field + "\": \"" + date + "\"");
        assertThat(read(screen(List.of(), Period.ofYears(1)), yes).positive()).isEqualTo(positive);
        assertThat(read(screen(List.of(), null), yes).positive()).as("without a look-back").isTrue();
    }

    @Test
    void anUndatedPositiveResultIsRead() {
        String yes = observation(question("76501-6") + ", " + answer("LA33-6"));
        assertThat(read(screen(List.of(), Period.ofYears(1)), yes).positive()).isTrue();
    }

    @Test
    void aBundleIsPositiveIfAnyOfItsResultsIs() {
        String bundle = """
                {"ipvScreen": {"resourceType": "Bundle", "type": "searchset", "entry": [
                  {"resource": {"resourceType": "Observation", %s, %s}},
                  {"search": {"mode": "include"}},
                  {"resource": {"resourceType": "Observation", %s, %s}}]}}""".formatted(
                question("76499-3"), answer("LA32-8"), question("76502-4"), answer("LA33-6"));
        assertThat(read(screen(List.of(), null), bundle)).isEqualTo(new IpvScreen.Reading(true, List.of()));
    }

    @Test
    void aQuestionnaireResponseIsReadOnlyWhenQuestionnairesAreConfigured() {
        String hark = "http://example.org/Questionnaire/hark";
        String response = """
                {"ipvScreen": null, "ipvScreenResponses": {"resourceType": "QuestionnaireResponse", "status": "completed",
                 "questionnaire": "%s", "item": [{"linkId": "group", "item": [
                   {"linkId": "/76502-4", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA33-6"}}]}]}]}}"""
                .formatted(hark);
        assertThat(read(screen(List.of(hark), null), response)).isEqualTo(new IpvScreen.Reading(true, List.of()));
        assertThat(read(screen(List.of(), null), response)).isEqualTo(new IpvScreen.Reading(false, List.of()));
        assertThat(read(screen(List.of(hark), null), "{\"ipvScreen\": null}"))
                .isEqualTo(new IpvScreen.Reading(false, List.of(IpvScreen.RESPONSES)));
        assertThat(read(screen(List.of(hark), null), response.replace("/76502-4", "/72166-2")).positive()).isFalse();
    }

    @Test
    void aMalformedFieldIsNamedByItsPath() {
        String bad = "{\"ipvScreen\": {\"resourceType\": \"Bundle\", \"entry\": [{\"resource\": {\"resourceType\": \"Observation\", "
                + "\"interpretation\": {\"coding\": []}, " + question("76501-6") + "}}]}}";
        assertThatThrownBy(() -> read(screen(List.of(), null), bad)).isInstanceOf(HookProblem.class)
                .hasMessage("field \"prefetch.ipvScreen.entry[0].resource.interpretation\": must be an array");
    }

    @Test
    void aCodingThatIsNotSystemBarCodeStopsTheServiceNamingTheProperty() {
        CdsHooksProperties.Screen d = defaults();
        assertThatThrownBy(() -> IpvScreen.of(new CdsHooksProperties.Screen(List.of("76501-6"), d.positiveAnswers(),
                d.positiveInterpretations(), List.of(), null), TODAY))
                .hasMessage("safeplan.cds-hooks.screen.questions: \"76501-6\" is not a coding written as system|code"
                        + " (e.g. http://loinc.org|76501-6)");
    }
}
