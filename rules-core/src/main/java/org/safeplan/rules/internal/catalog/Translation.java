package org.safeplan.rules.internal.catalog;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.Suggestions;

/**
 * One language's translation of the catalog, read from its locale file ({@code actions.es.yaml})
 * and checked against the English it translates: every id present and no other, the fields each
 * entry needs, a review status, placeholders identical to the English (a summary may use some of
 * its entry's), no digits, and the {@code from:} fingerprint of the English it was translated from
 * ({@link SourceHash}). Reading never throws: what is wrong is listed in {@link #problems()}, each
 * as {@code file:line: message}, and an entry with a problem is not {@link #entry usable}. The
 * engine serves a language only where its translation has no problem at all; {@code validate}
 * reports every one.
 *
 * <pre>
 * actions:
 *   leave-the-kitchen:          # the English id
 *     status: unreviewed        # or reviewed
 *     from: 3f2a9c0d1e4b5a67    # written by safeplan l10n-stamp
 *     title: Salga de la cocina
 *     text: ...
 *     summary: ...
 * cautions:
 *   keep-written-things-hidden: {status: ..., from: ..., text: ..., summary: ...}
 * </pre>
 */
public final class Translation {

    /** The review status written in the file. */
    public static final String REVIEWED = "reviewed";
    /** The status of a translation nobody fluent has reviewed yet. */
    public static final String UNREVIEWED = "unreviewed";

    /** What a translated entry may hold besides its texts. */
    private static final List<String> META = List.of("status", "from");

    /** One entry as written, whatever its problems. */
    public record Entry(Source source, String status, String from, Map<String, String> texts, int line,
                        Map<String, Integer> fieldLines) {

        public Entry {
            texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
            fieldLines = Collections.unmodifiableMap(new LinkedHashMap<>(fieldLines));
        }

        /** A translated text ({@code title}, {@code text} or {@code summary}), or null when absent. */
        public String text(String field) {
            return texts.get(field);
        }

        /** Whether the entry says it was reviewed. */
        public boolean reviewed() {
            return REVIEWED.equals(status);
        }

        /** Whether it was stamped from the English as it is now. */
        public boolean current() {
            return source.hash().equals(from);
        }
    }

    private final String language;
    private final String file;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final Set<String> usable = new LinkedHashSet<>();
    private final List<String> problems = new ArrayList<>();

    private Translation(String language, String file) {
        this.language = language;
        this.file = file;
    }

    /** Reads and checks a locale file against the English catalog. */
    public static Translation read(String language, String file, byte[] yaml, ActionCatalog english) {
        Translation t = new Translation(language, file);
        try {
            YamlMap top = YamlMap.parse(file, new ByteArrayInputStream(yaml));
            t.readKind(top, "actions", Source.actions(english));
            t.readKind(top, "cautions", Source.cautions(english));
            for (String key : top.keys()) {
                if (!key.equals("actions") && !key.equals("cautions")) {
                    t.problems.add(file + ":" + top.lineOf(key) + ": unknown section '" + key + "'"
                            + Suggestions.didYouMean(key, List.of("actions", "cautions")) + "; allowed: actions, cautions");
                }
            }
        } catch (ContentException e) {
            t.problems.addAll(e.problems());
        }
        return t;
    }

    /** A translation whose file could not be read: nothing of it can be served. */
    public static Translation unreadable(String language, String file, String problem) {
        Translation t = new Translation(language, file);
        t.problems.add(problem);
        return t;
    }

    private void readKind(YamlMap top, String section, Map<String, Source> sources) {
        if (sources.isEmpty() && !top.has(section)) {
            return;
        }
        if (!top.has(section)) {
            problems.add(file + ":1: missing '" + section + "': translate every entry of the catalog's " + section);
            return;
        }
        YamlMap map;
        try {
            map = top.map(section);
        } catch (ContentException e) {
            problems.addAll(e.problems());
            return;
        }
        for (String id : map.keys()) {
            Source source = sources.get(id);
            if (source == null) {
                problems.add(file + ":" + map.lineOf(id) + ": " + kindOf(section) + " '" + id + "' is not in the catalog"
                        + Suggestions.didYouMean(id, sources.keySet()) + ": translate only the catalog's ids, never"
                        + " translate an id");
                continue;
            }
            readEntry(map, source);
        }
        for (Source source : sources.values()) {
            if (!map.keys().contains(source.id())) {
                problems.add(file + ":" + top.lineOf(section) + ": " + source.kind() + " '" + source.id()
                        + "' has no translation into " + language + ": add it under " + section
                        + ", in the catalog's order");
            }
        }
    }

    private static String kindOf(String section) {
        return section.equals("actions") ? "action" : "caution";
    }

