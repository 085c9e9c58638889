package org.safeplan.rules.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.catalog.ActionCatalog;
import org.safeplan.rules.internal.catalog.ActionTexts;
import org.safeplan.rules.internal.catalog.ContentManifest;
import org.safeplan.rules.internal.catalog.Jurisdictions;
import org.safeplan.rules.internal.catalog.Problems;

/** The catalog and the texts rendered from it, read the same way from any content source. */
record ContentParts(ActionCatalog catalog, ActionTexts texts) {

    /** Reads catalog and jurisdictions, adding every problem found to {@code problems}. */
    static ContentParts read(ContentManifest manifest, BundleFiles files, Problems problems) {
        ActionCatalog catalog;
        Jurisdictions jurisdictions;
        try (InputStream c = files.require(manifest.catalog()); InputStream j = files.require(manifest.jurisdictions())) {
            catalog = ActionCatalog.read(manifest.catalog(), c, problems);
            jurisdictions = Jurisdictions.read(manifest.jurisdictions(), j, problems);
        } catch (IOException e) {
            throw new ContentException(manifest.catalog() + ": cannot be read: " + e.getMessage(), e);
        }
        return new ContentParts(catalog, new ActionTexts(catalog, jurisdictions, problems));
    }
}
