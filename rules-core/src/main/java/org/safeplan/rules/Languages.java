package org.safeplan.rules;

import java.util.Collection;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Language tags (BCP 47) and their negotiation, in one place for the library, the command line and
 * the HTTP service: a reader asking for {@code es-MX}, {@code es-419} or {@code es-US} gets the
 * content's {@code es}, as the JDK's {@link Locale#lookupTag} matches them.
 *
 * <pre>{@code
 * Optional<String> language = Languages.negotiate("es-MX,es;q=0.9,en;q=0.5", advisor.languages());  // "es"
 * }</pre>
 */
public final class Languages {

    /** The language the content's catalog is written in, and which every other language falls back to. */
    public static final String SOURCE = "en";

    private Languages() {
    }

    /**
     * The offered language that best matches a priority list such as an HTTP {@code Accept-Language}
     * header ({@code "es-419, es;q=0.9, en;q=0.5"}) or a single tag ({@code "es-MX"}), by the lookup
     * of RFC 4647 ({@link Locale#lookupTag}): each range in order of weight, shortened from the right
     * until an offered tag matches. Empty when none matches or the list is malformed (a reader's
     * header is a preference, not an error).
     *
     * @param ranges a language priority list ({@link Locale.LanguageRange#parse(String)})
     * @param offered the language tags on offer, such as {@link SafetyAdvisor#languages()}
     */
    public static Optional<String> negotiate(String ranges, Collection<String> offered) {
        if (ranges == null || ranges.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> parsed;
        try {
            parsed = Locale.LanguageRange.parse(ranges);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(Locale.lookupTag(parsed, offered));
    }

    /**
     * The first language of a priority list that is not a wildcard, for saying which language a
     * reader asked for when none on offer matched ({@code "fr-CA, fr;q=0.8"}: {@code "fr-CA"}).
     */
    public static Optional<String> preferred(String ranges) {
        try {
            return ranges == null || ranges.isBlank() ? Optional.empty()
                    : Locale.LanguageRange.parse(ranges).stream().map(Locale.LanguageRange::getRange)
                            .filter(r -> !r.contains("*")).findFirst();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * The tag in its canonical case ({@code "ES-mx"}: {@code "es-MX"}).
     *
     * @throws IllegalArgumentException if {@code tag} is not a well-formed BCP 47 language tag
     */
    public static String requireTag(String tag) {
        if (tag == null || tag.isBlank()) {
            throw new IllegalArgumentException("a language tag such as \"es\" or \"es-MX\" is required");
        }
        try {
            return new Locale.Builder().setLanguageTag(tag.trim()).build().toLanguageTag();
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("\"" + tag + "\" is not a BCP 47 language tag such as \"es\" or"
                    + " \"es-MX\": " + e.getMessage(), e);
        }
    }
}