    private void readEntry(YamlMap section, Source source) {
        YamlMap entry;
        try {
            entry = section.map(source.id());
        } catch (ContentException e) {
            problems.addAll(e.problems());
            return;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        int before = problems.size();
        for (String key : entry.keys()) {
            lines.put(key, entry.lineOf(key));
            if (!source.fields().contains(key) && !META.contains(key)) {
                List<String> allowed = new ArrayList<>(META);
                allowed.addAll(source.fields());
                problem(entry, key, source, "unknown field '" + key + "'" + Suggestions.didYouMean(key, allowed)
                        + "; allowed: " + String.join(", ", allowed));
            }
        }
        for (String field : source.fields()) {
            String text = text(entry, field, source);
            if (text != null) {
                texts.put(field, text);
            }
        }
        String status = entry.optionalString("status").map(String::trim).orElse(null);
        if (!REVIEWED.equals(status) && !UNREVIEWED.equals(status)) {
            problem(entry, "status", source, (status == null ? "missing 'status'" : "unknown status '" + status + "'")
                    + ": write status: unreviewed, or status: reviewed once someone fluent has checked it against the"
                    + " English");
        }
        String from = entry.optionalString("from").map(String::trim).orElse(null);
        Entry read = new Entry(source, status, from, texts, entry.line(), lines);
        entries.put(key(source.kind(), source.id()), read);
        checkFrom(entry, read);
        checkPlaceholders(entry, read);
        if (problems.size() == before) {
            usable.add(key(source.kind(), source.id()));
        }
    }

    private String text(YamlMap entry, String field, Source source) {
        if (!entry.has(field)) {
            problem(entry, null, source, "missing '" + field + "': translate the English " + field);
            return null;
        }
        String text = entry.optionalString(field).orElse("").trim();
        String digits = Placeholders.digitsOutside(text);
        if (digits != null) {
            problem(entry, field, source, Placeholders.digitsProblem(field, digits));
        }
        return text;
    }

    private void checkFrom(YamlMap entry, Entry read) {
        Source source = read.source();
        String restamp = "safeplan l10n-stamp --lang " + language + " --id " + source.id();
        if (read.from() == null) {
            problem(entry, null, source, "not stamped: no 'from' fingerprint of the English it translates; once it"
                    + " matches the English, run: safeplan l10n-stamp --lang " + language);
        } else if (!read.current()) {
            problem(entry, "from", source, "stale: the English changed since this was translated (from: " + read.from()
                    + ", the English now: " + source.hash() + "); update the translation to the English as it is now,"
                    + " then re-stamp it: " + restamp);
        }
    }

    private void checkPlaceholders(YamlMap entry, Entry read) {
        Source source = read.source();
        for (String field : source.fields()) {
            String text = read.text(field);
            if (text == null) {
                continue;
            }
            Set<String> names = Placeholders.names(text);
            if (field.equals("summary")) {
                Set<String> extra = new LinkedHashSet<>(names);
                extra.removeAll(source.placeholdersOfTexts());
                if (!extra.isEmpty()) {
                    problem(entry, field, source, "the summary uses " + braces(extra) + ", which the English "
                            + source.kind() + " does not: a summary may use only its entry's placeholders ("
                            + braces(source.placeholdersOfTexts()) + ")");
                }
            } else if (!names.equals(Placeholders.names(source.english().get(field)))) {
                problem(entry, field, source, "the " + field + "'s placeholders " + braces(names) + " differ from the"
                        + " English " + field + "'s " + braces(Placeholders.names(source.english().get(field)))
                        + ": keep each placeholder as it is, {inBraces}, and translate none");
            }
        }
    }

    private static String braces(Set<String> names) {
        return names.isEmpty() ? "(none)" : "{" + String.join("}, {", names) + "}";
    }

    private void problem(YamlMap entry, String field, Source source, String message) {
        int line = field == null ? entry.line() : entry.lineOf(field);
        problems.add(file + ":" + line + ": " + source.kind() + " '" + source.id() + "': " + message);
    }

    private static String key(String kind, String id) {
        return kind + ":" + id;
    }

    /** The language tag this translates the catalog into. */
    public String language() {
        return language;
    }

    /** The locale file it was read from. */
    public String file() {
        return file;
    }

    /** Every problem found, {@code file:line: message}; none means every entry is usable. */
    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** Every entry read, in file order, whatever its problems (for reports and stamping). */
    public List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** The entry of an action or caution ({@code kind} "action" or "caution"), if it has no problem; else null. */
    public Entry entry(String kind, String id) {
        String key = key(kind, id);
        return usable.contains(key) ? entries.get(key) : null;
    }

    /** Whether every entry is usable and the catalog is translated whole. */
    public boolean complete() {
        return problems.isEmpty();
    }

    /** Whether every entry says it was reviewed. */
    public boolean reviewed() {
        return !entries.isEmpty() && entries.values().stream().allMatch(Entry::reviewed);
    }

    /**
     * The English of one catalog entry, as a translation sees it: the texts to translate, in the
     * order they are fingerprinted, and the fingerprint.
     *
     * @param kind "action" or "caution"
     * @param fields {@code title, text, summary} for an action, {@code text, summary} for a caution
     * @param english each field's English text as loaded
     * @param placeholdersOfTexts the placeholders of the entry's title and text (a summary's may be some of these)
     * @param hash the {@link SourceHash} of the English
     */
    public record Source(String kind, String id, List<String> fields, Map<String, String> english,
                         Set<String> placeholdersOfTexts, String hash, int line) {

        /** The catalog's actions, by id in catalog order. */
        public static Map<String, Source> actions(ActionCatalog catalog) {
            Map<String, Source> out = new LinkedHashMap<>();
            for (CatalogAction a : catalog.actions()) {
                Map<String, String> english = new LinkedHashMap<>();
                english.put("title", a.title());
                english.put("text", a.text());
                english.put("summary", a.summary());
                out.put(a.id(), new Source("action", a.id(), List.copyOf(english.keySet()), english,
                        Placeholders.names(a.title() + " " + a.text()), SourceHash.of(a), a.line()));
            }
            return out;
        }

        /** The catalog's cautions, by id in catalog order. */
        public static Map<String, Source> cautions(ActionCatalog catalog) {
            Map<String, Source> out = new LinkedHashMap<>();
            for (CatalogCaution c : catalog.cautions()) {
                Map<String, String> english = new LinkedHashMap<>();
                english.put("text", c.text());
                english.put("summary", c.summary());
                out.put(c.id(), new Source("caution", c.id(), List.copyOf(english.keySet()), english,
                        Placeholders.names(c.text()), SourceHash.of(c), c.line()));
            }
            return out;
        }
    }
}
