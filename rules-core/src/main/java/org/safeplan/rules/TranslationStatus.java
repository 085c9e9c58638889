package org.safeplan.rules;

/**
 * Where the words of a {@link Guidance} come from: the content's own language, or a translation of
 * it and whether someone fluent has reviewed that translation.
 */
public enum TranslationStatus {
    /** The content's source language ({@link Languages#SOURCE}): no translation involved. */
    SOURCE,
    /** A translation that someone fluent in the language has reviewed, every text of it. */
    REVIEWED,
    /** A translation of which at least one text has not been reviewed by someone fluent yet. */
    UNREVIEWED
}
