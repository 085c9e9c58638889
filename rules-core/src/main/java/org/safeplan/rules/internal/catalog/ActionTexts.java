package org.safeplan.rules.internal.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.safeplan.rules.Caution;
import org.safeplan.rules.Languages;
import org.safeplan.rules.TranslationStatus;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.Suggestions;

/**
 * Every action's and caution's texts rendered for every jurisdiction and language once, at load, so
 * that advising only looks them up. In the source language, an unknown placeholder or an over-long
 * title or summary is a load error rather than a hole in the advice. A translation is rendered
 * where it can be; whatever it lacks for a jurisdiction (a text, a current fingerprint, a value of a
 * placeholder in its language, a length within the limits) makes it incomplete there
 * ({@link Rendition#problems()}), and the engine then answers in the source language.
 */
public final class ActionTexts {

    /** The longest title a frightened reader should have to take in, after filling placeholders. */
    public static final int MAX_TITLE_LENGTH = 80;

    /** The longest summary, after filling placeholders: one chat line or text message. */
    public static final int MAX_SUMMARY_LENGTH = 140;

    /** The texts of one language for one jurisdiction key, and what keeps them from being complete. */
    public record Rendition(String language, String key, TranslationStatus status,
                            Map<String, RenderedAction> actions, Map<String, Caution> cautions, List<String> problems) {

        public Rendition {
            actions = Collections.unmodifiableMap(actions);
            cautions = Collections.unmodifiableMap(cautions);
            problems = List.copyOf(problems);
        }

        /** Whether every action and caution has its texts here: only then may it be served. */
        public boolean complete() {
            return problems.isEmpty();
        }
    }

    private final Jurisdictions jurisdictions;
    private final Map<String, Map<String, Rendition>> byLanguage = new LinkedHashMap<>();

    /**
     * Renders the catalog for every jurisdiction in the source language.
     *
     * @throws ContentException listing every unknown placeholder and over-long title or summary
     */
    public ActionTexts(ActionCatalog catalog, Jurisdictions jurisdictions) {
        this(catalog, jurisdictions, List.of(), null);
    }

    /** Renders the catalog in the source language, adding problems to {@code problems} (or throwing when it is null). */
    public ActionTexts(ActionCatalog catalog, Jurisdictions jurisdictions, Problems problems) {
        this(catalog, jurisdictions, List.of(), problems);
    }

    /**
     * Renders the catalog in the source language and each translation, for every jurisdiction.
     * Problems of the source language go to {@code problems} (or are thrown when it is null); those of
     * a translation stay with its renditions.
     */
    public ActionTexts(ActionCatalog catalog, Jurisdictions jurisdictions, List<Translation> translations,
                       Problems problems) {
        Problems found = problems == null ? new Problems() : problems;
        this.jurisdictions = jurisdictions;
        Map<String, Rendition> source = new LinkedHashMap<>();
        for (String key : jurisdictions.keys()) {
            source.put(key, render(catalog, null, key, problem -> addOnce(found, problem)));
        }
        byLanguage.put(Languages.SOURCE, source);
        for (Translation t : translations) {
            Map<String, Rendition> rendered = new LinkedHashMap<>();
            for (String key : jurisdictions.keys()) {
                rendered.put(key, render(catalog, t, key, null));
            }
            byLanguage.put(t.language(), rendered);
        }
        if (problems == null) {
            found.throwIfAny();
        }
    }

    private static void addOnce(Problems found, String problem) {
        if (!found.list().contains(problem)) {
            found.add(problem);
        }
    }

