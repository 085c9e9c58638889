package org.safeplan.service.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeplan.rules.Audience;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The clinic's settings: what the service says when one cannot be used, so that it does not start. */
class ClinicTest {

    /** {@code safeplan.cds-hooks.*} as Spring binds these properties, with the declared defaults for the rest. */
    private static final List<String> CONTENT_LANGUAGES = List.of("en", "es");

    private static Clinic clinic(Map<String, String> set) {
        return Clinic.of(properties(set), CONTENT_LANGUAGES);
    }

    private static CdsHooksProperties properties(Map<String, String> set) {
        return new Binder(new MapConfigurationPropertySource(set)).bindOrCreate("safeplan.cds-hooks", CdsHooksProperties.class);
    }

    @Test
    void theDefaultIsAPractitionerWithNoPlaceAndFiveCards() {
        Clinic clinic = clinic(Map.of());
        assertThat(clinic.situation().getAudience()).isEqualTo(Audience.PRACTITIONER);
        assertThat(clinic.situation().getCountry()).isNull();
        assertThat(clinic.situation().getRegion()).isNull();
        assertThat(clinic.options().maxRecommendations()).isEqualTo(5);
        assertThat(clinic.options().language()).isEqualTo("en");
    }

    @Test
    void aLanguageOfTheContentWritesTheCards() {
        assertThat(clinic(Map.of("safeplan.cds-hooks.language", "es")).options().language()).isEqualTo("es");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            safeplan.cds-hooks.country   | UK      | safeplan.cds-hooks.country: | GB
            safeplan.cds-hooks.region    | England | safeplan.cds-hooks.region:  | GB-ENG
            safeplan.cds-hooks.language  | fr      | safeplan.cds-hooks.language: "fr" is not a language the content has | allowed values: en, es
            safeplan.cds-hooks.max-cards | 0       | safeplan.cds-hooks.max-cards: must be 1 or more, was 0 | 0
            """)
    void aSettingThatCannotBeUsedIsNamedWithWhatItTakes(String property, String value, String start, String hint) {
        assertThatThrownBy(() -> clinic(Map.of(property, value)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(start).hasMessageContaining(hint);
    }
}
