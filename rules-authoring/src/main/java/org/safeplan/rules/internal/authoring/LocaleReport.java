package org.safeplan.rules.internal.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safeplan.rules.internal.catalog.ActionCatalog;
import org.safeplan.rules.internal.catalog.ContentManifest;
import org.safeplan.rules.internal.catalog.Placeholders;
import org.safeplan.rules.internal.catalog.Translation;

/** The side-by-side Markdown report of a translation for a fluent reviewer. */
final class LocaleReport {

    private final ContentManifest manifest;
    private final ActionCatalog catalog;
    private final Translation translation;
    private final boolean spanish;

    LocaleReport(ContentManifest manifest, ActionCatalog catalog, Translation translation) {
        this.manifest = manifest;
        this.catalog = catalog;
        this.translation = translation;
        this.spanish = LocaleFile.primaryLanguage(translation.language()).equals("es");
    }

    String markdown() {
        StringBuilder md = new StringBuilder();
        String lang = translation.language();
        md.append("# ").append(lang).append(" translation of ").append(manifest.name()).append(' ')
                .append(manifest.version()).append("\n\n");
        List<Translation.Entry> entries = translation.entries();
        long reviewed = entries.stream().filter(Translation.Entry::reviewed).count();
        long stale = entries.stream().filter(e -> e.from() != null && !e.current()).count();
        long unstamped = entries.stream().filter(e -> e.from() == null).count();
        int expected = Translation.Source.actions(catalog).size() + Translation.Source.cautions(catalog).size();
        md.append(entries.size()).append(" of ").append(expected).append(" entries translated; ").append(reviewed)
                .append(" reviewed, ").append(entries.size() - reviewed).append(" unreviewed; ").append(stale)
                .append(" stale, ").append(unstamped).append(" not stamped. File: `").append(translation.file())
                .append("`.\n");
        if (!translation.problems().isEmpty()) {
            md.append("\n").append(translation.problems().size()).append(" problems (`safeplan validate` lists them);"
                    + " an entry with a problem is not served.\n");
        }
        for (Translation.Entry entry : entries) {
            entry(md, entry);
        }
        return md.toString();
    }

    private void entry(StringBuilder md, Translation.Entry entry) {
        Translation.Source source = entry.source();
        md.append("\n## ").append(source.kind()).append(" `").append(source.id()).append("`\n\n");
        md.append("Status: **").append(entry.status() == null ? "missing" : entry.status()).append("**; stamp: ")
                .append(stamp(entry));
        if (spanish) {
            List<String> scores = new ArrayList<>();
            for (String field : List.of("text", "summary")) {
                String text = entry.text(field);
                if (text != null) {
                    double score = SpanishReadability.inflesz(Placeholders.PATTERN.matcher(text).replaceAll(""));
                    scores.add(field + " " + String.format(Locale.ROOT, "%.1f", score)
                            + (score < LocaleCheck.MIN_INFLESZ ? " (below " + (int) LocaleCheck.MIN_INFLESZ + ")" : ""));
                }
            }
            md.append("; INFLESZ: ").append(String.join(", ", scores));
        }
        md.append("\n\n| | English | ").append(translation.language()).append(" |\n|---|---|---|\n");
        for (Map.Entry<String, String> english : source.english().entrySet()) {
            String translated = entry.text(english.getKey());
            md.append("| ").append(english.getKey()).append(" | ").append(cell(english.getValue())).append(" | ")
                    .append(translated == null ? "*(missing)*" : cell(translated)).append(" |\n");
        }
    }

    private static String stamp(Translation.Entry entry) {
        if (entry.from() == null) {
            return "not stamped";
        }
        return entry.current() ? "current" : "**STALE**: the English changed since it was translated";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
