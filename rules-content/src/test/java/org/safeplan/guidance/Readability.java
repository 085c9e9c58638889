package org.safeplan.guidance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flesch-Kincaid grade level of English text, as {@link ReadabilityTest} measures the survivor texts.
 *
 * <p>Grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59.
 *
 * <ul>
 *   <li><b>Sentences</b> end at {@code .}, {@code !} or {@code ?} (a run such as {@code ?!} or
 *       {@code ...} counts once) followed by white space or the end of the text; text after the last
 *       such mark counts as one more sentence if it holds a word. A colon or semicolon does
 *       <em>not</em> end a sentence: the texts use them to join a warning to its reason ("Take extra
 *       care now: the order has just been served"), and the reader still has to hold the whole line
 *       in mind, so splitting there would understate the difficulty. A full stop not followed by
 *       white space (as in "1.5") ends nothing.
 *   <li><b>Words</b> are runs of letters, digits, apostrophes and hyphens that hold at least one
 *       letter or digit ("can't", "co-workers" and "day-care" are one word each).
 *   <li><b>Syllables</b> are counted by the heuristic of {@link #syllables(String)}; a hyphenated
 *       word counts the syllables of each part.
 * </ul>
 */
final class Readability {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’-]+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+(?=\\s|$)");
    private static final Pattern HAS_ALNUM = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern SILENT_E_BEFORE_SUFFIX =
            Pattern.compile("[aeiouy][b-df-hj-np-tv-z]e(ly|ty|ments?|ful|less|ness)$");
    private static final Pattern COMPOUND = Pattern.compile("(some|any|every|no)(one|where|thing|body|how|times?)");

    private Readability() {
    }

    /** The counts a grade is computed from. */
    record Counts(int sentences, int words, int syllables) {

        double grade() {
            return Readability.grade(words, sentences, syllables);
        }
    }

    /** Flesch-Kincaid grade from the three counts. */
    static double grade(int words, int sentences, int syllables) {
        if (words == 0 || sentences == 0) {
            throw new IllegalArgumentException("no words or no sentences");
        }
        return 0.39 * words / sentences + 11.8 * syllables / words - 15.59;
    }

    /** Flesch-Kincaid grade of a passage. */
    static double grade(String text) {
        return counts(text).grade();
    }

    static Counts counts(String text) {
        List<String> words = words(text);
        int syllables = 0;
        for (String w : words) {
            syllables += syllables(w);
        }
        return new Counts(sentences(text), words.size(), syllables);
    }

    /** The words of a text, as defined above. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (HAS_ALNUM.matcher(m.group()).find()) {
                out.add(m.group());
            }
        }
        return out;
    }

    /** The number of sentences of a text, as defined above (pieces without a word do not count). */
    static int sentences(String text) {
        int count = 0;
        int from = 0;
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find()) {
            if (!words(text.substring(from, m.start())).isEmpty()) {
                count++;
            }
            from = m.end();
        }
        if (!words(text.substring(from)).isEmpty()) {
            count++;
        }
        return count;
    }

    /**
     * English syllables of one word, by heuristic: a hyphenated word is the sum of its parts; in each
     * part (apostrophes dropped, lower case):
     * <ol>
     *   <li>a compound of some/any/every/no with one/where/thing/body/how/time(s) is the sum of its
     *       two halves ("someone" 2, "anywhere" 3), so that the silent e inside it is not counted;
     *   <li>count groups of consecutive vowels, where y is a vowel except at the start of the word or
     *       before a vowel ("you", "beyond"), and where "ia" and "io" are two syllables after a
     *       consonant other than c, g, l, n, s, t or x ("violent", "diary", "serious"; but "action",
     *       "social", "religion", "million");
     *   <li>a final e after a consonant is silent ("safe", "house"), except in a consonant + "le"
     *       ending ("table", "little"; the consonant not an l);
     *   <li>a final "ed" adds no syllable ("called", "used") except after t or d ("wanted",
     *       "needed") or in a consonant + "led" ending ("settled");
     *   <li>a final "es" adds no syllable ("makes", "times") except after s, x, z, c, g, ch or sh
     *       ("uses", "boxes", "places", "changes", "pushes") or in a consonant + "les" ending
     *       ("tables");
     *   <li>an e between a vowel + consonant and the suffix ly, ty, ment(s), ful, less or ness is
     *       silent ("safely", "safety", "statement", "hopeful"; not "settlement");
     *   <li>"ing" after a vowel is a syllable of its own ("being", "going", "seeing");
     *   <li>at least one syllable per part; a part with no letter (a number) counts one.
     * </ol>
     * Rules 3 to 6 only remove a syllable from a part that has more than one.
     */
    static int syllables(String word) {
        int total = 0;
        for (String part : word.split("-")) {
            if (!HAS_ALNUM.matcher(part).find()) {
                continue;
            }
            total += partSyllables(part.replace("'", "").replace("’", "").toLowerCase(Locale.ROOT));
        }
        return Math.max(1, total);
    }

    private static int partSyllables(String w) {
        if (!w.matches(".*\\p{L}.*")) {
            return 1;
        }
        Matcher compound = COMPOUND.matcher(w);
        if (compound.matches()) {
            return partSyllables(compound.group(1)) + partSyllables(compound.group(2));
        }
        int groups = 0;
        boolean inGroup = false;
        for (int i = 0; i < w.length(); i++) {
            boolean vowel = isVowel(w, i);
            if (vowel && (!inGroup || splitsFromPrevious(w, i))) {
                groups++;
            }
            inGroup = vowel;
        }
        int n = w.length();
        if (groups > 1) {
            if (endsWithConsonantThen(w, "e") && !syllabicLe(w, "le")) {
                groups--;
            } else if (endsWithConsonantThen(w, "ed") && !w.endsWith("ted") && !w.endsWith("ded")
                    && !syllabicLe(w, "led")) {
                groups--;
            } else if (endsWithConsonantThen(w, "es") && !syllabicLe(w, "les")
                    && !w.matches(".*(s|x|z|c|g|ch|sh)es")) {
                groups--;
            }
        }
        if (groups > 1 && SILENT_E_BEFORE_SUFFIX.matcher(w).find()) {
            groups--;
        }
        if (n > 3 && w.endsWith("ing") && isVowel(w, n - 4)) {
            groups++;
        }
        return Math.max(1, groups);
    }

    /** Whether the vowel at {@code i} starts a syllable of its own inside a vowel group ("vi-o-lent"). */
    private static boolean splitsFromPrevious(String w, int i) {
        char c = w.charAt(i);
        return (c == 'a' || c == 'o') && i >= 2 && w.charAt(i - 1) == 'i'
                && Character.isLetter(w.charAt(i - 2)) && !isVowel(w, i - 2) && "cglnstx".indexOf(w.charAt(i - 2)) < 0;
    }

    /** A consonant (not l) + "le" ending and its -led and -les forms, where the e is sounded: "table". */
    private static boolean syllabicLe(String w, String suffix) {
        return endsWithConsonantThen(w, suffix) && w.charAt(w.length() - suffix.length() - 1) != 'l';
    }

    /** Whether {@code w} ends with {@code suffix} and has a consonant letter just before it. */
    private static boolean endsWithConsonantThen(String w, String suffix) {
        int before = w.length() - suffix.length() - 1;
        return w.endsWith(suffix) && before >= 0 && Character.isLetter(w.charAt(before)) && !isVowel(w, before);
    }

    private static boolean isVowel(String w, int i) {
        char c = w.charAt(i);
        if ("aeiou".indexOf(c) >= 0) {
            return true;
        }
        if (c != 'y') {
            return false;
        }
        // y is a consonant at the start of a word and before a vowel ("you", "beyond", "lawyer").
        return i > 0 && !(i + 1 < w.length() && "aeiou".indexOf(w.charAt(i + 1)) >= 0);
    }
}
