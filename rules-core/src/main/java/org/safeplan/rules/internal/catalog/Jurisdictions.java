package org.safeplan.rules.internal.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.content.Jurisdiction;
import org.safeplan.rules.internal.Countries;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * The values filled into action texts for each jurisdiction and language (emergency numbers,
 * helplines, routes, schemes), and what each jurisdiction provides as rules see it
 * ({@link Jurisdiction}). A country without a pack of its own gets the {@code default} values, which
 * never name a number or a service of another country.
 *
 * <p>Read from a folder of jurisdiction packs (one YAML file per country, checked against
 * {@value JurisdictionPack#SCHEMA}, plus {@value #DEFAULTS_FILE}: the wording for every other country,
 * per language), or from a single {@code jurisdictions.yaml} of content made before packs (English
 * only, no capabilities: its rules test country codes).
 */
public final class Jurisdictions {

    /** The key under which the values for every other country are found. */
    public static final String DEFAULT = "default";

    /** The language of the catalog itself, which every pack and the defaults must have. */
    public static final String SOURCE_LANGUAGE = "en";

    /** The file of a pack folder that holds the wording for countries without a pack. */
    public static final String DEFAULTS_FILE = "default.yaml";

    /** The schema {@value #DEFAULTS_FILE} must conform to, a resource of rules-core. */
    public static final String DEFAULTS_SCHEMA = "org/safeplan/rules/schema/jurisdiction-defaults.schema.json";

    /**
     * Every placeholder a pack fills, in the order messages list them. The first three have default
     * wording; the others are used only by actions that rules give where the jurisdiction has the
     * capability, and are empty elsewhere (nothing is invented for a country without it).
     */
    public static final List<String> PLACEHOLDERS = List.of("emergencyNumber", "hotline", "hotlineAssurance",
            "silentCallCode", "silentCallName", "countryName", "disclosureScheme", "disclosureSchemeFullName",
            "disclosureRegions");

    private static final SchemaCheck DEFAULTS_FORM = SchemaCheck.load(DEFAULTS_SCHEMA);

    /** Opens a content file by name, or returns null when there is none. */
    @FunctionalInterface
    public interface Opener {
        /** The file's bytes, or null when it does not exist. */
        InputStream open(String name) throws IOException;
    }

    /**
     * The wording for countries without a pack, the assurance for a confidential helpline, and the
     * note for a helpline that does not answer in the reader's language, per language.
     */
    private record Defaults(Map<String, Map<String, String>> wording, Map<String, String> confidentialAssurance,
                            Map<String, String> answersIn) {
    }

    /** What rules see of one pack, by the situation's region (null: unknown). */
    private record Facts(Map<String, Jurisdiction> byRegion, Jurisdiction elsewhere) {
        Jurisdiction in(String region) {
            return byRegion.getOrDefault(region, elsewhere);
        }
    }

    /** Values by key, then language, then placeholder. */
    private final Map<String, Map<String, Map<String, String>>> valuesByKey;
    private final Map<String, JurisdictionPack> packs;
    private final Map<String, Facts> facts;
    private final Defaults defaults;
    private final List<String> warnings;

    private Jurisdictions(Map<String, Map<String, Map<String, String>>> valuesByKey, Map<String, JurisdictionPack> packs,
                          Defaults defaults, List<String> warnings) {
        this.valuesByKey = Collections.unmodifiableMap(valuesByKey);
        this.packs = Collections.unmodifiableMap(packs);
        this.defaults = defaults;
        this.warnings = List.copyOf(warnings);
        Map<String, Facts> byCountry = new HashMap<>();
        packs.forEach((country, pack) -> byCountry.put(country, facts(pack)));
        this.facts = byCountry;
    }

    private static Facts facts(JurisdictionPack pack) {
        Map<String, Jurisdiction> byRegion = new HashMap<>();
        byRegion.put(null, pack.capabilities(null));
        pack.disclosureScheme().ifPresent(s -> s.regions().forEach(r -> byRegion.put(r, pack.capabilities(r))));
        return new Facts(byRegion, pack.capabilities(pack.country() + "-?"));
    }

    /**
     * Reads the jurisdictions a manifest names, packs or the one file made before them, adding
     * every problem to {@code problems}.
     *
     * @param today the date each pack's {@code reviewBy} is compared with
     */
    public static Jurisdictions read(ContentManifest manifest, Opener open, Problems problems, LocalDate today) {
        if (manifest.hasPacks()) {
            return readPacks(manifest.jurisdictions(), manifest.packs(), open, problems, today);
        }
        try (InputStream in = open.open(manifest.jurisdictions())) {
            if (in != null) {
                return read(manifest.jurisdictions(), in, problems);
            }
            problems.add(manifest.jurisdictions() + ": not found");
        } catch (IOException e) {
            problems.add(manifest.jurisdictions() + ": cannot be read: " + e.getMessage());
        }
        return read(manifest.jurisdictions(), InputStream.nullInputStream(), new Problems());
    }

    // ----- content made before packs: one jurisdictions.yaml, English only -----

    /**
     * Reads and checks jurisdiction data of the form made before packs (one file, English only).
     *
     * @throws ContentException listing every problem, each with file and line
     */
    public static Jurisdictions read(String file, InputStream in) {
        Problems problems = new Problems();
        Jurisdictions jurisdictions = read(file, in, problems);
        problems.throwIfAny();
        return jurisdictions;
    }

    /** Reads jurisdiction data made before packs, adding every problem to {@code problems} and keeping what is valid. */
    public static Jurisdictions read(String file, InputStream in, Problems problems) {
        Map<String, Map<String, String>> byKey = new LinkedHashMap<>();
        byKey.put(DEFAULT, Map.of());
        try {
            YamlMap root = YamlMap.parse(file, in);
            Map<String, String> defaults = legacyValues(root.map(DEFAULT));
            byKey.put(DEFAULT, defaults);
            YamlMap countries = root.map("countries");
            for (String code : countries.keys()) {
                try {
                    byKey.put(code, legacyCountry(countries, code, defaults));
                } catch (ContentException e) {
                    problems.add(e);
                }
            }
        } catch (ContentException e) {
            problems.add(e);
        }
        Map<String, Map<String, Map<String, String>>> values = new LinkedHashMap<>();
        byKey.forEach((key, v) -> values.put(key, Map.of(SOURCE_LANGUAGE, v)));
        return new Jurisdictions(values, Map.of(), null, List.of());
    }

    private static Map<String, String> legacyCountry(YamlMap countries, String code, Map<String, String> defaults) {
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

    private static Map<String, String> legacyValues(YamlMap map) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : map.keys()) {
            values.put(key, map.string(key).trim());
        }
        return Collections.unmodifiableMap(values);
    }

    // ----- packs -----

    /**
     * Reads a folder of packs: {@value #DEFAULTS_FILE} and {@code <country>.yaml} for each of
     * {@code countries}, adding every problem to {@code problems}. A pack with a problem is left out
     * whole, never half-read. A pack past its {@code reviewBy} date on {@code today} is read, with a
     * warning ({@link #warnings()}).
     *
     * @param folder the folder as content.yaml names it, such as {@code org/safeplan/guidance/jurisdictions}
     */
    public static Jurisdictions readPacks(String folder, List<String> countries, Opener open, Problems problems,
                                          LocalDate today) {
        String defaultsFile = folder + "/" + DEFAULTS_FILE;
        Defaults defaults = readDefaults(defaultsFile, open, problems);
        Map<String, JurisdictionPack> packs = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (String country : countries) {
            String file = folder + "/" + country + ".yaml";
            readPack(file, open, problems).ifPresent(pack -> {
                if (!pack.country().equals(country)) {
                    problems.add(file + ":" + pack.line().getOrDefault("country", 1) + ": field \"country\": the pack in "
                            + country + ".yaml is for " + pack.country() + ": name the file after its country");
                } else {
                    packs.put(country, pack);
                    warnings.addAll(warnings(pack, today));
                }
            });
        }
        return of(defaults, packs, warnings);
    }

    private static Optional<JurisdictionPack> readPack(String file, Opener open, Problems problems) {
        try (InputStream in = open.open(file)) {
            if (in == null) {
                problems.add(ContentManifest.RESOURCE + ": 'jurisdictions' lists a pack whose file " + file
                        + " does not exist");
                return Optional.empty();
            }
            return Optional.of(JurisdictionPack.read(file, in));
        } catch (ContentException e) {
            problems.add(e);
        } catch (IOException e) {
            problems.add(file + ": cannot be read: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static Defaults readDefaults(String file, Opener open, Problems problems) {
        Defaults none = new Defaults(Map.of(SOURCE_LANGUAGE, Map.of()), Map.of(), Map.of());
        try (InputStream in = open.open(file)) {
            if (in == null) {
                problems.add(file + ": missing: the wording for countries without a pack (" + DEFAULTS_FILE
                        + ") must be beside the packs");
                return none;
            }
            MappingNode document = YamlMap.compose(file, in);
            List<String> found = DEFAULTS_FORM.check(file, document, new TreeMap<>());
            if (!found.isEmpty()) {
                found.forEach(problems::add);
                return none;
            }
            YamlMap map = YamlMap.of(file, document);
            Map<String, Map<String, String>> wording = new LinkedHashMap<>();
            YamlMap languages = map.map("wording");
            List<String> englishFirst = new ArrayList<>(languages.keys());
            englishFirst.sort(Comparator.comparing(language -> !language.equals(SOURCE_LANGUAGE)));
            for (String language : englishFirst) {
                YamlMap placeholders = languages.map(language);
                Map<String, String> values = new LinkedHashMap<>();
                placeholders.keys().forEach(k -> values.put(k, placeholders.string(k).trim()));
                wording.put(language, Map.copyOf(values));
            }
            return new Defaults(Collections.unmodifiableMap(wording), perLanguage(map, "confidentialHotlineAssurance"),
                    perLanguage(map, "hotlineAnswersIn"));
        } catch (ContentException e) {
            problems.add(e);
        } catch (IOException e) {
            problems.add(file + ": cannot be read: " + e.getMessage());
        }
        return none;
    }

    private static Map<String, String> perLanguage(YamlMap map, String key) {
        if (!map.has(key)) {
            return Map.of();
        }
        YamlMap byLanguage = map.map(key);
        Map<String, String> templates = new LinkedHashMap<>();
        byLanguage.keys().forEach(language -> templates.put(language, byLanguage.string(language).trim()));
        return Map.copyOf(templates);
    }

    /**
     * The helpline as a reader in {@code language} should know it: its name and number, and, when the
     * pack says which languages it answers in and the reader's is not one of them, which those are
     * (named by the JDK in the reader's language), so that nobody calls expecting their own.
     */
    private static String hotline(Defaults defaults, JurisdictionPack.Helpline helpline, String name, String language) {
        String hotline = name + ", " + helpline.dialled();
        String note = defaults.answersIn().get(language);
        if (helpline.languages().isEmpty() || helpline.languages().contains(language) || note == null) {
            return hotline;
        }
        Locale reader = Locale.forLanguageTag(language);
        String spoken = helpline.languages().stream()
                .map(l -> Locale.forLanguageTag(l).getDisplayLanguage(reader)).collect(Collectors.joining(", "));
        return hotline + " " + note.replace("{languages}", spoken);
    }

    /** What a reviewer must hear about a pack that still loads: past its review date, or an example. */
    private static List<String> warnings(JurisdictionPack pack, LocalDate today) {
        List<String> out = new ArrayList<>();
        if (today.isAfter(pack.reviewBy())) {
            out.add(pack.file() + ":" + pack.line().getOrDefault("reviewBy", 1) + ": the pack for "
                    + pack.country() + " is past its reviewBy date " + pack.reviewBy()
                    + ": check every fact against its source again, then set a new date");
        }
        if (pack.example()) {
            out.add(pack.file() + ":" + pack.line().getOrDefault("example", 1) + ": the pack for " + pack.country()
                    + " is an example: re-verify every fact against its source before people rely on it,"
                    + " then remove 'example: true'");
        }
        return out;
    }

    private static Jurisdictions of(Defaults defaults, Map<String, JurisdictionPack> packs, List<String> warnings) {
        Map<String, Map<String, Map<String, String>>> values = new LinkedHashMap<>();
        values.put(DEFAULT, byLanguage(defaults, null));
        packs.forEach((country, pack) -> values.put(country, byLanguage(defaults, pack)));
        return new Jurisdictions(values, packs, defaults, warnings);
    }

    /**
     * Adds partners' packs, each already read and checked: a pack for a country the content has a
     * pack for replaces it only when it says {@code overrides: true}.
     *
     * @param today the date {@code reviewBy} is compared with
     * @throws ContentException naming each pack refused, and why
     */
    public Jurisdictions with(List<JurisdictionPack> partners, LocalDate today) {
        if (partners.isEmpty()) {
            return this;
        }
        if (defaults == null) {
            throw new ContentException("this content keeps its jurisdictions in one jurisdictions.yaml, made before"
                    + " jurisdiction packs: partner packs need content with a folder of packs (content.yaml"
                    + " 'jurisdictions: {folder: ..., packs: [...]}')");
        }
        Map<String, JurisdictionPack> merged = new LinkedHashMap<>(packs);
        List<String> warnings = new ArrayList<>(this.warnings);
        Map<String, String> fromPartner = new HashMap<>();
        Problems problems = new Problems();
        for (JurisdictionPack pack : partners) {
            String earlier = fromPartner.putIfAbsent(pack.country(), pack.file());
            if (earlier != null) {
                problems.add(pack.file() + ":" + pack.line().getOrDefault("country", 1) + ": a second pack for "
                        + pack.country() + " (the first is " + earlier + "): give one pack per country");
            } else if (packs.containsKey(pack.country()) && !pack.overrides()) {
                problems.add(pack.file() + ":" + pack.line().getOrDefault("country", 1) + ": the content already has a"
                        + " pack for " + pack.country() + " (" + packs.get(pack.country()).file() + "): refused; to"
                        + " replace it, add 'overrides: true' to this pack");
            } else {
                merged.put(pack.country(), pack);
                warnings.addAll(warnings(pack, today));
            }
        }
        problems.throwIfAny();
        return of(defaults, merged, warnings);
    }

    private static Map<String, Map<String, String>> byLanguage(Defaults defaults, JurisdictionPack pack) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        for (String language : defaults.wording().keySet()) {
            out.put(language, pack == null ? defaultValues(defaults, language) : packValues(defaults, pack, language));
        }
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, String> defaultValues(Defaults defaults, String language) {
        Map<String, String> values = new HashMap<>(defaults.wording().get(language));
        PLACEHOLDERS.forEach(p -> values.putIfAbsent(p, ""));
        return ordered(values);
    }

    /** The pack's values in a language; a value the pack cannot give in that language is left out. */
    private static Map<String, String> packValues(Defaults defaults, JurisdictionPack pack, String language) {
        Map<String, String> wording = defaults.wording().get(language);
        Map<String, String> v = new HashMap<>();
        v.put("emergencyNumber", pack.emergencyNumbers().get(0).number());
        Optional<JurisdictionPack.Helpline> national = pack.nationalHelpline();
        if (national.isPresent()) {
            String name = national.get().name().get(language);
            String assurance = national.get().confidential() ? defaults.confidentialAssurance().get(language)
                    : wording.get("hotlineAssurance");
            if (name != null) {
                v.put("hotline", hotline(defaults, national.get(), name, language));
                putIfKnown(v, "hotlineAssurance", assurance == null ? null : assurance.replace("{hotlineName}", name));
            }
        } else {
            putIfKnown(v, "hotline", wording.get("hotline"));
            putIfKnown(v, "hotlineAssurance", wording.get("hotlineAssurance"));
        }
        putIfKnown(v, "countryName", pack.name().get(language));
        Optional<JurisdictionPack.Route> silent = pack.route("silent");
        v.put("silentCallCode", silent.map(JurisdictionPack.Route::code).orElse(""));
        putIfKnown(v, "silentCallName", silent.map(r -> r.name().get(language)).orElse(""));
        Optional<JurisdictionPack.Scheme> scheme = pack.disclosureScheme();
        putIfKnown(v, "disclosureScheme", scheme.map(s -> s.name().get(language)).orElse(""));
        putIfKnown(v, "disclosureSchemeFullName", scheme.map(s -> s.fullName().get(language)).orElse(""));
        putIfKnown(v, "disclosureRegions", scheme.map(s -> s.regions().isEmpty() ? "" : s.regionNames().get(language))
                .orElse(""));
        return ordered(v);
    }

    private static void putIfKnown(Map<String, String> values, String placeholder, String value) {
        if (value != null) {
            values.put(placeholder, value);
        }
    }

    private static Map<String, String> ordered(Map<String, String> values) {
        Map<String, String> out = new LinkedHashMap<>();
        PLACEHOLDERS.stream().filter(values::containsKey).forEach(p -> out.put(p, values.get(p)));
        return Collections.unmodifiableMap(out);
    }

    // ----- lookups -----

    /** The jurisdiction key for a country code: the code itself if it has data, else {@link #DEFAULT}. */
    public String keyFor(String country) {
        return country != null && valuesByKey.containsKey(country) ? country : DEFAULT;
    }

    /** All jurisdiction keys, {@link #DEFAULT} first, then the countries in the content's order. */
    public Set<String> keys() {
        return valuesByKey.keySet();
    }

    /** The placeholder values of a jurisdiction key in English, the catalog's language. */
    public Map<String, String> values(String key) {
        return values(key, SOURCE_LANGUAGE);
    }

    /**
     * The placeholder values of a jurisdiction key in a language ({@code en}, {@code es}). A
     * placeholder the key has no value for in that language is absent: the language is then not
     * complete for that key (never fill it in from English).
     */
    public Map<String, String> values(String key, String language) {
        Map<String, Map<String, String>> byLanguage = valuesByKey.get(key);
        return byLanguage == null ? null : byLanguage.getOrDefault(language, Map.of());
    }

    /** The languages the jurisdiction wording is written in, English first. */
    public Set<String> languages() {
        return valuesByKey.get(DEFAULT).keySet();
    }

    /** What rules see of the jurisdiction of a country (null: unknown) and region (null: unknown). */
    public Jurisdiction capabilities(String country, String region) {
        Facts f = country == null ? null : facts.get(country);
        return f == null ? Jurisdiction.NONE : f.in(region);
    }

    /** The packs, by country, in the content's order; empty for content made before packs. */
    public Map<String, JurisdictionPack> packs() {
        return packs;
    }

    /** Whether the data are packs (not one jurisdictions.yaml made before them). */
    public boolean hasPacks() {
        return defaults != null;
    }

    /** Packs past their review date, and example packs, each {@code file:line: message}. */
    public List<String> warnings() {
        return warnings;
    }
}
