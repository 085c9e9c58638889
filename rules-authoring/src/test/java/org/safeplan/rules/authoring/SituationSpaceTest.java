package org.safeplan.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.Situation;

/** The sweep's country domain comes from the countries given; the rest of the space is unchanged. */
class SituationSpaceTest {

    private static final long REGION_BLOCK = 2 * 3 * 3 * 10
            * (org.safeplan.rules.internal.Regions.of("US").size() + org.safeplan.rules.internal.Regions.of("GB").size() + 1);

    @Test
    void standardSweepsUsAndGbThenACountryWithoutAnEntry() {
        assertThat(SituationSpace.standard().countries()).containsExactly("US", "GB", "FR");
        assertThat(SituationSpace.core().countries()).containsExactly("US", "GB", "FR");
        // 131,040 over the country, and the region block: 2 audiences × 3 × 3 × 10 locations × (the listed
        // regions of US and GB, and unknown), with the country the region's own.
        assertThat(SituationSpace.standard().size()).isEqualTo(131_040 + REGION_BLOCK);
        assertThat(list(SituationSpace.standard())).isEqualTo(list(SituationSpace.standard(List.of("US", "GB"))));
    }

    @Test
    void eachCountryGivenIsSweptWithOneWithoutAnEntryAndUnknown() {
        SituationSpace space = SituationSpace.standard(List.of("US", "GB", "IE", "US"));
        assertThat(space.countries()).containsExactly("US", "GB", "IE", "FR");
        // Every block but the region's sweeps the country: one more country adds a quarter of those;
        // IE has no listed regions, so the region block is the same.
        assertThat(space.size()).isEqualTo((SituationSpace.standard().size() - REGION_BLOCK) / 4 * 5 + REGION_BLOCK);
        Set<String> seen = new HashSet<>();
        for (Situation s : space) {
            seen.add(String.valueOf(s.getCountry()));
        }
        assertThat(seen).containsExactlyInAnyOrder("US", "GB", "IE", "FR", "null");
    }

    @Test
    void theCountryWithoutAnEntryIsNoneOfThoseGiven() {
        assertThat(SituationSpace.standard(List.of("FR")).countries()).containsExactly("FR", "AD");
        assertThat(SituationSpace.standard(List.of()).countries()).containsExactly("FR");
    }

    @Test
    void aCodeThatIsNotIsoIsRefused() {
        assertThatThrownBy(() -> SituationSpace.standard(List.of("UK")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"UK\" is not an ISO 3166-1 alpha-2 country code (did you mean \"GB\"?); use two letters"
                        + " such as US or GB");
        assertThatThrownBy(() -> SituationSpace.standard(List.of("ie")))
                .hasMessage("write the country code in capitals: IE");
    }

    @Test
    void randomAccessGivesWhatTheIteratorGives() {
        SituationSpace space = SituationSpace.standard(List.of("US", "GB", "IE"));
        long i = 0;
        for (Situation s : space) {
            if (i % 997 == 0 || i == space.size() - 1) {
                assertThat(space.get(i)).as("situation %d", i).isEqualTo(s);
            }
            i++;
        }
        assertThat(i).isEqualTo(space.size());
        assertThatThrownBy(() -> space.get(space.size())).isInstanceOf(IndexOutOfBoundsException.class);
    }

    private static List<Situation> list(Iterable<Situation> space) {
        List<Situation> out = new ArrayList<>();
        space.forEach(out::add);
        return out;
    }
}
