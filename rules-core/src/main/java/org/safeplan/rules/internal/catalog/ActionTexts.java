package org.safeplan.rules.internal.catalog;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safeplan.rules.Caution;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.Suggestions;

/**
 * Every action's texts rendered for every jurisdiction once, at load, so that advising only looks
 * them up and an unknown placeholder is a load error rather than a hole in the advice.
 */
public final class ActionTexts {

    /** The longest title a frightened reader should have to take in, after filling placeholders. */
    public static final int MAX_TITLE_LENGTH = 80;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private final Jurisdictions jurisdictions;
    private final Map<String, Map<String, RenderedAction>> byJurisdiction = new HashMap<>();
    private final Map<String, Map<String, Caution>> cautionsByJurisdiction = new HashMap<>();

    /**
     * Renders the catalog for every jurisdiction.
     *
     * @throws ContentException listing every unknown placeholder and over-long title
     */
    public ActionTexts(ActionCatalog catalog, Jurisdictions jurisdictions) {
        this(catalog, jurisdictions, null);
    }

    /** Renders the catalog, adding problems to {@code problems} (or throwing when it is null). */
    public ActionTexts(ActionCatalog catalog, Jurisdictions jurisdictions, Problems problems) {
        Problems found = problems == null ? new Problems() : problems;
        this.jurisdictions = jurisdictions;
        for (String key : jurisdictions.keys()) {
            Map<String, String> values = jurisdictions.values(key);
            Map<String, RenderedAction> rendered = new HashMap<>();
            for (CatalogAction action : catalog.actions()) {
                try {
                    String title = fill(catalog, "action", action.id(), action.line(), action.title(), values);
                    if (title.length() > MAX_TITLE_LENGTH) {
                        throw new ContentException(catalog.file() + ":" + action.line() + ": action '" + action.id()
                                + "': title is " + title.length() + " characters for " + key + "; keep it to "
                                + MAX_TITLE_LENGTH);
                    }
                    rendered.put(action.id(), new RenderedAction(action, title,
                            fill(catalog, "action", action.id(), action.line(), action.text(), values)));
                } catch (ContentException e) {
                    addOnce(found, e);
                }
            }
            byJurisdiction.put(key, rendered);
            Map<String, Caution> cautions = new HashMap<>();
            for (CatalogCaution c : catalog.cautions()) {
                try {
                    cautions.put(c.id(), new Caution(c.id(), fill(catalog, "caution", c.id(), c.line(), c.text(), values),
                            c.sources()));
                } catch (ContentException e) {
                    addOnce(found, e);
                }
            }
            cautionsByJurisdiction.put(key, cautions);
        }
        if (problems == null) {
            found.throwIfAny();
        }
    }

    private static void addOnce(Problems found, ContentException e) {
        if (!found.list().contains(e.getMessage())) {
            found.add(e);
        }
    }

    /** The caution worded for a jurisdiction key. */
    public Caution caution(String key, String cautionId) {
        return cautionsByJurisdiction.get(key).get(cautionId);
    }

    /** The action worded for the country (ISO code, or null when unknown). */
    public RenderedAction get(String actionId, String country) {
        return byJurisdiction.get(jurisdictions.keyFor(country)).get(actionId);
    }

    /** The jurisdiction key whose texts serve {@code country} (ISO code, or null when unknown). */
    public String keyFor(String country) {
        return jurisdictions.keyFor(country);
    }

    /** Every jurisdiction key. */
    public Set<String> keys() {
        return byJurisdiction.keySet();
    }

    /** The action worded for a jurisdiction key. */
    public RenderedAction forKey(String key, String actionId) {
        return byJurisdiction.get(key).get(actionId);
    }

    private static String fill(ActionCatalog catalog, String kind, String id, int line, String template,
                               Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new ContentException(catalog.file() + ":" + line + ": " + kind + " '" + id
                        + "': unknown placeholder {" + m.group(1) + "}"
                        + Suggestions.didYouMean(m.group(1), values.keySet())
                        + "; known: " + String.join(", ", values.keySet()));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
