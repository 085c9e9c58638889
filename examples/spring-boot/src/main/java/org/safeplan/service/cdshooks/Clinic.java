package org.safeplan.service.cdshooks;

import java.util.List;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.Audience;
import org.safeplan.rules.Situation;

/**
 * What the service knows of every patient it is asked about: the clinic's place, and that a
 * practitioner is serving the person; and how many cards to give.
 *
 * @param situation the practitioner's situation at the clinic's country and region
 * @param options the practitioner's complete list, cut to the most urgent {@code max-cards}
 */
record Clinic(Situation situation, AdviceOptions options) {

    /**
     * The clinic as configured.
     *
     * @param languages the languages the content has texts in ({@code SafetyAdvisor.languages()})
     * @throws IllegalArgumentException naming the property and what it takes, if a setting cannot be
     *     used (the service then does not start)
     */
    static Clinic of(CdsHooksProperties properties, List<String> languages) {
        if (!languages.contains(properties.language())) {
            throw new IllegalArgumentException("safeplan.cds-hooks.language: \"" + properties.language()
                    + "\" is not a language the content has; allowed values: " + String.join(", ", languages));
        }
        if (properties.maxCards() < 1) {
            throw new IllegalArgumentException("safeplan.cds-hooks.max-cards: must be 1 or more, was "
                    + properties.maxCards());
        }
        return new Clinic(situation(properties), AdviceOptions.builder().language(properties.language())
                .maxRecommendations(properties.maxCards()).build());
    }

    private static Situation situation(CdsHooksProperties properties) {
        Situation.Builder clinic = Situation.builder().audience(Audience.PRACTITIONER);
        try {
            clinic.country(properties.country().isBlank() ? null : properties.country());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("safeplan.cds-hooks.country: " + e.getMessage(), e);
        }
        try {
            return clinic.region(properties.region().isBlank() ? null : properties.region()).build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("safeplan.cds-hooks.region: " + e.getMessage(), e);
        }
    }
}
