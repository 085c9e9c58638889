package org.safeplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SituationTest {

    @Test
    void everythingIsUnknownByDefaultAndAudienceDefaultsToSurvivor() {
        Situation s = Situation.builder().build();
        assertThat(s).isEqualTo(Situation.empty());
        assertThat(s.getAudience()).isEqualTo(Audience.SURVIVOR);
        assertThat(s.isAudienceKnown()).isFalse();
        assertThat(s.getImmediateDanger()).isNull();
        assertThat(s.getLocation()).isNull();
        assertThat(s.knownFieldCount()).isZero();
    }

    @Test
    void toBuilderDerivesAChangedCopyAndLeavesTheOriginal() {
        Situation kitchen = Situation.builder().country("US").location(Location.KITCHEN).build();
        Situation garage = kitchen.toBuilder().location(Location.GARAGE).build();
        assertThat(kitchen.getLocation()).isEqualTo(Location.KITCHEN);
        assertThat(garage.getLocation()).isEqualTo(Location.GARAGE);
        assertThat(garage.getCountry()).isEqualTo("US");
        assertThat(garage).isNotEqualTo(kitchen);
        assertThat(kitchen.toBuilder().build()).isEqualTo(kitchen).hasSameHashCodeAs(kitchen);
    }

    @Test
    void nullMakesAFieldUnknownAgain() {
        Situation s = Situation.builder().injured(true).injured(null).country("GB").country(null).build();
        assertThat(s).isEqualTo(Situation.empty());
    }

    @Test
    void countryMustBeAnIsoCode() {
        assertThat(Situation.builder().country(" gb ").build().getCountry()).isEqualTo("GB");
        assertThatThrownBy(() -> Situation.builder().country("UK"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("did you mean \"GB\"");
        assertThatThrownBy(() -> Situation.builder().country("XX")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void regionIsAnIsoSubdivisionCodeListedForItsCountry() {
        assertThat(Situation.builder().country("GB").region(" gb-wls ").build().getRegion()).isEqualTo("GB-WLS");
        assertThat(Situation.builder().region("IE-D").build().getRegion()).isEqualTo("IE-D");
        assertThatThrownBy(() -> Situation.builder().region("England"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("region \"England\" is not an ISO 3166-2 subdivision code (did you mean \"GB-ENG\"?);"
                        + " use the country code, a dash and the subdivision, such as GB-ENG or US-CA");
        assertThatThrownBy(() -> Situation.builder().region("GB-EN"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("region \"GB-EN\" is not a subdivision of GB (did you mean \"GB-ENG\"?);"
                        + " allowed values for GB: GB-ENG, GB-NIR, GB-SCT, GB-WLS");
        assertThatThrownBy(() -> Situation.builder().region("UK-ENG"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("region \"UK-ENG\" is not an ISO 3166-2 subdivision code: \"UK\" is not an ISO 3166-1"
                        + " country code (did you mean \"GB-ENG\"?); use the country code, a dash and the subdivision,"
                        + " such as GB-ENG or US-CA");
    }

    @Test
    void aRegionOfAnotherCountryIsRefusedAndWithoutACountryGivesItsOwn() {
        assertThatThrownBy(() -> Situation.builder().country("GB").region("US-CA").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("region \"US-CA\" is in US, but country is \"GB\"; give one of GB-ENG, GB-NIR, GB-SCT,"
                        + " GB-WLS, or leave region unknown");
        assertThatThrownBy(() -> Situation.builder().region("US-CA").country("IE").build())
                .hasMessage("region \"US-CA\" is in US, but country is \"IE\"; give a region of IE, or leave region unknown");
        Situation scotland = Situation.builder().region("GB-SCT").build();
        assertThat(scotland.getCountry()).isEqualTo("GB");
        assertThat(scotland).isEqualTo(Situation.builder().country("GB").region("GB-SCT").build());
        assertThat(scotland.toBuilder().region(null).build().getCountry()).isEqualTo("GB");
    }

    @Test
    void toStringNeverShowsValues() {
        Situation s = Situation.builder().country("NZ").location(Location.GARAGE).injured(true).build();
        assertThat(s.toString()).isEqualTo("Situation[3 known fields]").doesNotContain("NZ").doesNotContain("GARAGE");
    }
}
