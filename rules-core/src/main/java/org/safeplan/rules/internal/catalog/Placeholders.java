package org.safeplan.rules.internal.catalog;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {placeholders}} of content texts, filled from jurisdiction data: the one declaration of
 * how they are written, found and filled, for the catalog, its translations and the authoring tools.
 */
public final class Placeholders {

    /** A placeholder: a name of letters and digits, starting with a letter, in braces. */
    public static final Pattern PATTERN = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)}");

    private static final Pattern DIGITS = Pattern.compile("[0-9][0-9 -]*[0-9]|[0-9]");

    private Placeholders() {
    }

    /** The names of the placeholders in {@code text}, in order of first use. */
    public static Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PATTERN.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * The first number written outside placeholders (such as {@code 911}), or null. A number written
     * into a text would reach people in every country: numbers come from jurisdiction values only.
     */
    public static String digitsOutside(String text) {
        Matcher digits = DIGITS.matcher(PATTERN.matcher(text).replaceAll(""));
        return digits.find() ? digits.group() : null;
    }

    /** Why a number written into a text ({@code field}) is refused, for catalog and translations alike. */
    public static String digitsProblem(String field, String digits) {
        return "\"" + digits + "\" in the " + field + ": write numbers only through placeholders such as"
                + " {emergencyNumber} or {hotline}, so that each country gets its own";
    }

    /** The first placeholder of {@code text} that {@code values} has no value for, or null. */
    public static String missing(String text, Map<String, String> values) {
        return names(text).stream().filter(n -> !values.containsKey(n)).findFirst().orElse(null);
    }

    /**
     * The text with every placeholder replaced by its value.
     *
     * @throws IllegalArgumentException naming the first placeholder without a value
     */
    public static String fill(String template, Map<String, String> values) {
        Matcher m = PATTERN.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException(m.group(1));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
