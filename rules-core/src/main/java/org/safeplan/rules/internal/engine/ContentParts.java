package org.safeplan.rules.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.catalog.ActionCatalog;
import org.safeplan.rules.internal.catalog.ActionTexts;
import org.safeplan.rules.internal.catalog.ContentManifest;
import org.safeplan.rules.internal.catalog.Jurisdictions;
import org.safeplan.rules.internal.catalog.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The catalog, the jurisdictions and the texts rendered from them, read the same way from any content source. */
record ContentParts(ActionCatalog catalog, Jurisdictions jurisdictions, ActionTexts texts) {

    private static final Logger LOG = LoggerFactory.getLogger(ContentParts.class);

    /** Reads catalog and jurisdictions, adding every problem found to {@code problems}. */
    static ContentParts read(ContentManifest manifest, BundleFiles files, Problems problems) {
        ActionCatalog catalog;
        try (InputStream c = files.require(manifest.catalog())) {
            catalog = ActionCatalog.read(manifest.catalog(), c, problems);
        } catch (IOException e) {
            throw new ContentException(manifest.catalog() + ": cannot be read: " + e.getMessage(), e);
        }
        Jurisdictions jurisdictions = Jurisdictions.read(manifest, files::open, problems, today());
        warnPastReview(jurisdictions.warnings());
        return new ContentParts(catalog, jurisdictions, new ActionTexts(catalog, jurisdictions, problems));
    }

    /** Today in UTC, the date a pack's review date is compared with. */
    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** Logs each pack past its review date: the pack's file and date, nothing of any situation. */
    static void warnPastReview(java.util.List<String> warnings) {
        warnings.forEach(w -> LOG.warn("Jurisdiction pack {}", w));
    }
}
