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
    void toStringNeverShowsValues() {
        Situation s = Situation.builder().country("NZ").location(Location.GARAGE).injured(true).build();
        assertThat(s.toString()).isEqualTo("Situation[3 known fields]").doesNotContain("NZ").doesNotContain("GARAGE");
    }
}
