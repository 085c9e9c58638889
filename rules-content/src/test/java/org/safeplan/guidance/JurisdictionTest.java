package org.safeplan.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.Audience;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.HelpWanted;
import org.safeplan.rules.Location;
import org.safeplan.rules.PhoneAccess;
import org.safeplan.rules.ProtectiveOrder;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.safeplan.rules.authoring.Scenario;
import org.safeplan.rules.authoring.ScenarioFile;

/**
 * Never print another country's numbers or schemes: 911 and 1-800 only in the US; 999, 55 (the
 * Silent Solution) and Clare's Law only in GB; everything else gets generic wording.
 */
class JurisdictionTest {

    private static final SafetyAdvisor ADVISOR = SafetyAdvisor.create();
    private static final List<String> COUNTRIES = Arrays.asList("US", "GB", "FR", "DE", "IE", "AU", null);
    private static final Pattern SILENT_55 = Pattern.compile("(?<!\\d)55(?!\\d)");
    private static final Pattern GB_ONLY_TEXT = Pattern.compile("Clare|Silent Solution|\\{silentCallCode}");

    /** Many situations: every regression scenario in every country, plus combinations by stage. */
    static List<Situation> situations() {
        List<Situation> out = new ArrayList<>();
        for (Scenario s : ScenarioFile.readFolder(Path.of("scenarios"))) {
            out.add(s.situation());
            for (String country : COUNTRIES) {
                out.add(s.situation().toBuilder().region(null).country(country).build());    // a region is its own country's
            }
        }
        Boolean[] tri = {null, true, false};
        for (Audience audience : Audience.values()) {
            for (String country : COUNTRIES) {
                for (Boolean danger : tri) {
                    for (Boolean canSpeak : tri) {
                        for (Boolean lives : tri) {
                            for (ProtectiveOrder order : new ProtectiveOrder[] {null, ProtectiveOrder.ACTIVE,
                                    ProtectiveOrder.JUST_SERVED, ProtectiveOrder.NONE}) {
                                out.add(Situation.builder().audience(audience).country(country)
                                        .immediateDanger(danger).canSpeakSafely(canSpeak).livesWithPerpetrator(lives)
                                        .protectiveOrder(order).planningToLeave(lives == Boolean.TRUE ? true : null)
                                        .recentlyLeft(lives == Boolean.FALSE ? true : null)
                                        .employed(true).childrenPresent(true).honourBasedAbuse(true)
                                        .isolatedAtHome(lives).afterIncident(danger == Boolean.FALSE ? true : null)
                                        .policePresent(danger == Boolean.FALSE && canSpeak == Boolean.TRUE ? true : null)
                                        .safePlaceTonight(canSpeak == Boolean.FALSE ? false : null)
                                        .injured(canSpeak).perpetratorOnPremises(canSpeak)
                                        .wantsHelpContacted(canSpeak == null ? HelpWanted.NO : HelpWanted.UNDECIDED)
                                        .phoneAccess(lives == null ? PhoneAccess.LOW_BATTERY : PhoneAccess.ELSEWHERE)
                                        .location(danger == Boolean.TRUE ? Location.KITCHEN : null)
                                        .build());
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    @Test
    void noCountryIsToldAnotherCountrysNumbersOrSchemes() {
        Set<String> seen = new TreeSet<>();
        for (Situation situation : situations()) {
            // The complete list: every action's wording is checked, also those a survivor's load
            // budget leaves out of the default list.
            Guidance guidance = ADVISOR.advise(situation, AdviceOptions.complete());
            String country = situation.getCountry();
            for (Recommendation r : guidance.recommendations()) {
                seen.add(r.actionId());
                String words = r.title() + "\n" + r.text();
                String where = r.actionId() + " for country " + country;
                if (!"US".equals(country)) {
                    assertThat(words).as(where).doesNotContain("911").doesNotContain("1-800").doesNotContain("7233")
                            .doesNotContain("In the US");
                }
                if (!"GB".equals(country)) {
                    assertThat(words).as(where).doesNotContain("999").doesNotContain("Clare")
                            .doesNotContain("Silent Solution").doesNotContainPattern(SILENT_55);
                    assertThat(r.actionId()).as(where).isNotIn("use-the-silent-solution",
                            "press-the-silent-code-if-you-cannot-speak", "learn-the-silent-solution",
                            "call-emergency-services-or-press-the-silent-code", "make-sure-they-know-the-silent-solution",
                            "ask-about-clares-law", "consider-clares-law");
                }
                if (country == null || !Set.of("US", "GB").contains(country)) {
                    assertThat(words).as(where).doesNotContainPattern("\\d");
                }
            }
        }
        assertThat(seen).as("every action of the catalog is checked in some situation")
                .containsExactlyInAnyOrderElementsOf(GuidanceSources.actionsById().keySet());
    }

    @Test
    void theCatalogWritesNoNumberItself() {
        for (Map<String, Object> action : GuidanceSources.actions()) {
            assertThat(action.get("title") + "\n" + action.get("text"))
                    .as("action %s: numbers only through jurisdiction placeholders", action.get("id"))
                    .doesNotContainPattern("\\d");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDefaultJurisdictionNamesNoNumber() {
        Map<String, Object> defaults = (Map<String, Object>) GuidanceSources.yaml(
                GuidanceSources.GUIDANCE.resolve("jurisdictions.yaml")).get("default");
        defaults.forEach((key, value) -> assertThat(String.valueOf(value)).as("default " + key)
                .doesNotContainPattern("\\d").doesNotContain("Clare"));
    }

    @Test
    void usOnlyActionsAreRecommendedOnlyByRulesGatedOnTheUs() {
        Set<String> usOnly = new TreeSet<>();
        GuidanceSources.actionsById().forEach((id, action) -> {
            if (String.valueOf(action.get("text")).contains("In the US")) {
                usOnly.add(id);
            }
        });
        assertThat(usOnly).contains("get-to-a-phone-in-the-us");
        for (GuidanceSources.DrlRule rule : GuidanceSources.rules()) {
            if (rule.recommends() != null && usOnly.contains(rule.recommends())) {
                assertThat(String.join(" ", GuidanceSources.situationConstraints(rule.when())))
                        .as("rule %s recommends US-only %s", rule.id(), rule.recommends())
                        .contains("country == \"US\"");
            }
        }
    }

    @Test
    void gbOnlyActionsAreRecommendedOnlyByRulesGatedOnGb() {
        Set<String> gbOnly = new TreeSet<>();
        GuidanceSources.actionsById().forEach((id, action) -> {
            if (GB_ONLY_TEXT.matcher(action.get("title") + "\n" + action.get("text")).find()) {
                gbOnly.add(id);
            }
        });
        assertThat(gbOnly).contains("use-the-silent-solution", "ask-about-clares-law", "consider-clares-law");
        for (GuidanceSources.DrlRule rule : GuidanceSources.rules()) {
            if (rule.recommends() != null && gbOnly.contains(rule.recommends())) {
                assertThat(String.join(" ", GuidanceSources.situationConstraints(rule.when())))
                        .as("rule %s recommends GB-only %s", rule.id(), rule.recommends())
                        .contains("country == \"GB\"");
            }
        }
    }

    /** Clare's Law is a scheme of England and Wales: never in Scotland or Northern Ireland, always named where it applies. */
    @Test
    void claresLawOnlyInEnglandAndWales() {
        SafetyAdvisor advisor = SafetyAdvisor.create();
        for (String region : org.safeplan.rules.internal.Regions.of("GB").keySet()) {
            boolean englandOrWales = region.equals("GB-ENG") || region.equals("GB-WLS");
            for (Audience audience : Audience.values()) {
                Situation s = Situation.builder().audience(audience).region(region).immediateDanger(false)
                        .livesWithPerpetrator(true).planningToLeave(true).build();
                String words = advisor.advise(s, AdviceOptions.complete()).recommendations().stream()
                        .map(r -> r.title() + "\n" + r.text()).reduce("", String::concat);
                assertThat(words.contains("Clare")).as("Clare's Law for a %s in %s", audience, region).isEqualTo(englandOrWales);
            }
        }
    }
}
