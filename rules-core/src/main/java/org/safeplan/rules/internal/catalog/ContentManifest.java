package org.safeplan.rules.internal.catalog;

import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * {@code META-INF/safeplan/content.yaml}: names a content bundle, its semantic version and where
 * its parts are, as class-path resource names (or paths below a content folder): the precompiled
 * model index, the folder of DRL rule files, the action catalog, jurisdiction data, the guidance
 * inventory and the optional list of inventory items deliberately left out. Reading the precompiled model from the index named here (not from whatever
 * {@code pom.properties} a fat jar happens to hold) is what keeps the DRL compiler out of start-up.
 */
public record ContentManifest(String name, String version, String modelIndex, String rules, String catalog,
                              String jurisdictions, String inventory, String outOfScope) {

    /** Where a content jar keeps its manifest. */
    public static final String RESOURCE = "META-INF/safeplan/content.yaml";

    private static final Pattern SEMVER = Pattern.compile(
            "(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?");

    /** Reads and checks a manifest. */
    public static ContentManifest read(String file, InputStream in) {
        YamlMap map = YamlMap.parse(file, in);
        String version = map.string("version");
        if (!SEMVER.matcher(version).matches()) {
            throw map.error("version", "version '" + version + "' is not a semantic version such as 1.4.0");
        }
        return new ContentManifest(map.string("name"), version, map.string("modelIndex"), map.string("rules"),
                map.string("catalog"), map.string("jurisdictions"), map.string("inventory"),
                map.optionalString("outOfScope").orElse(null));
    }
}
