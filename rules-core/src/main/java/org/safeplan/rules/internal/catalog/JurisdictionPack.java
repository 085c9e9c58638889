package org.safeplan.rules.internal.catalog;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.safeplan.rules.content.Availability;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.content.Jurisdiction;
import org.safeplan.rules.internal.Countries;
import org.safeplan.rules.internal.Regions;
import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * One country's jurisdiction pack, read from YAML and checked against its JSON Schema
 * ({@value #SCHEMA}): what the country provides to a person in danger, each fact with its source.
 * Immutable. A pack that does not conform is refused whole: nothing of it is used.
 *
 * @param file where the pack was read from, for messages
 * @param line the line of each field, by its path ({@code helplines[0].number}), for messages
 */
public record JurisdictionPack(String file, String country, boolean overrides, LocalDate reviewBy, boolean example,
                               Map<String, String> name, List<Number> emergencyNumbers, boolean freeEmergencyCalls,
                               List<Route> routes, List<Helpline> helplines, Optional<Scheme> disclosureScheme,
                               Map<String, Integer> line) {

    /** The schema every pack must conform to, a resource of rules-core. */
    public static final String SCHEMA = "org/safeplan/rules/schema/jurisdiction-pack.schema.json";

    private static final SchemaCheck FORM = SchemaCheck.load(SCHEMA);

    /** An emergency number and its sources. */
    public record Number(String number, List<String> sources) {
    }

    /** A silent, text or TTY route to emergency help; {@code number} and {@code code} may be null. */
    public record Route(String kind, Map<String, String> name, String number, String code,
                        Map<String, String> conditions, List<String> sources) {
    }

    /**
     * A domestic-violence helpline. Unknown hours, cost and languages are empty, never guessed.
     *
     * @param letters the number written with letters, or null
     */
    public record Helpline(Map<String, String> name, boolean national, String channel, String number, String letters,
                           boolean confidential, Map<String, String> hours, Optional<String> cost,
                           List<String> languages, List<String> sources) {

        /** The number as printed: the digits, then the letters in brackets when there are some. */
        public String dialled() {
            return letters == null ? number : number + " (" + letters + ")";
        }
    }

    /** A police disclosure scheme; {@code regions} empty when it covers the whole country. */
    public record Scheme(Map<String, String> name, Map<String, String> fullName, List<String> regions,
                         Map<String, String> regionNames, List<String> sources) {
    }

    /**
     * Reads a pack and checks it: its form against the schema, then what a schema cannot say (one
     * route of each kind, one national helpline, a silent route's code, regions of the pack's own
     * country).
     *
     * @throws ContentException listing every problem, each {@code file:line: message}
     */
    public static JurisdictionPack read(String file, InputStream in) {
        MappingNode document = YamlMap.compose(file, in);
        Map<String, Integer> lines = new TreeMap<>();
        List<String> problems = FORM.check(file, document, lines);
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
        JurisdictionPack pack = of(file, YamlMap.of(file, document), lines);
        List<String> more = pack.consistencyProblems();
        if (!more.isEmpty()) {
            throw new ContentException(more);
        }
        return pack;
    }

    private static JurisdictionPack of(String file, YamlMap map, Map<String, Integer> lines) {
        List<Number> numbers = map.maps("emergencyNumbers").stream()
                .map(n -> new Number(n.string("number"), n.strings("source"))).toList();
        List<Route> routes = optionalMaps(map, "routes").stream().map(r -> new Route(r.string("kind"),
                wording(r, "name"), r.optionalString("number").orElse(null), r.optionalString("code").orElse(null),
                wording(r, "conditions"), r.strings("source"))).toList();
        List<Helpline> helplines = optionalMaps(map, "helplines").stream().map(h -> new Helpline(wording(h, "name"),
                flag(h, "national"), h.string("channel"), h.optionalString("number").orElse(null),
                h.optionalString("letters").orElse(null), flag(h, "confidential"), wording(h, "hours"),
                h.optionalString("cost"), h.has("languages") ? h.strings("languages") : List.of(),
                h.strings("source"))).toList();
        Optional<Scheme> scheme = optionalMaps(map, "disclosureSchemes").stream().findFirst()
                .map(s -> new Scheme(wording(s, "name"), wording(s, "fullName"),
                        s.has("regions") ? s.strings("regions") : List.of(), wording(s, "regionNames"),
                        s.strings("source")));
        return new JurisdictionPack(file, map.string("country"), flag(map, "overrides"),
                LocalDate.parse(map.string("reviewBy")), flag(map, "example"), wording(map, "name"), numbers,
                map.has("freeEmergencyCalls"), routes, helplines, scheme, Map.copyOf(lines));
    }

    private List<String> consistencyProblems() {
        List<String> problems = new ArrayList<>();
        try {
            Countries.requireIsoCode(country);
        } catch (IllegalArgumentException e) {
            problems.add(at("country") + "field \"country\": " + e.getMessage());
        }
        Set<String> kinds = new java.util.HashSet<>();
        for (int i = 0; i < routes.size(); i++) {
            Route r = routes.get(i);
            if (!kinds.add(r.kind())) {
                problems.add(at("routes[" + i + "]") + "a second " + r.kind() + " route: the advice names one of each"
                        + " kind, keep the one a person in danger should use");
            }
            if (r.kind().equals("silent") && r.code() == null) {
                problems.add(at("routes[" + i + "]") + "field \"routes[" + i + "].code\": a silent route needs the code"
                        + " to press (\"55\"): the advice tells the person what to press");
            }
        }
        List<Integer> national = new ArrayList<>();
        for (int i = 0; i < helplines.size(); i++) {
            Helpline h = helplines.get(i);
            if (h.national()) {
                national.add(i);
                if (h.number() == null) {
                    problems.add(at("helplines[" + i + "]") + "field \"helplines[" + i + "].number\": the national"
                            + " helpline needs its number: the advice prints it");
                }
            }
        }
        if (national.size() > 1) {
            problems.add(at("helplines[" + national.get(1) + "]") + "a second national helpline: the advice names"
                    + " one, mark only that one national: true");
        }
        disclosureScheme.ifPresent(s -> schemeProblems(s, problems));
        return problems;
    }

    private void schemeProblems(Scheme s, List<String> problems) {
        Set<String> listed = Regions.of(country).keySet();
        for (int i = 0; i < s.regions().size(); i++) {
            String region = s.regions().get(i);
            String path = "disclosureSchemes[0].regions[" + i + "]";
            if (!region.startsWith(country + "-")) {
                problems.add(at(path) + "field \"" + path + "\": " + region + " is not a region of " + country);
            } else if (!listed.isEmpty() && !listed.contains(region)) {
                problems.add(at(path) + "field \"" + path + "\": " + region + " is not a subdivision of " + country
                        + org.safeplan.rules.internal.Suggestions.didYouMean(region, listed)
                        + "; allowed values for " + country + ": " + String.join(", ", listed));
            }
        }
        if (!s.regions().isEmpty() && s.regionNames().isEmpty()) {
            problems.add(at("disclosureSchemes[0]") + "field \"disclosureSchemes[0].regionNames\": a scheme of some"
                    + " regions needs their names (en: England or Wales), for a person whose region is not known");
        }
    }

    private String at(String path) {
        return file + ":" + line.getOrDefault(path, 1) + ": ";
    }

    private static List<YamlMap> optionalMaps(YamlMap map, String key) {
        return map.has(key) ? map.maps(key) : List.of();
    }

    private static boolean flag(YamlMap map, String key) {
        return map.optionalString(key).map(Boolean::parseBoolean).orElse(false);
    }

    private static Map<String, String> wording(YamlMap map, String key) {
        if (!map.has(key)) {
            return Map.of();
        }
        YamlMap languages = map.map(key);
        Map<String, String> out = new LinkedHashMap<>();
        for (String language : languages.keys()) {
            out.put(language, languages.string(language).trim());
        }
        return Map.copyOf(out);
    }

    /** Each list of sources in the pack, by the path of its field ({@code helplines[0].source}). */
    public Map<String, List<String>> sources() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (int i = 0; i < emergencyNumbers.size(); i++) {
            out.put("emergencyNumbers[" + i + "].source", emergencyNumbers.get(i).sources());
        }
        for (int i = 0; i < routes.size(); i++) {
            out.put("routes[" + i + "].source", routes.get(i).sources());
        }
        for (int i = 0; i < helplines.size(); i++) {
            out.put("helplines[" + i + "].source", helplines.get(i).sources());
        }
        disclosureScheme.ifPresent(s -> out.put("disclosureSchemes[0].source", s.sources()));
        return out;
    }

    /**
     * Each number the pack gives, by the path of its field: emergency numbers (kind
     * {@code emergency}), helplines' and routes' numbers ({@code line}), helplines' letters ({@code letters}).
     */
    public List<PrintedNumber> numbers() {
        List<PrintedNumber> out = new ArrayList<>();
        for (int i = 0; i < emergencyNumbers.size(); i++) {
            out.add(new PrintedNumber("emergencyNumbers[" + i + "].number", emergencyNumbers.get(i).number(), "emergency"));
        }
        for (int i = 0; i < routes.size(); i++) {
            if (routes.get(i).number() != null) {
                out.add(new PrintedNumber("routes[" + i + "].number", routes.get(i).number(), "line"));
            }
        }
        for (int i = 0; i < helplines.size(); i++) {
            Helpline h = helplines.get(i);
            if (h.number() != null) {
                out.add(new PrintedNumber("helplines[" + i + "].number", h.number(), "line"));
            }
            if (h.letters() != null) {
                out.add(new PrintedNumber("helplines[" + i + "].letters", h.letters(), "letters"));
            }
        }
        return out;
    }

    /** A number of the pack, where it is ({@code path}) and what it is for ({@code emergency}, {@code line}, {@code letters}). */
    public record PrintedNumber(String path, String number, String kind) {
    }

    /** The first helpline marked national, if any. */
    public Optional<Helpline> nationalHelpline() {
        return helplines.stream().filter(Helpline::national).findFirst();
    }

    /** The route of a kind ({@code silent}, {@code text}, {@code tty}), if the pack has one. */
    public Optional<Route> route(String kind) {
        return routes.stream().filter(r -> r.kind().equals(kind)).findFirst();
    }

    /** What rules see of this pack for a situation in {@code region} (null when unknown). */
    public Jurisdiction capabilities(String region) {
        return Jurisdiction.builder()
                .emergencyNumber(true)
                .freeEmergencyCalls(freeEmergencyCalls)
                .silentCall(route("silent").isPresent())
                .textRoute(route("text").isPresent())
                .ttyRoute(route("tty").isPresent())
                .nationalHelpline(nationalHelpline().isPresent())
                .disclosureScheme(disclosureScheme.map(s -> coverage(s, region)).orElse(Availability.NONE))
                .build();
    }

    private static Availability coverage(Scheme scheme, String region) {
        if (scheme.regions().isEmpty()) {
            return Availability.HERE;
        }
        if (region == null) {
            return Availability.IN_SOME_REGIONS;
        }
        return scheme.regions().contains(region) ? Availability.HERE : Availability.NONE;
    }
}
