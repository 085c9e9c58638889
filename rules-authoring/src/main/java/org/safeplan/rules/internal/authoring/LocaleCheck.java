package org.safeplan.rules.internal.authoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.safeplan.rules.internal.catalog.ActionCatalog;
import org.safeplan.rules.internal.catalog.ActionTexts;
import org.safeplan.rules.internal.catalog.Jurisdictions;
import org.safeplan.rules.internal.catalog.Placeholders;
import org.safeplan.rules.internal.catalog.Problems;
import org.safeplan.rules.internal.catalog.Translation;

/**
 * The checks of {@code validate} for each translation the manifest lists: what the engine needs to
 * serve it (every id and no other, status, placeholders, no digits, a current fingerprint, lengths
 * and jurisdiction values for every jurisdiction: {@link Translation}, {@link ActionTexts}), and
 * what only a reviewer would catch: gender forms that screen readers spell out, and, for Spanish,
 * readability on the INFLESZ scale ({@link SpanishReadability}).
 */
final class LocaleCheck {

    /** No Spanish text or summary reads below this on the INFLESZ scale ("somewhat difficult" starts at 55). */
    static final double MIN_INFLESZ = 55;
    /** The median of a Spanish translation's texts and summaries ("normal" starts at 65). */
    static final double MIN_MEDIAN_INFLESZ = 65;

    /** A word with @ (tod@s) or an x for a gender ending after a consonant (todxs, niñx, lxs). */
    private static final Pattern GENDER_FORM = Pattern.compile("[\\p{L}@]*@[\\p{L}@]*|\\p{L}*[b-df-hj-np-tv-zñ]xs?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WORD = Pattern.compile("[\\p{L}@]+");

    private record Score(Translation.Entry entry, String field, double inflesz) {
    }

    private LocaleCheck() {
    }

    /** Checks every locale of the content against its catalog and jurisdictions. */
    static void run(ContentFolder content, ActionCatalog catalog, Jurisdictions jurisdictions, Findings findings) {
        List<Translation> translations = new ArrayList<>();
        content.manifest().locales().forEach((tag, path) -> content.locale(tag, path)
                .ifPresent(bytes -> translations.add(Translation.read(tag, path, bytes, catalog))));
        if (translations.isEmpty()) {
            return;
        }
        ActionTexts texts = new ActionTexts(catalog, jurisdictions, translations, new Problems());
        for (Translation t : translations) {
            Problems problems = new Problems();
            Set<String> seen = new LinkedHashSet<>();
            for (String key : texts.keys()) {
                texts.rendition(t.language(), key).problems().stream().filter(seen::add).forEach(problems::add);
            }
            findings.addAll(problems);
            genderForms(t, findings);
            if (LocaleFile.primaryLanguage(t.language()).equals("es")) {
                readability(t, findings);
            }
        }
    }

    private static void genderForms(Translation t, Findings findings) {
        for (Translation.Entry entry : t.entries()) {
            entry.texts().forEach((field, text) -> {
                Matcher words = WORD.matcher(text);
                while (words.find()) {
                    if (GENDER_FORM.matcher(words.group()).matches()) {
                        findings.add(t.file(), entry.fieldLines().getOrDefault(field, entry.line()), where(entry)
                                + "\"" + words.group() + "\" in the " + field + ": no x or @ gender forms, which screen"
                                + " readers spell out letter by letter; write a form without gender (\"la persona\","
                                + " \"quien\") or rephrase");
                    }
                }
            });
        }
    }

    /**
     * Each text and summary at or above {@link #MIN_INFLESZ}, and their median at or above
     * {@link #MIN_MEDIAN_INFLESZ}. Placeholders are left out of the count: their wording (a service's
     * official name) is the jurisdiction data's, which a translator cannot shorten.
     */
    private static void readability(Translation t, Findings findings) {
        List<Score> scores = new ArrayList<>();
        for (Translation.Entry entry : t.entries()) {
            for (String field : List.of("text", "summary")) {
                String text = entry.text(field);
                if (text != null) {
                    String own = Placeholders.PATTERN.matcher(text).replaceAll("");
                    scores.add(new Score(entry, field, SpanishReadability.inflesz(own)));
                }
            }
        }
        for (Score s : scores) {
            if (s.inflesz() < MIN_INFLESZ) {
                findings.add(t.file(), s.entry().fieldLines().getOrDefault(s.field(), s.entry().line()),
                        where(s.entry()) + "the " + s.field() + " reads at " + format(s.inflesz()) + " on the INFLESZ"
                                + " scale, below " + format(MIN_INFLESZ) + ": shorter sentences and shorter words");
            }
        }
        if (scores.isEmpty()) {
            return;
        }
        double median = median(scores);
        if (median < MIN_MEDIAN_INFLESZ) {
            String hardest = scores.stream().sorted(Comparator.comparingDouble(Score::inflesz)).limit(5)
                    .map(s -> s.entry().source().id() + " " + s.field() + " (" + format(s.inflesz()) + ")")
                    .reduce((a, b) -> a + ", " + b).orElse("");
            findings.add(t.file(), 0, "the median INFLESZ readability of the " + t.language() + " texts and summaries"
                    + " is " + format(median) + ", below " + format(MIN_MEDIAN_INFLESZ) + "; the hardest: " + hardest);
        }
    }

    private static double median(List<Score> scores) {
        double[] sorted = scores.stream().mapToDouble(Score::inflesz).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static String where(Translation.Entry entry) {
        return entry.source().kind() + " '" + entry.source().id() + "': ";
    }

    private static String format(double score) {
        return String.format(Locale.ROOT, "%.1f", score);
    }
}
