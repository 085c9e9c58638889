package org.safeplan.rules.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ISO 3166-2 subdivision codes for the situation's {@code region}: the one list of them is the
 * resource {@value #RESOURCE}. A region of a country listed there must be one of its codes; a region
 * of any other country must have the form of a code and an ISO 3166-1 country part.
 */
public final class Regions {

    /** The list of subdivisions, one {@code CODE<tab>Name} a line. */
    public static final String RESOURCE = "/org/safeplan/rules/regions.txt";

    private static final Pattern FORM = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
    private static final String FIELD = "region";
    private static final String EXAMPLE = "; use the country code, a dash and the subdivision, such as GB-ENG or US-CA";

    /** Country code to (region code to English name), in the file's order. */
    private static final Map<String, Map<String, String>> BY_COUNTRY = read();

    private Regions() {
    }

    private static Map<String, Map<String, String>> read() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        try (InputStream in = Regions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from rules-core");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line; (line = lines.readLine()) != null; ) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                if (parts.length != 2 || !FORM.matcher(parts[0]).matches() || parts[1].isBlank()) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": write CODE<tab>Name, such as GB-ENG<tab>England");
                }
                String country = Countries.requireIsoCode(parts[0].substring(0, 2));
                out.computeIfAbsent(country, c -> new LinkedHashMap<>()).put(parts[0], parts[1].trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.replaceAll((country, codes) -> Collections.unmodifiableMap(codes));
        return Collections.unmodifiableMap(out);
    }

    /** The countries whose subdivisions are listed, in the file's order. */
    public static List<String> countries() {
        return List.copyOf(BY_COUNTRY.keySet());
    }

    /** The listed subdivisions of a country, code to English name; empty if the country is not listed. */
    public static Map<String, String> of(String country) {
        return BY_COUNTRY.getOrDefault(country, Map.of());
    }

    /** The country part of a region code that {@link #requireCode} accepted. */
    public static String countryOf(String region) {
        return region.substring(0, 2);
    }

    /** A regular expression for the form of a region code, upper or lower case, for the JSON Schema. */
    public static String pattern() {
        return "^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$";
    }

    /**
     * Returns the upper-case code, or throws naming the field and what it accepts.
     *
     * @throws InvalidFieldException if {@code code} is not an ISO 3166-2 code, or not one of the
     *     listed subdivisions of a country whose subdivisions are listed
     */
    public static String requireCode(String code) {
        String upper = code.trim().toUpperCase(Locale.ROOT);
        if (!FORM.matcher(upper).matches()) {
            throw new InvalidFieldException(FIELD, Suggestions.quote(code) + " is not an ISO 3166-2 subdivision code"
                    + hint(code) + EXAMPLE, List.of());
        }
        String country = countryOf(upper);
        try {
            Countries.requireIsoCode(country);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(FIELD, Suggestions.quote(code) + " is not an ISO 3166-2 subdivision code: "
                    + Suggestions.quote(country) + " is not an ISO 3166-1 country code" + hint(code) + EXAMPLE, List.of());
        }
        Map<String, String> listed = of(country);
        if (!listed.isEmpty() && !listed.containsKey(upper)) {
            List<String> allowed = new ArrayList<>(listed.keySet());
            throw new InvalidFieldException(FIELD, Suggestions.quote(code) + " is not a subdivision of " + country
                    + Suggestions.didYouMean(upper, allowed) + "; allowed values for " + country + ": "
                    + String.join(", ", allowed), allowed);
        }
        return upper;
    }

    /**
     * Checks that an accepted region lies in the country.
     *
     * @throws InvalidFieldException if it does not
     */
    public static void requireIn(String region, String country) {
        String of = countryOf(region);
        if (!of.equals(country)) {
            List<String> allowed = new ArrayList<>(of(country).keySet());
            String choices = allowed.isEmpty() ? "a region of " + country : "one of " + String.join(", ", allowed);
            throw new InvalidFieldException(FIELD, Suggestions.quote(region) + " is in " + of + ", but country is "
                    + Suggestions.quote(country) + "; give " + choices + ", or leave region unknown", allowed);
        }
    }

    /** " (did you mean ...)" from a listed code or name close to what was given, or nothing. */
    private static String hint(String given) {
        Map<String, String> byName = new LinkedHashMap<>();
        BY_COUNTRY.values().forEach(codes -> codes.forEach((c, name) -> {
            byName.put(c, c);
            byName.put(name, c);
        }));
        String compact = given.trim().replaceAll("[\\s_.]+", "-");
        Optional<String> close = Suggestions.closest(compact, byName.keySet());
        return close.map(c -> " (did you mean \"" + byName.get(c) + "\"?)").orElse("");
    }
}
