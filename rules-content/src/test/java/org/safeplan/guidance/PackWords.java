package org.safeplan.guidance;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.safeplan.rules.internal.catalog.JurisdictionPack;
import org.safeplan.rules.internal.catalog.Jurisdictions;

/**
 * The words that name one jurisdiction's numbers and services, read from its pack: emergency and
 * helpline numbers (and their letters), routes' numbers and codes, and the names of its country,
 * helplines, routes and schemes in every language. No recommendation may print a word of another
 * country's pack that its own pack does not have, and a country without a pack gets no digit at all:
 * "never a number or service not in the situation's own pack", derived from whatever packs are loaded.
 */
final class PackWords {

    private static final Pattern DIGIT = Pattern.compile("\\d");

    private final Map<String, Set<String>> byCountry = new LinkedHashMap<>();

    private PackWords(Jurisdictions jurisdictions) {
        jurisdictions.packs().forEach((country, pack) -> byCountry.put(country, words(pack)));
    }

    /** The words of every pack of {@code jurisdictions}. */
    static PackWords of(Jurisdictions jurisdictions) {
        return new PackWords(jurisdictions);
    }

    private static Set<String> words(JurisdictionPack pack) {
        Set<String> words = new LinkedHashSet<>(pack.name().values());
        pack.numbers().forEach(n -> words.add(n.number()));
        pack.routes().forEach(r -> {
            words.addAll(r.name().values());
            if (r.code() != null) {
                words.add(r.code());
            }
        });
        pack.helplines().forEach(h -> words.addAll(h.name().values()));
        pack.disclosureScheme().ifPresent(s -> {
            words.addAll(s.name().values());
            words.addAll(s.fullName().values());
            words.addAll(s.regionNames().values());
        });
        return words;
    }

    /** The countries with a pack. */
    Set<String> countries() {
        return byCountry.keySet();
    }

    /**
     * What in {@code text}, shown for {@code country} (null: unknown), belongs to another country's
     * pack ("" when nothing): a word of another pack that the country's own pack does not have, or,
     * for a country without a pack, any digit.
     */
    String foreign(String country, String text) {
        Set<String> own = byCountry.getOrDefault(country, Set.of());
        for (Map.Entry<String, Set<String>> other : byCountry.entrySet()) {
            if (other.getKey().equals(country)) {
                continue;
            }
            for (String word : other.getValue()) {
                if (!own.contains(word) && mentions(text, word)) {
                    return " says \"" + word + "\" of " + other.getKey() + "'s pack";
                }
            }
        }
        if (!byCountry.containsKey(country) && DIGIT.matcher(text).find()) {
            return " has a number";
        }
        return "";
    }

    /** A number as a whole number (55 is not in 555), any other word as written. */
    private static boolean mentions(String text, String word) {
        if (word.chars().allMatch(c -> Character.isDigit(c) || c == ' ' || c == '-')) {
            return Pattern.compile("(?<![\\d-])" + Pattern.quote(word) + "(?![\\d-])").matcher(text).find();
        }
        return text.contains(word);
    }
}
