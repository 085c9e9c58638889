package org.safeplan.guidance;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Common English function words, the one list the language tests use to find English left in a
 * translation: none of them is a Spanish word a text could need ("a", "no", "me", "con" and "local"
 * are left out for that reason), and any sentence of English holds several.
 */
public final class EnglishWords {

    /** The words, lower case. */
    public static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "you", "your", "to", "of", "with", "is",
            "are", "if", "or", "for", "not", "this", "that", "they", "them", "their", "it", "will", "from", "who",
            "what", "when", "where", "at", "on", "in", "by", "an", "have", "be", "can't", "don't", "call");

    private static final Pattern WORD = Pattern.compile("[\\p{L}']+");

    private EnglishWords() {
    }

    /** The first English function word in {@code text}, or null when it has none. */
    public static String find(String text) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            if (FUNCTION_WORDS.contains(word)) {
                return m.group();
            }
        }
        return null;
    }
}
