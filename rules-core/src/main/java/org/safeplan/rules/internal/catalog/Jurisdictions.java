package org.safeplan.rules.internal.catalog;

import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.Countries;

/**
 * The values filled into action texts for each country: emergency numbers, hotlines. A country
 * without its own entry gets the {@code default} values, which must never name a number of
 * another country. Every placeholder is defined in {@code default}; a country overrides some.
 */
public final class Jurisdictions {

    /** The key under which the values for every other country are found. */
    public static final String DEFAULT = "default";

    private final Map<String, Map<String, String>> valuesByKey;

    private Jurisdictions(Map<String, Map<String, String>> valuesByKey) {
        this.valuesByKey = Collections.unmodifiableMap(valuesByKey);
    }

    /**
     * Reads and checks jurisdiction data.
     *
     * @throws ContentException listing every problem, each with file and line
     */
    public static Jurisdictions read(String file, InputStream in) {
        Problems problems = new Problems();
        Jurisdictions jurisdictions = read(file, in, problems);
        problems.throwIfAny();
        return jurisdictions;
    }

    /** Reads jurisdiction data, adding every problem to {@code problems} and keeping what is valid. */
    public static Jurisdictions read(String file, InputStream in, Problems problems) {
        Map<String, Map<String, String>> byKey = new LinkedHashMap<>();
        byKey.put(DEFAULT, Map.of());
        try {
            YamlMap root = YamlMap.parse(file, in);
            Map<String, String> defaults = values(root.map(DEFAULT));
            byKey.put(DEFAULT, defaults);
            YamlMap countries = root.map("countries");
            for (String code : countries.keys()) {
                try {
                    byKey.put(code, country(countries, code, defaults));
                } catch (ContentException e) {
                    problems.add(e);
                }
            }
        } catch (ContentException e) {
            problems.add(e);
        }
        return new Jurisdictions(byKey);
    }

    private static Map<String, String> country(YamlMap countries, String code, Map<String, String> defaults) {
        try {
            if (!Countries.requireIsoCode(code).equals(code)) {
                throw countries.error(code, "write the country code in capitals: " + code.toUpperCase());
            }
        } catch (IllegalArgumentException e) {
            throw countries.error(code, e.getMessage());
        }
        YamlMap entry = countries.map(code);
        Map<String, String> merged = new LinkedHashMap<>(defaults);
        for (String key : entry.keys()) {
            if (!defaults.containsKey(key)) {
                throw entry.error(key, "'" + key + "' has no default value: define it under 'default' first");
            }
            merged.put(key, entry.string(key).trim());
        }
        return Collections.unmodifiableMap(merged);
    }

    private static Map<String, String> values(YamlMap map) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : map.keys()) {
            values.put(key, map.string(key).trim());
        }
        return Collections.unmodifiableMap(values);
    }

    /** The jurisdiction key for a country code: the code itself if it has data, else {@link #DEFAULT}. */
    public String keyFor(String country) {
        return country != null && valuesByKey.containsKey(country) ? country : DEFAULT;
    }

    /** All jurisdiction keys, {@link #DEFAULT} first. */
    public Set<String> keys() {
        return valuesByKey.keySet();
    }

    /** The placeholder values of a jurisdiction key. */
    public Map<String, String> values(String key) {
        return valuesByKey.get(key);
    }

    /**
     * The placeholder values of a jurisdiction key in a language; a placeholder without a value in
     * that language is missing from the map (the language is then incomplete for that key).
     */
    public Map<String, String> values(String key, String language) {
        return values(key);
    }
}
