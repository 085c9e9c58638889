package org.safeplan.rules.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.catalog.ActionCatalog;
import org.safeplan.rules.internal.catalog.ActionTexts;
import org.safeplan.rules.internal.catalog.ContentManifest;
import org.safeplan.rules.internal.catalog.Jurisdictions;
import org.safeplan.rules.internal.catalog.Problems;
import org.safeplan.rules.internal.catalog.Translation;

/** The catalog and the texts rendered from it, read the same way from any content source. */
record ContentParts(ActionCatalog catalog, ActionTexts texts) {

    /**
     * Reads catalog, jurisdictions and translations, adding every problem of the first two to
     * {@code problems}. A translation's problems do not stop a load: its language is then not
     * served where it is incomplete ({@link ActionTexts.Rendition#problems()}).
     */
    static ContentParts read(ContentManifest manifest, BundleFiles files, Problems problems) {
        ActionCatalog catalog;
        Jurisdictions jurisdictions;
        try (InputStream c = files.require(manifest.catalog()); InputStream j = files.require(manifest.jurisdictions())) {
            catalog = ActionCatalog.read(manifest.catalog(), c, problems);
            jurisdictions = Jurisdictions.read(manifest.jurisdictions(), j, problems);
        } catch (IOException e) {
            throw new ContentException(manifest.catalog() + ": cannot be read: " + e.getMessage(), e);
        }
        List<Translation> translations = new ArrayList<>();
        for (Map.Entry<String, String> locale : manifest.locales().entrySet()) {
            translations.add(translation(locale.getKey(), locale.getValue(), files, catalog));
        }
        return new ContentParts(catalog, new ActionTexts(catalog, jurisdictions, translations, problems));
    }

    private static Translation translation(String language, String file, BundleFiles files, ActionCatalog catalog) {
        try (InputStream in = files.open(file)) {
            if (in == null) {
                return Translation.unreadable(language, file, file + ": not found in " + files);
            }
            return Translation.read(language, file, in.readAllBytes(), catalog);
        } catch (IOException e) {
            return Translation.unreadable(language, file, file + ": cannot be read: " + e.getMessage());
        }
    }
}
