package org.safeplan.rules.internal.content;

import java.io.InputStream;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.safeplan.rules.Exposure;
import org.safeplan.rules.Urgency;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.Suggestions;

/** The catalog of actions rules may recommend, read from {@code actions.yaml}. */
public final class ActionCatalog {

    private final String file;
    private final Map<String, CatalogAction> actions;

    private ActionCatalog(String file, Map<String, CatalogAction> actions) {
        this.file = file;
        this.actions = Collections.unmodifiableMap(actions);
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
        try {
            for (YamlMap entry : YamlMap.parse(file, in).maps("actions")) {
                try {
                    CatalogAction action = readAction(entry);
                    CatalogAction earlier = actions.putIfAbsent(action.id(), action);
                    if (earlier != null) {
                        problems.add(entry.error("id", "duplicate action id '" + action.id()
                                + "' (first defined at line " + earlier.line() + ")"));
                    }
                } catch (ContentException e) {
                    problems.add(e);
                }
            }
        } catch (ContentException e) {
            problems.add(e);
        }
        return new ActionCatalog(file, actions);
    }

    private static CatalogAction readAction(YamlMap entry) {
        String id = entry.string("id");
        String title = entry.string("title").trim();
        return new CatalogAction(id, urgency(entry, id), entry.integer("priority"), title,
                entry.string("text").trim(), entry.strings("sources"), exposures(entry, id), entry.line());
    }

    private static Set<Exposure> exposures(YamlMap entry, String id) {
        Set<Exposure> exposures = EnumSet.noneOf(Exposure.class);
        if (entry.has("exposures")) {
            for (String value : entry.strings("exposures")) {
                exposures.add(named(Exposure.class, value, entry, "exposures", id));
            }
        }
        return exposures;
    }

    private static Urgency urgency(YamlMap entry, String id) {
        return named(Urgency.class, entry.string("urgency"), entry, "urgency", id);
    }

    private static <E extends Enum<E>> E named(Class<E> type, String value, YamlMap entry, String key, String id) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            var allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
            throw entry.error(key, "action '" + id + "': unknown " + key + " value '" + value + "'"
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

    /** All action ids in file order. */
    public Collection<String> ids() {
        return actions.keySet();
    }
}
