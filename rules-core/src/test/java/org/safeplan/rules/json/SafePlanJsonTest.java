package org.safeplan.rules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeplan.rules.Audience;
import org.safeplan.rules.Caution;
import org.safeplan.rules.Exposure;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.HelpWanted;
import org.safeplan.rules.InvalidSituationException;
import org.safeplan.rules.LanguageFallback;
import org.safeplan.rules.Location;
import org.safeplan.rules.PhoneAccess;
import org.safeplan.rules.ProtectiveOrder;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.Situation;
import org.safeplan.rules.TranslationStatus;
import org.safeplan.rules.Urgency;

class SafePlanJsonTest {

    private static InvalidSituationException rejected(String json) {
        try {
            SafePlanJson.readSituation(json);
        } catch (InvalidSituationException e) {
            return e;
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void readsEveryFieldOfTheContract() {
        Situation s = SafePlanJson.readSituation("""
                {"audience": "PRACTITIONER", "country": "GB", "region": "GB-NIR", "immediateDanger": true,
                 "location": "GARAGE", "phoneAccess": "LOW_BATTERY", "protectiveOrder": "JUST_SERVED",
                 "wantsHelpContacted": "UNDECIDED", "honourBasedAbuse": true}""");
        assertThat(s).isEqualTo(Situation.builder().audience(Audience.PRACTITIONER).country("GB").region("GB-NIR")
                .immediateDanger(true).location(Location.GARAGE).phoneAccess(PhoneAccess.LOW_BATTERY)
                .protectiveOrder(ProtectiveOrder.JUST_SERVED).wantsHelpContacted(HelpWanted.UNDECIDED)
                .honourBasedAbuse(true).build());
        // Every declared field, set through the builder, is read back from JSON.
        Situation all = Situation.empty();
        for (org.safeplan.rules.internal.explain.SituationField f : org.safeplan.rules.internal.explain.SituationField.all()) {
            all = f.with(all, f.values(java.util.List.of("GB")).get(0));
        }
        assertThat(SafePlanJson.readSituation(SituationJsonFuzzTest.everyFieldDocument(", "))).isEqualTo(all);
    }

    @Test
    void absentAndNullFieldsAreUnknown() {
        Situation s = SafePlanJson.readSituation("{\"immediateDanger\": null, \"location\": null}");
        assertThat(s).isEqualTo(Situation.empty());
        assertThat(s.getImmediateDanger()).isNull();
        assertThat(s.getAudience()).isEqualTo(Audience.SURVIVOR);
        assertThat(SafePlanJson.readSituation(new StringReader("{}"))).isEqualTo(Situation.empty());
    }

    @Test
    void countryIsNormalisedToUpperCase() {
        assertThat(SafePlanJson.readSituation("{\"country\": \"us\"}").getCountry()).isEqualTo("US");
    }

    @Test
    void unknownFieldIsNamedWithSuggestion() {
        InvalidSituationException e = rejected("{\"perpetratorOnPremisis\": true}");
        assertThat(e.getMessage()).isEqualTo(
                "unknown field \"perpetratorOnPremisis\" (did you mean \"perpetratorOnPremises\"?)");
        assertThat(e.field()).contains("perpetratorOnPremisis");
    }

    @Test
    void unknownFieldFarFromAnyListsTheKnownFields() {
        InvalidSituationException e = rejected("{\"favouriteColour\": \"red\"}");
        assertThat(e.getMessage()).startsWith("unknown field \"favouriteColour\"; known fields: afterIncident, audience,")
                .contains("wantsHelpContacted");
    }

    @Test
    void badEnumValueNamesFieldAndAllowedValues() {
        InvalidSituationException e = rejected("{\"location\": \"LOUNGE\"}");
        assertThat(e.getMessage()).isEqualTo("field \"location\": \"LOUNGE\" is not allowed; allowed values: "
                + "KITCHEN, GARAGE, BATHROOM, CLOSET, BEDROOM, LIVING_ROOM, OTHER_ROOM, GARDEN, AWAY_FROM_HOME"
                + " (or null for unknown)");
        assertThat(e.field()).contains("location");
        assertThat(e.allowedValues()).contains("KITCHEN", "AWAY_FROM_HOME").hasSize(9);
    }

    @Test
    void enumValueInWrongCaseGetsASuggestion() {
        assertThat(rejected("{\"phoneAccess\": \"charged_with_me\"}").getMessage())
                .contains("(did you mean \"CHARGED_WITH_ME\"?)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"immediateDanger\": \"true\"}  | immediateDanger",
            "{\"immediateDanger\": 1}         | immediateDanger",
            "{\"injured\": [true]}            | injured",
            "{\"injured\": {\"a\": true}}     | injured"})
    void wrongTypeForBooleanNamesTheField(String json, String field) {
        InvalidSituationException e = rejected(json);
        assertThat(e.getMessage()).isEqualTo("field \"" + field + "\" must be true, false or null (unknown)");
        assertThat(e.field()).contains(field);
    }

    @Test
    void numberForEnumIsRefused() {
        assertThat(rejected("{\"audience\": 0}").getMessage()).startsWith("field \"audience\":")
                .contains("allowed values: SURVIVOR, PRACTITIONER");
    }

    @Test
    void wrongTypeForCountryNamesTheField() {
        assertThat(rejected("{\"country\": 44}").getMessage())
                .isEqualTo("field \"country\" must be a text value such as \"US\", or null");
    }

    @Test
    void nonIsoCountryIsRefusedWithSuggestion() {
        InvalidSituationException e = rejected("{\"country\": \"UK\"}");
        assertThat(e.getMessage()).isEqualTo("field \"country\": \"UK\" is not an ISO 3166-1 alpha-2 country code"
                + " (did you mean \"GB\"?); use two letters such as US or GB");
        assertThat(e.field()).contains("country");
        assertThat(rejected("{\"country\": \"Narnia\"}").field()).contains("country");
    }

    @Test
    void regionIsCheckedLikeTheCountryAndAgainstIt() {
        InvalidSituationException e = rejected("{\"country\": \"GB\", \"region\": \"US-CA\"}");
        assertThat(e.getMessage()).isEqualTo("field \"region\": \"US-CA\" is in US, but country is \"GB\"; give one of"
                + " GB-ENG, GB-NIR, GB-SCT, GB-WLS, or leave region unknown");
        assertThat(e.field()).contains("region");
        assertThat(e.allowedValues()).containsExactly("GB-ENG", "GB-NIR", "GB-SCT", "GB-WLS");
        assertThat(rejected("{\"region\": \"US-CA\", \"country\": \"GB\"}").getMessage()).isEqualTo(e.getMessage());
        InvalidSituationException unknown = rejected("{\"region\": \"GB-XYZ\"}");
        assertThat(unknown.getMessage()).isEqualTo("field \"region\": \"GB-XYZ\" is not a subdivision of GB;"
                + " allowed values for GB: GB-ENG, GB-NIR, GB-SCT, GB-WLS");
        assertThat(unknown.field()).contains("region");
        assertThat(rejected("{\"region\": \"ENG\"}").getMessage()).isEqualTo("field \"region\": \"ENG\" is not an"
                + " ISO 3166-2 subdivision code; use the country code, a dash and the subdivision, such as GB-ENG or US-CA");
        assertThat(rejected("{\"region\": 44}").getMessage()).isEqualTo("field \"region\" must be a text value such as"
                + " \"US\", or null");
        assertThat(SafePlanJson.readSituation("{\"region\": \"gb-eng\"}").getCountry()).isEqualTo("GB");
        assertThat(SafePlanJson.writeSituation(SafePlanJson.readSituation("{\"region\": \"GB-ENG\"}")))
                .isEqualTo("{\"country\":\"GB\",\"region\":\"GB-ENG\"}");
    }

    @Test
    void malformedJsonSaysWhere() {
        assertThat(rejected("{\"injured\": tru}").getMessage()).startsWith("malformed JSON at line 1, column");
        assertThat(rejected("{\"injured\": true").getMessage()).startsWith("malformed JSON");
    }

    @Test
    void documentLevelProblems() {
        assertThat(rejected("").getMessage()).isEqualTo("the document is empty; a situation is a JSON object such as {}");
        assertThat(rejected("null").getMessage()).startsWith("the document is null");
        assertThat(rejected("[]").getMessage()).startsWith("a situation must be a JSON object");
        assertThat(rejected("\"US\"").getMessage()).startsWith("a situation must be a JSON object");
        assertThat(rejected("{} {}").getMessage()).startsWith("unexpected content after the situation object");
        assertThat(rejected("{\"injured\": true, \"injured\": false}").getMessage())
                .isEqualTo("field \"injured\" appears more than once");
    }

    @Test
    void deepNestingIsRefusedAtTheFirstWrongToken() {
        String deep = "{\"location\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertThat(rejected(deep).field()).contains("location");
        assertThat(rejected("[".repeat(100_000)).getMessage()).startsWith("a situation must be a JSON object");
    }

    @Test
    void hugeStringIsRefusedAndNotEchoed() {
        InvalidSituationException e = rejected("{\"country\": \"" + "A".repeat(10_000) + "\"}");
        assertThat(e.getMessage()).isEqualTo("a text value is longer than 256 characters");
    }

    @Test
    void hugeDocumentIsRefusedWithoutReadingItAll() {
        StringBuilder huge = new StringBuilder("{");
        for (int i = 0; i < 20_000; i++) {
            huge.append("\"injured\": true, ");
        }
        huge.append("}");
        // The first problem met is reported, long before the size limit: the reader stops there.
        assertThat(rejected(huge.toString()).getMessage()).isEqualTo("field \"injured\" appears more than once");
        String padded = "{" + " ".repeat(70_000) + "}";
        assertThat(rejected(padded).getMessage()).isEqualTo("the document is larger than 65536 characters");
    }

    @Test
    void situationFromMapAppliesTheSameChecks() {
        assertThat(SafePlanJson.situationFromMap(Map.of("country", "US", "injured", true)))
                .isEqualTo(Situation.builder().country("US").injured(true).build());
        assertThatThrownBy(() -> SafePlanJson.situationFromMap(Map.of("injurd", true)))
                .isInstanceOf(InvalidSituationException.class).hasMessageContaining("did you mean \"injured\"");
    }

    @Test
    void writesGuidanceInContractOrder() {
        Guidance g = new Guidance("1.2.3", List.of(Recommendation.builder().rank(1).actionId("leave-the-kitchen")
                .urgency(Urgency.IMMEDIATE).title("Get out of the kitchen").text("Knives \"and\" more.").summary("Leave.")
                .sources(List.of("001-3", "003-2")).firedBy(List.of("danger-kitchen"))
                .exposures(List.of(Exposure.LEAVES_ROOM)).build()));
        assertThat(SafePlanJson.writeGuidance(g)).isEqualTo("{\"contentVersion\":\"1.2.3\",\"language\":\"en\","
                + "\"translation\":\"SOURCE\",\"recommendations\":["
                + "{\"rank\":1,\"actionId\":\"leave-the-kitchen\",\"urgency\":\"IMMEDIATE\","
                + "\"title\":\"Get out of the kitchen\",\"text\":\"Knives \\\"and\\\" more.\",\"summary\":\"Leave.\","
                + "\"sources\":[\"001-3\",\"003-2\"],\"firedBy\":[\"danger-kitchen\"],\"exposures\":[\"LEAVES_ROOM\"],"
                + "\"cautions\":[]}]}");
        assertThat(SafePlanJson.writeGuidancePretty(g)).contains("\n").contains("\"rank\" : 1");
    }

    @Test
    void writesTheLanguageAndAFallbackBeforeTheRecommendations() {
        Guidance g = new Guidance("1.2.3", "en", TranslationStatus.SOURCE,
                Optional.of(new LanguageFallback("es-MX", LanguageFallback.Cause.INCOMPLETE)), List.of());
        assertThat(SafePlanJson.writeGuidance(g)).isEqualTo("{\"contentVersion\":\"1.2.3\",\"language\":\"en\","
                + "\"translation\":\"SOURCE\",\"languageFallback\":{\"requested\":\"es-MX\",\"cause\":\"INCOMPLETE\","
                + "\"message\":\"" + g.fallback().orElseThrow().message().replace("\"", "\\\"") + "\"},\"recommendations\":[]}");
        Guidance spanish = new Guidance("1.2.3", "es", TranslationStatus.UNREVIEWED, Optional.empty(), List.of());
        assertThat(SafePlanJson.writeGuidance(spanish)).isEqualTo("{\"contentVersion\":\"1.2.3\",\"language\":\"es\","
                + "\"translation\":\"UNREVIEWED\",\"recommendations\":[]}");
    }

    @Test
    void writesCautionsInsideTheirRecommendationAndPlacedByWhenOrdered() {
        Guidance g = new Guidance("1.2.3", List.of(Recommendation.builder().rank(1).actionId("get-officer-names")
                .urgency(Urgency.URGENT).title("Get their names").text("Note them.").summary("Note their names.").sources(List.of("001-11"))
                .firedBy(List.of("police-officer-details")).exposures(List.of(Exposure.WRITTEN_TRACE))
                .cautions(List.of(new Caution("keep-notes-hidden", "Keep the note \"hidden\".", "Hide it.", List.of("002-8"))))
                .placedBy(List.of("order-police-names-first")).build()));
        assertThat(SafePlanJson.writeGuidance(g)).endsWith("\"exposures\":[\"WRITTEN_TRACE\"],"
                + "\"cautions\":[{\"id\":\"keep-notes-hidden\",\"text\":\"Keep the note \\\"hidden\\\".\","
                + "\"summary\":\"Hide it.\",\"sources\":[\"002-8\"]}],\"placedBy\":[\"order-police-names-first\"]}]}");
    }
}
