package org.safeplan.rules.internal.catalog;

import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeplan.rules.Languages;
import org.safeplan.rules.content.ContentException;
import java.util.regex.Pattern;

/**
 * {@code META-INF/safeplan/content.yaml}: names a content bundle, its semantic version and where
 * its parts are, as class-path resource names (or paths below a content folder): the precompiled
 * model index, the folder of DRL rule files, the action catalog, jurisdiction data (a folder of packs), the guidance
 * inventory and the optional list of inventory items deliberately left out; and which rules-core
 * versions the content works with ({@code requires: {core: "[1.0,2.0)"}}), which every load checks
 * against the running core ({@link #requireCore}); and the translations of the catalog, a file per
 * language ({@code locales: {es: org/safeplan/guidance/actions.es.yaml}}), the catalog itself being
 * the source language's ({@link org.safeplan.rules.Languages#SOURCE}). Reading the precompiled model from the index named here (not from whatever
 * {@code pom.properties} a fat jar happens to hold) is what keeps the DRL compiler out of start-up.
 */
public record ContentManifest(String name, String version, VersionRange requiresCore, String modelIndex, String rules,
                              String catalog, String jurisdictions, List<String> packs, String inventory,
                              String outOfScope, Map<String, String> locales) {

    /** Where a content jar keeps its manifest. */
    public static final String RESOURCE = "META-INF/safeplan/content.yaml";

    private static final Pattern SEMVER = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

    /** Copies the locales, keeping their order. */
    public ContentManifest {
        locales = Collections.unmodifiableMap(new LinkedHashMap<>(locales));
    }

    /** Reads and checks a manifest. */
    public static ContentManifest read(String file, InputStream in) {
        YamlMap map = YamlMap.parse(file, in);
        String version = map.string("version");
        if (!SEMVER.matcher(version).matches()) {
            throw map.error("version", "version '" + version + "' is not a semantic version such as 1.4.0");
        }
        if (!map.has("requires")) {
            throw map.error("missing 'requires': say which rules-core versions the content works with,"
                    + " e.g. requires: {core: \"[1.0,2.0)\"} (README.md, Versions and upgrades)");
        }
        YamlMap requires = map.map("requires");
        String core = requires.string("core");
        String problem = VersionRange.problem("'requires: core'", core);
        if (problem != null) {
            throw requires.error("core", problem);
        }
        String jurisdictions;
        List<String> packs = null;
        if (map.has("jurisdictions") && !map.isScalar("jurisdictions")) {
            YamlMap folder = map.map("jurisdictions");
            jurisdictions = folder.string("folder");
            packs = List.copyOf(folder.strings("packs"));
        } else {
            jurisdictions = map.string("jurisdictions");
        }
        return new ContentManifest(map.string("name"), version, VersionRange.parse(core), map.string("modelIndex"),
                map.string("rules"), map.string("catalog"), jurisdictions, packs, map.string("inventory"),
                map.optionalString("outOfScope").orElse(null), locales(map));
    }

    /** The optional {@code locales:} mapping of language tags to translation files. */
    private static Map<String, String> locales(YamlMap map) {
        Map<String, String> locales = new LinkedHashMap<>();
        if (!map.has("locales")) {
            return locales;
        }
        YamlMap entries = map.map("locales");
        for (String tag : entries.keys()) {
            String canonical;
            try {
                canonical = Languages.requireTag(tag);
            } catch (IllegalArgumentException e) {
                throw entries.error(tag, "locales: " + e.getMessage());
            }
            if (!canonical.equals(tag)) {
                throw entries.error(tag, "locales: write the language tag as " + canonical + ", not " + tag);
            }
            if (tag.equals(Languages.SOURCE)) {
                throw entries.error(tag, "locales: " + tag + " is the source language, whose texts are the catalog"
                        + " itself: list only translations");
            }
            locales.put(tag, entries.string(tag).trim());
        }
        return locales;
    }

    /**
     * Whether the jurisdictions are a folder of packs ({@code jurisdictions: {folder: ..., packs: [US, GB]}};
     * the list, since a jar cannot list a folder), rather than the one {@code jurisdictions.yaml} of
     * content made before packs.
     */
    public boolean hasPacks() {
        return packs != null;
    }

    /**
     * Why the running rules-core cannot load this content, or null if it can.
     *
     * @param coreVersion the running rules-core's version ({@link CoreVersion#get()})
     */
    public String coreMismatch(String coreVersion) {
        if (requiresCore.includes(coreVersion)) {
            return null;
        }
        return "content " + name + " " + version + " requires rules-core " + requiresCore + ", but this is rules-core "
                + coreVersion + ": load a content version made for rules-core " + coreVersion
                + ", or use a rules-core in " + requiresCore;
    }

    /**
     * Refuses content the running rules-core cannot load.
     *
     * @param where where the content comes from, such as {@code content jar rules-content-2.0.0.jar}
     * @throws ContentException naming the content's requirement and the running core's version
     */
    public void requireCore(String where) {
        String mismatch = coreMismatch(CoreVersion.get());
        if (mismatch != null) {
            throw new ContentException(where + ": " + mismatch);
        }
    }
}
