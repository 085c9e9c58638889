package org.safeplan.rules;

import java.util.Objects;

/**
 * Why a {@link Guidance} is in the content's source language although another language was asked
 * for. The whole answer falls back, never part of it: a reader never gets a mix of two languages.
 * Immutable.
 *
 * @param requested the language tag that was asked for, as given ({@link AdviceOptions#language()})
 * @param cause why it could not be served
 */
public record LanguageFallback(String requested, Cause cause) {

    /** Why a requested language could not be served. */
    public enum Cause {
        /** The loaded content has no translation into the language (nor into one it falls back to). */
        NOT_OFFERED,
        /**
         * The translation lacks something for the situation's jurisdiction: a text that is missing,
         * stale (translated from English that has changed since), malformed, or a jurisdiction value
         * (such as a service's name) that has no wording in the language.
         */
        INCOMPLETE,
        /** Reviewed translations only were asked for, and this one is not reviewed yet. */
        NOT_REVIEWED
    }

    /** Checks the values. */
    public LanguageFallback {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(cause, "cause");
    }

    /** A note in plain words for a reader or a log, naming the language asked for and why it is not served. */
    public String message() {
        String why = switch (cause) {
            case NOT_OFFERED -> "the content has no translation into it";
            case INCOMPLETE -> "its translation is not complete for this jurisdiction";
            case NOT_REVIEWED -> "its translation is not reviewed yet, and only reviewed translations were asked for";
        };
        return "Language \"" + requested + "\" was asked for, but " + why + ": the whole answer is in the"
                + " content's source language (" + Languages.SOURCE + ").";
    }
}
