package org.safeplan.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
import org.safeplan.rules.internal.catalog.JurisdictionPack;
import org.safeplan.rules.internal.catalog.Jurisdictions;

/**
 * Never print another country's numbers or services: every number and name a jurisdiction pack
 * gives reaches only that pack's country (the content's packs, and a partner's, the example pack for
 * Ireland); every other country gets wording with no number; an action that names a capability
 * (a silent route, a disclosure scheme) is given only where the jurisdiction has it. Everything is
 * read from the packs loaded, nothing from a list of countries here.
 */
class JurisdictionTest {

    /** The example partner pack, added as a partner adds it. */
    static final Path EXAMPLE_PACK = Path.of("../examples/jurisdictions/IE.yaml");
    private static final SafetyAdvisor ADVISOR = SafetyAdvisor.builder().jurisdictions(EXAMPLE_PACK).build();
    private static final Jurisdictions LOADED = GuidanceSources.jurisdictions().with(List.of(examplePack()), LocalDate.MIN);
    private static final PackWords WORDS = PackWords.of(LOADED);
    /** The countries with a pack, then some without one, then unknown. */
    private static final List<String> COUNTRIES = countries();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    static JurisdictionPack examplePack() {
        try (InputStream in = Files.newInputStream(EXAMPLE_PACK)) {
            return JurisdictionPack.read(EXAMPLE_PACK.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> countries() {
        List<String> out = new ArrayList<>(ADVISOR.countries());
        Stream.of("FR", "DE", "AU", "NZ").filter(c -> !out.contains(c)).forEach(out::add);
        out.add(null);
        return out;
    }

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
    void theCountriesAreThoseOfTheLoadedPacks() {
        assertThat(ADVISOR.countries()).containsExactlyElementsOf(LOADED.packs().keySet());
        assertThat(ADVISOR.countries()).containsAll(GuidanceSources.countries()).contains(examplePack().country());
    }

    @Test
    void noCountryIsToldAnotherCountrysNumbersOrServices() {
        Set<String> seen = new TreeSet<>();
        for (Situation situation : situations()) {
            // The complete list: every action's wording is checked, also those a survivor's load
            // budget leaves out of the default list.
            Guidance guidance = ADVISOR.advise(situation, AdviceOptions.complete());
            String country = situation.getCountry();
            for (Recommendation r : guidance.recommendations()) {
                seen.add(r.actionId());
                assertThat(WORDS.foreign(country, r.title() + "\n" + r.text()))
                        .as("%s for country %s", r.actionId(), country).isEmpty();
            }
        }
        assertThat(seen).as("every action of the catalog is checked in some situation")
                .containsExactlyInAnyOrderElementsOf(GuidanceSources.actionsById().keySet());
    }

    /**
     * An action whose text names what only some jurisdictions have ({silentCallName}, {disclosureScheme},
     * {countryName}, ...) is given only where the jurisdiction fills it: rules test the capability.
     */
    @Test
    void anActionNamingACapabilityIsGivenOnlyWhereTheJurisdictionHasIt() {
        Map<String, Map<String, Object>> catalog = GuidanceSources.actionsById();
        for (Situation situation : situations()) {
            String key = LOADED.keyFor(situation.getCountry());
            for (Recommendation r : ADVISOR.advise(situation, AdviceOptions.complete()).recommendations()) {
                Map<String, Object> action = catalog.get(r.actionId());
                Matcher m = PLACEHOLDER.matcher(action.get("title") + "\n" + action.get("text"));
                while (m.find()) {
                    assertThat(LOADED.values(key).get(m.group(1)))
                            .as("%s names {%s}, which %s does not have", r.actionId(), m.group(1), key).isNotEmpty();
                }
            }
        }
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
    void theDefaultWordingNamesNoNumberOrServiceInAnyLanguage() {
        for (String language : LOADED.languages()) {
            LOADED.values(Jurisdictions.DEFAULT, language).forEach((placeholder, value) ->
                    assertThat(WORDS.foreign(null, value)).as("default %s in %s", placeholder, language).isEmpty());
        }
    }

    /**
     * A disclosure scheme of some regions (GB: Clare's Law, England and Wales) is named where it
     * applies, as a question where the region is not known, and never in the country's other regions.
     */
    @Test
    void aDisclosureSchemeIsNamedOnlyInTheRegionsItCovers() {
        List<JurisdictionPack> regional = LOADED.packs().values().stream()
                .filter(p -> p.disclosureScheme().filter(s -> !s.regions().isEmpty()).isPresent()).toList();
        assertThat(regional).as("a pack with a scheme of some regions, to check").isNotEmpty();
        for (JurisdictionPack pack : regional) {
            JurisdictionPack.Scheme scheme = pack.disclosureScheme().orElseThrow();
            String name = scheme.name().get(Jurisdictions.SOURCE_LANGUAGE);
            List<String> regions = new ArrayList<>(org.safeplan.rules.internal.Regions.of(pack.country()).keySet());
            regions.add(null);
            for (String region : regions) {
                for (Audience audience : Audience.values()) {
                    Situation s = Situation.builder().audience(audience).country(pack.country()).region(region)
                            .immediateDanger(false).livesWithPerpetrator(true).planningToLeave(true).build();
                    String words = ADVISOR.advise(s, AdviceOptions.complete()).recommendations().stream()
                            .map(r -> r.title() + "\n" + r.text()).reduce("", String::concat);
                    boolean covered = region == null || scheme.regions().contains(region);
                    assertThat(words.contains(name)).as("%s for a %s in %s", name, audience, region).isEqualTo(covered);
                    assertThat(words.contains(scheme.regionNames().get(Jurisdictions.SOURCE_LANGUAGE)))
                            .as("where %s applies, asked only when the region is not known", name)
                            .isEqualTo(region == null);
                }
            }
        }
    }

    /** A partner's pack changes the advice of its own country only. */
    @Test
    void aPartnersPackChangesTheAdviceOfItsCountryOnly() {
        SafetyAdvisor bundled = SafetyAdvisor.create();
        String country = examplePack().country();
        boolean changedThere = false;
        for (Situation situation : situations()) {
            List<Recommendation> with = ADVISOR.advise(situation).recommendations();
            List<Recommendation> without = bundled.advise(situation).recommendations();
            if (country.equals(situation.getCountry())) {
                changedThere |= !with.equals(without);
            } else {
                assertThat(with).as("advice for %s", situation.getCountry()).isEqualTo(without);
            }
        }
        assertThat(changedThere).as("the pack changes the advice in " + country).isTrue();
    }
}
