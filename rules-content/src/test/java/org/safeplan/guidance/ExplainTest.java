package org.safeplan.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.Explanation;
import org.safeplan.rules.Location;
import org.safeplan.rules.Reason;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.safeplan.rules.SituationChange;
import org.safeplan.rules.json.SafePlanJson;

class ExplainTest {

    private static SafetyAdvisor advisor;
    private static final Situation KITCHEN = Situation.builder()
            .country("US").immediateDanger(true).perpetratorOnPremises(true).location(Location.KITCHEN).build();

    @BeforeAll
    static void load() {
        advisor = SafetyAdvisor.create();
    }

    private static Map<String, String> facts(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @Test
    void eachRecommendationNamesItsRulesAndTheFactsTheyMatched() {
        Explanation e = advisor.explain(KITCHEN);
        assertThat(e.guidance().recommendations()).extracting(Recommendation::actionId)
                .isEqualTo(advisor.advise(KITCHEN, AdviceOptions.complete()).recommendations().stream()
                        .map(Recommendation::actionId).toList());
        Recommendation kitchen = e.guidance().find("leave-the-kitchen").orElseThrow();
        assertThat(kitchen.because()).containsExactly(new Reason("danger-kitchen", facts("audience", "SURVIVOR",
                "canLeaveSafely", null, "immediateDanger", "true", "location", "KITCHEN", "roomLocksFromInside", null)));
        assertThat(advisor.advise(KITCHEN).recommendations()).allMatch(r -> r.because().isEmpty());
    }

    @Test
    void unknownFactsAreShownAsNull() {
        Explanation e = advisor.explain(Situation.builder().immediateDanger(true).build());
        Reason roomUnknown = e.guidance().find("get-to-a-room-with-a-way-out").orElseThrow().because().get(0);
        assertThat(roomUnknown.matched()).containsEntry("location", null);
    }

    @Test
    void everyFiredRuleShowsTheFactsItRead() {
        // Pins the Drools internals behind "matched": every rule reads at least the audience.
        var firedRules = new java.util.TreeSet<String>();
        for (Situation s : SafetyAdvisorTest.sample()) {
            for (Recommendation r : advisor.explain(s).guidance().recommendations()) {
                assertThat(r.because()).extracting(Reason::ruleId).containsExactlyElementsOf(r.firedBy());
                assertThat(r.because()).allSatisfy(reason -> assertThat(reason.matched()).containsKey("audience"));
                firedRules.addAll(r.firedBy());
            }
        }
        assertThat(firedRules).isNotEmpty();
    }

    @Test
    void whatWouldChangeListsSingleFieldChangesThatAddRemoveOrRerank() {
        Explanation e = advisor.explain(KITCHEN);
        assertThat(e.changes()).contains(new SituationChange("location", "GARAGE",
                java.util.List.of("leave-the-garage"), java.util.List.of("leave-the-kitchen"), java.util.List.of()));
        assertThat(e.changesAffecting("leave-the-kitchen")).extracting(SituationChange::field)
                .contains("location", "immediateDanger", "audience").doesNotContain("injured", "employed");
        SituationChange cannotSpeak = e.changes().stream()
                .filter(c -> c.field().equals("canSpeakSafely") && "false".equals(c.value())).findFirst().orElseThrow();
        assertThat(cannotSpeak.removed()).contains("call-emergency-services");
        assertThat(cannotSpeak.added()).contains("call-when-you-can-speak");
        assertThat(e.changes()).noneMatch(c -> c.field().equals("country") && "US".equals(c.value()));
    }

    @Test
    void explanationJsonCarriesBecauseWhatWouldChangeAndWouldAdd() {
        String json = SafePlanJson.writeExplanation(advisor.explain(KITCHEN), false);
        assertThat(json).contains("\"because\":[{\"rule\":\"danger-kitchen\",\"matched\":{\"audience\":\"SURVIVOR\","
                + "\"canLeaveSafely\":null,\"immediateDanger\":true,\"location\":\"KITCHEN\",\"roomLocksFromInside\":null}}]");
        assertThat(json).contains("{\"field\":\"location\",\"value\":\"GARAGE\",\"effect\":\"REMOVED\"}");
        assertThat(json).contains("\"wouldAdd\":[").contains("{\"actionId\":\"leave-the-garage\",\"when\":[{\"field\":\"location\",\"value\":\"GARAGE\"}]}");
    }
}
