package org.safeplan.rules.internal.authoring;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The readability of Spanish text on the INFLESZ scale (Barrio-Cantalejo 2008, on the
 * Szigriszt-Pazos formula): {@code 206.835 - 62.3 * syllables/words - words/sentences}. Above 65
 * is "normal" (what a general reader takes in easily), 55-65 "somewhat difficult", below 40 "very
 * difficult". The syllables are counted by the rules of Spanish spelling, which are short:
 *
 * <ul>
 * <li>each group of vowels is one syllable, except that two open vowels (a, e, o) side by side are
 *     two (hiatus: {@code po-e-ta}), and so is an accented í or ú next to an open vowel
 *     ({@code pa-ís}, {@code o-í-do}); a closed vowel (i, u, ü) beside another vowel makes a
 *     diphthong ({@code ciu-dad}, {@code cui-da-do}) or a triphthong ({@code buey});</li>
 * <li>the u of {@code que, qui, gue, gui} is not pronounced ({@code gue-rra}); ü is
 *     ({@code pin-güi-no});</li>
 * <li>y is a vowel alone and at the end of a word after a vowel ({@code hoy, muy}), a consonant
 *     before a vowel ({@code a-yu-da});</li>
 * <li>h between vowels is written, not heard, but separates them in writing ({@code a-hí}), as
 *     this count does.</li>
 * </ul>
 */
final class SpanishReadability {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]+");

    private SpanishReadability() {
    }

    /** The INFLESZ score of a text (one sentence at least). */
    static double inflesz(String text) {
        Matcher words = WORD.matcher(text);
        int wordCount = 0;
        int syllableCount = 0;
        while (words.find()) {
            wordCount++;
            syllableCount += syllables(words.group());
        }
        if (wordCount == 0) {
            return 0;
        }
        return 206.835 - 62.3 * syllableCount / wordCount - (double) wordCount / sentences(text);
    }

    /** Sentences: runs of final punctuation, and a last sentence without one. */
    static int sentences(String text) {
        Matcher ends = SENTENCE_END.matcher(text);
        int count = 0;
        int lastEnd = 0;
        while (ends.find()) {
            count++;
            lastEnd = ends.end();
        }
        return WORD.matcher(text.substring(lastEnd)).find() ? count + 1 : Math.max(count, 1);
    }

    /** The syllables of one word: its vowel nuclei (one at least). */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int count = 0;
        char previous = 0;          // the previous vowel of the current group, or 0 after a consonant
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!isVowel(w, i)) {
                previous = 0;
                continue;
            }
            if (previous == 0 || hiatus(previous, c)) {
                count++;
            }
            previous = c;
        }
        return Math.max(count, 1);
    }

    /** Whether the letter at {@code i} is pronounced as a vowel. */
    private static boolean isVowel(String w, int i) {
        char c = w.charAt(i);
        if (c == 'y') {
            boolean last = i == w.length() - 1;
            return w.length() == 1 || last && i > 0 && "aeiouáéíóú".indexOf(w.charAt(i - 1)) >= 0
                    || !last && i > 0 && !isVowelLetter(w.charAt(i - 1)) && !isVowelLetter(w.charAt(i + 1));
        }
        if (c == 'u' && i > 0 && (w.charAt(i - 1) == 'q' || w.charAt(i - 1) == 'g') && i + 1 < w.length()
                && "eiéí".indexOf(w.charAt(i + 1)) >= 0) {
            return false;           // que, qui, gue, gui: the u is silent
        }
        return isVowelLetter(c);
    }

    private static boolean isVowelLetter(char c) {
        return "aeiouáéíóúü".indexOf(c) >= 0;
    }

    /** Whether two vowels side by side belong to two syllables. */
    private static boolean hiatus(char a, char b) {
        return open(a) && open(b) || open(a) && accentedClosed(b) || accentedClosed(a) && open(b);
    }

    private static boolean open(char c) {
        return "aeoáéó".indexOf(c) >= 0;
    }

    private static boolean accentedClosed(char c) {
        return c == 'í' || c == 'ú';
    }
}
