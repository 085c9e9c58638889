package org.safeplan.rules.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Validates ISO 3166-1 alpha-2 country codes. */
public final class Countries {

    private static final Set<String> ISO_CODES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

    /** Common codes that are not ISO 3166-1 alpha-2, with the code meant. */
    private static final Map<String, String> LOOK_ALIKES = Map.of("UK", "GB", "EN", "GB", "USA", "US");

    private Countries() {
    }

    /**
     * Returns the upper-case code, or throws naming what was wrong.
     *
     * @throws IllegalArgumentException if {@code code} is not an ISO 3166-1 alpha-2 code
     */
    public static String requireIsoCode(String code) {
        String upper = code.trim().toUpperCase(Locale.ROOT);
        if (ISO_CODES.contains(upper)) {
            return upper;
        }
        String meant = LOOK_ALIKES.get(upper);
        String hint = meant != null ? " (did you mean \"" + meant + "\"?)" : "";
        throw new IllegalArgumentException(Suggestions.quote(code) + " is not an ISO 3166-1 alpha-2 country code"
                + hint + "; use two letters such as US or GB");
    }
}
