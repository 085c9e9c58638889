package org.safeplan.rules.internal.authoring;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safeplan.rules.authoring.Translations;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.Suggestions;
import org.safeplan.rules.internal.catalog.ActionCatalog;
import org.safeplan.rules.internal.catalog.ContentManifest;
import org.safeplan.rules.internal.catalog.Translation;

/**
 * One language's locale file of a content folder, for the translators' tools: a side-by-side
 * report for a reviewer ({@link #report()}) and the stamping of the English fingerprint into the
 * entries ({@link #stamp(Collection)}).
 */
public final class LocaleFile {

    private static final Pattern FROM_LINE = Pattern.compile("^(\\s*from:\\s*).*$");

    private final ContentManifest manifest;
    private final ActionCatalog catalog;
    private final Path file;
    private final Translation translation;

    private LocaleFile(ContentManifest manifest, ActionCatalog catalog, Path file, Translation translation) {
        this.manifest = manifest;
        this.catalog = catalog;
        this.file = file;
        this.translation = translation;
    }

    /**
     * Reads the locale file of {@code language} in a content folder and the catalog it translates.
     *
     * @throws IllegalArgumentException if the content lists no such language (naming those it lists)
     * @throws ContentException if the manifest or the English catalog cannot be read
     */
    public static LocaleFile open(Path folder, String language) {
        ContentManifest manifest;
        try (InputStream in = Files.newInputStream(folder.resolve(ContentManifest.RESOURCE))) {
            manifest = ContentManifest.read(ContentManifest.RESOURCE, in);
        } catch (IOException e) {
            throw new ContentException(folder.resolve(ContentManifest.RESOURCE) + ": cannot be read: " + e.getMessage(), e);
        }
        String path = manifest.locales().get(language);
        if (path == null) {
            Set<String> listed = manifest.locales().keySet();
            throw new IllegalArgumentException("the content lists no language \"" + language + "\" under locales in "
                    + ContentManifest.RESOURCE + Suggestions.didYouMean(language, listed) + "; it lists: "
                    + (listed.isEmpty() ? "none" : String.join(", ", listed)));
        }
        ActionCatalog catalog = ActionCatalog.read(manifest.catalog(), new ByteArrayInputStream(read(folder.resolve(manifest.catalog()))));
        Path file = folder.resolve(path);
        if (!Files.isRegularFile(file)) {
            throw new ContentException(path + ": no such file; " + ContentManifest.RESOURCE + " lists it for " + language);
        }
        return new LocaleFile(manifest, catalog, file, Translation.read(language, path, read(file), catalog));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The translation as read. */
    public Translation translation() {
        return translation;
    }

    /**
     * Markdown for a fluent reviewer: every entry's English and translation side by side, its review
     * status, whether its stamp is current, stale or missing, and (Spanish) its INFLESZ readability.
     */
    public String report() {
        return new LocaleReport(manifest, catalog, translation).markdown();
    }

    /**
     * Writes the English fingerprint ({@code from:}) into entries: with no {@code ids}, into every
     * entry that has none; with {@code ids}, into those entries only, replacing a stale fingerprint
     * (after a re-translation). A stale entry is never re-stamped unless named: its translation may
     * not say what the English now says.
     *
     * @throws IllegalArgumentException naming an id the locale file does not have
     */
    public Translations.Stamped stamp(Collection<String> ids) {
        List<Translation.Entry> entries = translation.entries();
        List<String> known = entries.stream().map(e -> e.source().id()).toList();
        for (String id : ids) {
            if (!known.contains(id)) {
                throw new IllegalArgumentException("no entry '" + id + "' in " + translation.file()
                        + Suggestions.didYouMean(id, known));
            }
        }
        List<String> lines = new ArrayList<>(List.of(new String(read(file), StandardCharsets.UTF_8).split("\n", -1)));
        List<String> stamped = new ArrayList<>();
        List<String> stale = new ArrayList<>();
        // From the end, so that an inserted line does not move the lines of the entries still to stamp.
        for (int i = entries.size() - 1; i >= 0; i--) {
            Translation.Entry entry = entries.get(i);
            String id = entry.source().id();
            boolean named = ids.contains(id);
            if (named || ids.isEmpty() && entry.from() == null) {
                if (!entry.current() || entry.from() == null) {
                    write(lines, entry);
                    stamped.add(0, id);
                }
            } else if (ids.isEmpty() && !entry.current()) {
                stale.add(0, id);
            }
        }
        try {
            Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Translations.Stamped(stamped, stale);
    }

    /** Replaces the entry's {@code from:} line, or adds one after its status (or as its first field). */
    private static void write(List<String> lines, Translation.Entry entry) {
        String hash = entry.source().hash();
        Integer from = entry.fieldLines().get("from");
        if (from != null) {
            Matcher m = FROM_LINE.matcher(lines.get(from - 1));
            if (m.matches()) {
                lines.set(from - 1, m.group(1) + hash);
                return;
            }
        }
        Integer status = entry.fieldLines().get("status");
        int first = entry.line();
        String indent = lines.get(first - 1).replaceAll("^(\\s*).*$", "$1");
        lines.add(status != null ? status : first - 1, indent + "from: " + hash);
    }

    /** The language's primary subtag, for the checks that depend on the language (readability). */
    static String primaryLanguage(String tag) {
        return Locale.forLanguageTag(tag).getLanguage();
    }
}
