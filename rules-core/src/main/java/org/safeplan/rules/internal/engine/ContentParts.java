package org.safeplan.rules.internal.engine;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The catalog, the jurisdictions, the translations and the texts rendered from them, read the same
 * way from any content source.
 */
record ContentParts(ActionCatalog catalog, Jurisdictions jurisdictions, List<Translation> translations,
                    ActionTexts texts) {

    private static final Logger LOG = LoggerFactory.getLogger(ContentParts.class);

    /**
     * Reads catalog, jurisdictions and translations, adding every problem of the first two to
     * {@code problems}. A translation's problems do not stop a load: its language is then not
     * served where it is incomplete ({@link ActionTexts.Rendition#problems()}).
     */
    static ContentParts read(ContentManifest manifest, BundleFiles files, Problems problems) {
        ActionCatalog catalog;
        try (InputStream c = files.require(manifest.catalog())) {
            catalog = ActionCatalog.read(manifest.catalog(), c, problems);
        } catch (IOException e) {
            throw new ContentException(manifest.catalog() + ": cannot be read: " + e.getMessage(), e);
        }
        Jurisdictions jurisdictions = Jurisdictions.read(manifest, files::open, problems, today());
        warnPastReview(jurisdictions.warnings());
        List<Translation> translations = new ArrayList<>();
        for (Map.Entry<String, String> locale : manifest.locales().entrySet()) {
            translations.add(translation(locale.getKey(), locale.getValue(), files, catalog));
        }
        return new ContentParts(catalog, jurisdictions, List.copyOf(translations),
                new ActionTexts(catalog, jurisdictions, translations, problems));
    }

    /**
     * The same catalog and translations with other jurisdictions (partners' packs added), rendered again.
     *
     * @throws ContentException if the source language's texts do not fit the new values (a title too long)
     */
    ContentParts with(Jurisdictions other) {
        return new ContentParts(catalog, other, translations, new ActionTexts(catalog, other, translations, null));
    }

    /** Today in UTC, the date a pack's review date is compared with. */
    static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** Logs each pack past its review date (or an example): the pack's file and why, nothing of any situation. */
    static void warnPastReview(List<String> warnings) {
        warnings.forEach(w -> LOG.warn("Jurisdiction pack {}", w));
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
