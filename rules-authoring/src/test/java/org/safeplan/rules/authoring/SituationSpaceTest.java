package org.safeplan.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.Situation;
import org.safeplan.rules.internal.Declared;
import org.safeplan.rules.internal.explain.SituationField;

/** The sweep's country domain comes from the countries given; the rest of the space is unchanged. */
class SituationSpaceTest {

    private static final List<String> STANDARD = List.of("US", "GB");
    /** The fields each other field is swept over. */
    private static final List<String> BASE = List.of("audience", "country", "immediateDanger",
            "perpetratorOnPremises", "location");
    private static final long REGION_BLOCK = combinations(BASE, STANDARD) / values("country", STANDARD)
            * values("region", STANDARD);

    @Test
    void standardSweepsUsAndGbThenACountryWithoutAnEntry() {
        assertThat(SituationSpace.standard().countries()).containsExactly("US", "GB", "FR");
        assertThat(SituationSpace.core().countries()).containsExactly("US", "GB", "FR");
        assertThat(SituationSpace.standard().size()).isEqualTo(expectedSize(STANDARD));
        assertThat(list(SituationSpace.standard())).isEqualTo(list(SituationSpace.standard(STANDARD)));
    }

    @Test
    void everyDeclaredFieldIsSweptEachValueInItsOwnBlock() {
        assertThat(SituationSpace.standard().fields())
                .containsExactlyInAnyOrderElementsOf(SituationField.all().stream().map(SituationField::name).toList());
        // The core fields' every combination, then a block over the base for each other field; the
        // region's block has no country of its own (a region gives its country).
        assertThat(SituationSpace.core().size()).isEqualTo(combinations(SituationSpace.CORE_FIELDS, STANDARD));
    }

    /** The standard sweep's size, worked out from each field's values: what a new field adds, it adds here too. */
    private static long expectedSize(List<String> countries) {
        long size = combinations(SituationSpace.CORE_FIELDS, countries);
        long base = combinations(BASE, countries);
        for (SituationField f : SituationField.all()) {
            if (SituationSpace.CORE_FIELDS.contains(f.name())) {
                continue;
            }
            long values = f.values(countries).size();
            size += f.text() == Declared.Text.REGION ? base / values("country", countries) * values : base * values;
        }
        return size;
    }

    private static long combinations(List<String> fields, List<String> countries) {
        long n = 1;
        for (String field : fields) {
            n *= values(field, countries);
        }
        return n;
    }

    private static long values(String field, List<String> countries) {
        return SituationField.named(field).values(countries).size();
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