    /**
     * One language's texts for one key; {@code translation} null for the source language, whose
     * problems go to {@code sourceProblems}.
     */
    private Rendition render(ActionCatalog catalog, Translation translation, String key,
                             Consumer<String> sourceProblems) {
        String language = translation == null ? Languages.SOURCE : translation.language();
        Map<String, String> values = translation == null ? jurisdictions.values(key)
                : jurisdictions.values(key, language);
        Set<String> problems = new LinkedHashSet<>();
        Consumer<String> report = translation == null ? sourceProblems : problems::add;
        Renderer renderer = new Renderer(catalog, translation, key, values, report);
        Map<String, RenderedAction> actions = new LinkedHashMap<>();
        for (CatalogAction a : catalog.actions()) {
            Map<String, String> filled = renderer.fill("action", a.id(), a.line(),
                    Map.of("title", a.title(), "text", a.text(), "summary", a.summary()));
            if (filled != null) {
                actions.put(a.id(), new RenderedAction(a, filled.get("title"), filled.get("text"), filled.get("summary")));
            }
        }
        Map<String, Caution> cautions = new LinkedHashMap<>();
        for (CatalogCaution c : catalog.cautions()) {
            Map<String, String> filled = renderer.fill("caution", c.id(), c.line(),
                    Map.of("text", c.text(), "summary", c.summary()));
            if (filled != null) {
                cautions.put(c.id(), new Caution(c.id(), filled.get("text"), filled.get("summary"), c.sources()));
            }
        }
        List<String> incomplete = new ArrayList<>();
        TranslationStatus status = TranslationStatus.SOURCE;
        if (translation != null) {
            incomplete.addAll(translation.problems());
            incomplete.addAll(problems);
            status = translation.reviewed() ? TranslationStatus.REVIEWED : TranslationStatus.UNREVIEWED;
        }
        return new Rendition(language, key, status, actions, cautions, incomplete);
    }

    /** Fills one entry's texts for one key and language, reporting what does not fit. */
    private record Renderer(ActionCatalog catalog, Translation translation, String key, Map<String, String> values,
                            Consumer<String> report) {

        /** The filled texts by field, or null when the entry cannot be rendered here. */
        Map<String, String> fill(String kind, String id, int sourceLine, Map<String, String> english) {
            Map<String, String> templates = english;
            String file = catalog.file();
            Map<String, Integer> lines = Map.of();
            if (translation != null) {
                Translation.Entry entry = translation.entry(kind, id);
                if (entry == null) {
                    return null;        // its problem is the translation's own
                }
                templates = entry.texts();
                file = translation.file();
                lines = entry.fieldLines();
            }
            Map<String, String> filled = new LinkedHashMap<>();
            for (String field : List.of("title", "text", "summary")) {
                String template = templates.get(field);
                if (template == null) {
                    continue;
                }
                String where = file + ":" + lines.getOrDefault(field, sourceLine) + ": " + kind + " '" + id + "': ";
                String missing = Placeholders.missing(template, values);
                if (missing != null) {
                    report.accept(where + missingValue(missing));
                    return null;
                }
                String text = Placeholders.fill(template, values);
                int max = field.equals("title") ? MAX_TITLE_LENGTH : field.equals("summary") ? MAX_SUMMARY_LENGTH : 0;
                if (max > 0 && text.length() > max) {
                    report.accept(where + field + " is " + text.length() + " characters for " + key + "; keep it to "
                            + max);
                }
                filled.put(field, text);
            }
            return filled;
        }

        private String missingValue(String name) {
            if (translation == null) {
                return "unknown placeholder {" + name + "}" + Suggestions.didYouMean(name, values.keySet())
                        + "; known: " + String.join(", ", values.keySet());
            }
            return "{" + name + "} has no value in " + translation.language() + " for jurisdiction " + key
                    + ": the jurisdiction data must word it in " + translation.language() + " before the "
                    + translation.language() + " texts can be served there";
        }
    }

    /** The caution worded for a jurisdiction key, in the source language. */
    public Caution caution(String key, String cautionId) {
        return rendition(Languages.SOURCE, key).cautions().get(cautionId);
    }

    /** The action worded for the country (ISO code, or null when unknown), in the source language. */
    public RenderedAction get(String actionId, String country) {
        return forKey(keyFor(country), actionId);
    }

    /** The jurisdiction key whose texts serve {@code country} (ISO code, or null when unknown). */
    public String keyFor(String country) {
        return jurisdictions.keyFor(country);
    }

    /** Every jurisdiction key. */
    public Set<String> keys() {
        return jurisdictions.keys();
    }

    /** The action worded for a jurisdiction key, in the source language. */
    public RenderedAction forKey(String key, String actionId) {
        return rendition(Languages.SOURCE, key).actions().get(actionId);
    }

    /** The languages rendered: the source language first, then each translation in the manifest's order. */
    public List<String> languages() {
        return List.copyOf(byLanguage.keySet());
    }

    /** The texts of a language for a jurisdiction key, or null when the language is not rendered. */
    public Rendition rendition(String language, String key) {
        Map<String, Rendition> byKey = byLanguage.get(language);
        return byKey == null ? null : byKey.get(key);
    }
}
