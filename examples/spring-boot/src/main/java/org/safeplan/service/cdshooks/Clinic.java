package org.safeplan.service.cdshooks;

import java.util.Set;
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

    /** The languages cards can be written in (every text of the content is English for now). */
    static final Set<String> LANGUAGES = Set.of("en");

    /**
     * The clinic as configured.
     *
     * @throws IllegalArgumentException naming the property and what it takes, if a setting cannot be
     *     used (the service then does not start)
     */
    static Clinic of(CdsHooksProperties properties) {
        if (!LANGUAGES.contains(properties.language())) {
            throw new IllegalArgumentException("safeplan.cds-hooks.language: \"" + properties.language()
                    + "\" is not a language the content has; allowed values: " + String.join(", ", LANGUAGES));
        }
        if (properties.maxCards() < 1) {
            throw new IllegalArgumentException("safeplan.cds-hooks.max-cards: must be 1 or more, was "
                    + properties.maxCards());
        }
        // The language joins the options when the library takes one.
        return new Clinic(situation(properties), AdviceOptions.builder().maxRecommendations(properties.maxCards()).build());
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
