package org.safeplan.rules.internal.catalog;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of rules-core versions, written as Maven writes one: {@code [1.0,2.0)} is 1.0 included
 * to 2.0 excluded, {@code [1.2,)} is 1.2 and anything later, {@code [1.0.3]} is exactly 1.0.3.
 * Versions have one to three numbers (missing ones are 0). A version being checked is compared on
 * its numbers only: a qualifier ({@code 1.0.0-SNAPSHOT}, {@code 1.1.0-rc.1}) counts as its release,
 * since a pre-release of 1.1.0 carries the 1.1 API.
 */
public final class VersionRange {

    private static final String NUMBER = "(?:0|[1-9]\\d{0,8})";
    private static final String VERSION = NUMBER + "(?:\\." + NUMBER + "){0,2}";
    private static final Pattern RANGE = Pattern.compile(
            "([\\[(])\\s*(" + VERSION + ")?\\s*,\\s*(" + VERSION + ")?\\s*([\\])])");
    private static final Pattern EXACT = Pattern.compile("\\[\\s*(" + VERSION + ")\\s*]");
    private static final Pattern LEADING_NUMBERS = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");

    private final String text;
    private final int[] lower;
    private final boolean lowerIncluded;
    private final int[] upper;
    private final boolean upperIncluded;

    private VersionRange(String text, int[] lower, boolean lowerIncluded, int[] upper, boolean upperIncluded) {
        this.text = text;
        this.lower = lower;
        this.lowerIncluded = lowerIncluded;
        this.upper = upper;
        this.upperIncluded = upperIncluded;
    }

    /**
     * Reads a range.
     *
     * @return the range, or null if {@code text} is not one (see {@link #problem})
     */
    public static VersionRange parse(String text) {
        String t = text.trim();
        Matcher exact = EXACT.matcher(t);
        if (exact.matches()) {
            int[] v = numbers(exact.group(1));
            return new VersionRange(t, v, true, v, true);
        }
        Matcher m = RANGE.matcher(t);
        if (!m.matches() || (m.group(2) == null && m.group(3) == null)) {
            return null;
        }
        int[] lower = m.group(2) == null ? null : numbers(m.group(2));
        int[] upper = m.group(3) == null ? null : numbers(m.group(3));
        boolean lowerIncluded = m.group(1).equals("[");
        boolean upperIncluded = m.group(4).equals("]");
        if (lower == null && lowerIncluded || upper == null && upperIncluded) {
            return null;
        }
        return new VersionRange(t, lower, lowerIncluded, upper, upperIncluded);
    }

    /**
     * Why {@code text} is not a usable range, or null if it is one; said for the content author,
     * naming where it is written ({@code what}, e.g. {@code 'requires: core'}).
     */
    public static String problem(String what, String text) {
        VersionRange range = parse(text);
        if (range == null) {
            return what + " is \"" + text + "\", not a version range: write it as Maven does, e.g. \"[1.0,2.0)\""
                    + " (1.0 included, 2.0 excluded), \"[1.2,)\" (1.2 or later) or \"[1.0.3]\" (exactly 1.0.3)";
        }
        if (range.lower != null && range.upper != null) {
            int c = Arrays.compare(range.lower, range.upper);
            if (c > 0 || c == 0 && !(range.lowerIncluded && range.upperIncluded)) {
                return what + " is \"" + text + "\", which holds no version: its lower end must be below its upper end";
            }
        }
        return null;
    }

    /** Whether {@code version} (numbers first, any qualifier ignored) is in the range. */
    public boolean includes(String version) {
        int[] v = numbersOf(version);
        if (lower != null) {
            int c = Arrays.compare(v, lower);
            if (c < 0 || c == 0 && !lowerIncluded) {
                return false;
            }
        }
        if (upper != null) {
            int c = Arrays.compare(v, upper);
            return c < 0 || c == 0 && upperIncluded;
        }
        return true;
    }

    /** The range as written in the content. */
    @Override
    public String toString() {
        return text;
    }

    private static int[] numbers(String version) {
        int[] out = new int[3];
        String[] parts = version.split("\\.");
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.parseInt(parts[i]);
        }
        return out;
    }

    private static int[] numbersOf(String version) {
        Matcher m = LEADING_NUMBERS.matcher(version);
        if (!m.lookingAt()) {
            throw new IllegalArgumentException("not a version: " + version);
        }
        int[] out = new int[3];
        for (int i = 0; i < 3; i++) {
            out[i] = m.group(i + 1) == null ? 0 : Integer.parseInt(m.group(i + 1));
        }
        return out;
    }
}
