package org.safeplan.rules.internal.catalog;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.safeplan.rules.Exposure;
import org.safeplan.rules.Urgency;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.Suggestions;

/**
 * The catalog of actions rules may recommend, and of the cautions that travel with them, read from
 * {@code actions.yaml}.
 */
public final class ActionCatalog {

    private final String file;
    private final Map<String, CatalogAction> actions;
    private final Map<String, CatalogCaution> cautions;

    private ActionCatalog(String file, Map<String, CatalogAction> actions, Map<String, CatalogCaution> cautions) {
        this.file = file;
        this.actions = Collections.unmodifiableMap(actions);
        this.cautions = Collections.unmodifiableMap(cautions);
    }

    /**
     * Reads and checks a catalog.
     *
     * @throws ContentException listing every problem, each with file and line
     */
    public static ActionCatalog read(String file, InputStream in) {
        Problems problems = new Problems();
        ActionCatalog catalog = read(file, in, problems);
        problems.throwIfAny();
        return catalog;
    }

    /** Reads a catalog, adding every problem to {@code problems} and keeping the actions that are valid. */
    public static ActionCatalog read(String file, InputStream in, Problems problems) {
        Map<String, CatalogAction> actions = new LinkedHashMap<>();
        Map<String, CatalogCaution> cautions = new LinkedHashMap<>();
        try {
            YamlMap top = YamlMap.parse(file, in);
            readEntries(top.maps("actions"), ActionCatalog::readAction, CatalogAction::id, CatalogAction::line,
                    "action", actions, problems);
            if (top.has("cautions")) {
                readEntries(top.maps("cautions"), ActionCatalog::readCaution, CatalogCaution::id, CatalogCaution::line,
                        "caution", cautions, problems);
            }
        } catch (ContentException e) {
            problems.add(e);
        }
        return new ActionCatalog(file, actions, cautions);
    }

    private static <T> void readEntries(List<YamlMap> entries, Function<YamlMap, T> reader, Function<T, String> id,
                                        ToIntFunction<T> line, String kind, Map<String, T> into, Problems problems) {
        for (YamlMap entry : entries) {
            try {
                T read = reader.apply(entry);
                T earlier = into.putIfAbsent(id.apply(read), read);
                if (earlier != null) {
                    problems.add(entry.error("id", "duplicate " + kind + " id '" + id.apply(read)
                            + "' (first defined at line " + line.applyAsInt(earlier) + ")"));
                }
            } catch (ContentException e) {
                problems.add(e);
            }
        }
    }

    private static CatalogAction readAction(YamlMap entry) {
        String id = entry.string("id");
        String title = noDigits(entry, "title", "action", id);
        String text = noDigits(entry, "text", "action", id);
        String summary = summary(entry, "action", id, title + " " + text);
        List<String> neverWith = entry.has("neverWith") ? entry.strings("neverWith") : List.of();
        return new CatalogAction(id, urgency(entry, id), entry.integer("priority"), title, text, summary,
                entry.strings("sources"), exposures(entry, id, "exposures"), neverWith, entry.line());
    }

    /** A caution guards actions named by id, and actions with any of the exposures named. */
    private static CatalogCaution readCaution(YamlMap entry) {
        String id = entry.string("id");
        String text = noDigits(entry, "text", "caution", id);
        String summary = summary(entry, "caution", id, text);
        Set<Exposure> exposures = EnumSet.noneOf(Exposure.class);
        Set<String> actionIds = new LinkedHashSet<>();
        for (String guarded : entry.strings("guards")) {
            if (guarded.equals(guarded.toUpperCase(Locale.ROOT))) {
                exposures.add(named(Exposure.class, guarded, entry, "guards", "caution", id));
            } else {
                actionIds.add(guarded);
            }
        }
        return new CatalogCaution(id, text, summary, entry.strings("sources"), exposures, actionIds, entry.line());
    }

    /**
     * The trimmed value, refused when it holds a digit: a number written into a text (such as 911)
     * would reach people in every country; numbers come from jurisdiction placeholders.
     */
    private static String noDigits(YamlMap entry, String key, String kind, String id) {
        String value = entry.string(key).trim();
        String digits = Placeholders.digitsOutside(value);
        if (digits != null) {
            throw entry.error(key, kind + " '" + id + "': " + Placeholders.digitsProblem(key, digits));
        }
        return value;
    }

    /**
     * The required one-line summary (issue 15): no digits, and only placeholders the entry's own
     * texts use, so that it says nothing they do not.
     */
    private static String summary(YamlMap entry, String kind, String id, String texts) {
        if (!entry.has("summary")) {
            throw entry.error(kind + " '" + id + "': missing 'summary': the " + kind + " in one line of at most "
                    + ActionTexts.MAX_SUMMARY_LENGTH + " characters, plain words, for a chat or text message");
        }
        String summary = noDigits(entry, "summary", kind, id);
        Set<String> allowed = Placeholders.names(texts);
        for (String name : Placeholders.names(summary)) {
            if (!allowed.contains(name)) {
                throw entry.error("summary", kind + " '" + id + "': the summary uses {" + name + "}, which the "
                        + kind + "'s text does not: a summary may use only the text's placeholders ("
                        + (allowed.isEmpty() ? "none" : "{" + String.join("}, {", allowed) + "}") + ")");
            }
        }
        return summary;
    }

    private static Set<Exposure> exposures(YamlMap entry, String id, String key) {
        Set<Exposure> exposures = EnumSet.noneOf(Exposure.class);
        if (entry.has(key)) {
            for (String value : entry.strings(key)) {
                exposures.add(named(Exposure.class, value, entry, key, id));
            }
        }
        return exposures;
    }

    private static Urgency urgency(YamlMap entry, String id) {
        return named(Urgency.class, entry.string("urgency"), entry, "urgency", id);
    }

    private static <E extends Enum<E>> E named(Class<E> type, String value, YamlMap entry, String key, String id) {
        return named(type, value, entry, key, "action", id);
    }

    private static <E extends Enum<E>> E named(Class<E> type, String value, YamlMap entry, String key, String label,
                                               String id) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            var allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
            throw entry.error(key, label + " '" + id + "': unknown " + key + " value '" + value + "'"
                    + Suggestions.didYouMean(value, allowed) + "; allowed: " + String.join(", ", allowed));
        }
    }

    /** The file the catalog was read from. */
    public String file() {
        return file;
    }

    /** The action with this id, if any. */
    public Optional<CatalogAction> find(String id) {
        return Optional.ofNullable(actions.get(id));
    }

    /** All actions in file order. */
    public Collection<CatalogAction> actions() {
        return actions.values();
    }

    /** The caution with this id, if any. */
    public Optional<CatalogCaution> findCaution(String id) {
        return Optional.ofNullable(cautions.get(id));
    }

    /** All cautions in file order. */
    public Collection<CatalogCaution> cautions() {
        return cautions.values();
    }

    /** All action ids in file order. */
    public Collection<String> ids() {
        return actions.keySet();
    }
}
