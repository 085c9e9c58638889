package org.safeplan.rules.authoring;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.authoring.LocaleFile;

/**
 * Tools for translators of a content folder's catalog (the locale files its {@code content.yaml}
 * lists under {@code locales}): a side-by-side report for a fluent reviewer, and the stamping of
 * the English each entry was translated from.
 *
 * <p>Each entry of a locale file carries {@code from:}, a fingerprint of the English it translates.
 * When the English changes, the entry is stale: {@code validate} says so, and the engine never
 * serves the language until it is translated again and re-stamped.
 *
 * <pre>{@code
 * Path content = Path.of("rules-content/src/main/resources");
 * Files.writeString(Path.of("es-review.md"), Translations.report(content, "es"));
 * Translations.stamp(content, "es", Set.of());                      // entries without a stamp
 * Translations.stamp(content, "es", Set.of("leave-the-kitchen"));   // after re-translating it
 * }</pre>
 */
public final class Translations {

    private Translations() {
    }

    /**
     * Markdown with every entry's English and translation side by side, its review status, whether
     * its stamp is current, stale or missing, and, for Spanish, its INFLESZ readability.
     *
     * @throws IllegalArgumentException if the content lists no such language
     * @throws ContentException if the manifest or the English catalog cannot be read
     */
    public static String report(Path contentFolder, String language) {
        return LocaleFile.open(contentFolder, language).report();
    }

    /**
     * Writes the fingerprint of the current English into the locale file: with no {@code ids}, into
     * every entry that has none (a new translation); with {@code ids}, into those entries, replacing
     * a stale fingerprint once they have been re-translated. A stale entry is never re-stamped unless
     * named.
     *
     * @return the ids stamped, and the stale ids left alone
     * @throws IllegalArgumentException if the content lists no such language, or an id is not in the file
     * @throws ContentException if the manifest or the English catalog cannot be read
     */
    public static Stamped stamp(Path contentFolder, String language, Collection<String> ids) {
        return LocaleFile.open(contentFolder, language).stamp(Set.copyOf(ids));
    }

    /**
     * What {@link #stamp} did.
     *
     * @param stamped the ids whose fingerprint was written, in file order
     * @param staleLeftAlone stale ids not named, left as they are: re-translate each, then stamp it by id
     */
    public record Stamped(List<String> stamped, List<String> staleLeftAlone) {

        /** Copies the lists. */
        public Stamped {
            stamped = List.copyOf(stamped);
            staleLeftAlone = List.copyOf(staleLeftAlone);
        }
    }
}
