package org.safeplan.rules.internal.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The fingerprint of the English a translation was made from, stamped into each entry of a locale
 * file as {@code from:}. When the English changes, the fingerprint does, and the translation is
 * stale: never served, and an error of {@code validate} until it is re-translated and re-stamped.
 *
 * <p>SHA-256 of the English texts as loaded (trimmed, folded lines joined), joined with the unit
 * separator U+001F: an action's title, text and summary, a caution's text and summary. The first
 * {@value #LENGTH} hex digits: enough to tell edits apart, short enough to read in a diff.
 */
public final class SourceHash {

    /** How many hex digits of the SHA-256 are kept. */
    public static final int LENGTH = 16;

    private static final String SEPARATOR = "\u001F";

    private SourceHash() {
    }

    /** The fingerprint of an action's English title, text and summary. */
    public static String of(CatalogAction action) {
        return of(action.title(), action.text(), action.summary());
    }

    /** The fingerprint of a caution's English text and summary. */
    public static String of(CatalogCaution caution) {
        return of(caution.text(), caution.summary());
    }

    private static String of(String... texts) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join(SEPARATOR, texts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
