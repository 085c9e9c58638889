package org.safeplan.rules;

import java.util.Locale;
import java.util.Objects;

/**
 * Options for one {@link SafetyAdvisor#advise(Situation, AdviceOptions)} call. Immutable.
 *
 * <p>By default a survivor gets a list short enough to act on: in immediate danger at most
 * {@value #CRISIS_IMMEDIATE} {@link Urgency#IMMEDIATE} items and {@value #CRISIS_TOTAL} in all,
 * nothing for later (no {@link Urgency#PLANNING} or {@link Urgency#INFORMATION} items); otherwise at
 * most {@value #SURVIVOR_TOTAL}. The most important come first, so the budget keeps them. A
 * practitioner gets the complete list. {@link Builder#completeList()} asks for the complete list
 * for anyone, and {@link Builder#maxRecommendations(int)} caps any list further. A caution is part
 * of the recommendation it guards, so no cap separates the two.
 *
 * <p>The texts are in the content's source language ({@link Languages#SOURCE}) unless
 * {@link Builder#language(String)} asks for another. A language is served only when the content's
 * translation into it is complete and current for the situation's jurisdiction (and reviewed, when
 * {@link Builder#requireReviewedTranslation()} says so); otherwise the whole guidance is in the source
 * language and {@link Guidance#fallback()} says why. Never a mix of two languages.
 *
 * <pre>{@code
 * AdviceOptions options = AdviceOptions.builder().maxRecommendations(3).language("es-MX").build();
 * }</pre>
 */
public final class AdviceOptions {

    /** The most {@link Urgency#IMMEDIATE} items a survivor in immediate danger is given by default. */
    public static final int CRISIS_IMMEDIATE = 5;
    /** The most items in all a survivor in immediate danger is given by default. */
    public static final int CRISIS_TOTAL = 8;
    /** The most items any other survivor list holds by default. */
    public static final int SURVIVOR_TOTAL = 12;

    private static final AdviceOptions DEFAULTS = builder().build();
    private static final AdviceOptions COMPLETE = builder().completeList().build();

    private final int maxRecommendations;
    private final boolean completeList;
    private final String language;
    private final boolean reviewedTranslationRequired;

    private AdviceOptions(Builder b) {
        this.maxRecommendations = b.maxRecommendations;
        this.completeList = b.completeList;
        this.language = b.language;
        this.reviewedTranslationRequired = b.reviewedTranslationRequired;
    }

    /** The default: a survivor's list within the load budget, a practitioner's complete, no cap. */
    public static AdviceOptions defaults() {
        return DEFAULTS;
    }

    /** The complete list for anyone, with no cap. */
    public static AdviceOptions complete() {
        return COMPLETE;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The most recommendations to return, or {@link Integer#MAX_VALUE} for no cap. */
    public int maxRecommendations() {
        return maxRecommendations;
    }

    /** Whether the complete list is asked for, without a survivor's load budget. */
    public boolean completeList() {
        return completeList;
    }

    /**
     * The language asked for, a BCP 47 tag such as {@code "es"} or {@code "es-MX"}; the source
     * language {@link Languages#SOURCE} unless another was asked for.
     */
    public String language() {
        return language;
    }

    /** Whether only a reviewed translation may be served ({@link TranslationStatus#REVIEWED}). */
    public boolean reviewedTranslationRequired() {
        return reviewedTranslationRequired;
    }

    /** A builder holding these options. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.maxRecommendations = maxRecommendations;
        b.completeList = completeList;
        b.language = language;
        b.reviewedTranslationRequired = reviewedTranslationRequired;
        return b;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AdviceOptions other && other.maxRecommendations == maxRecommendations
                && other.completeList == completeList && other.language.equals(language)
                && other.reviewedTranslationRequired == reviewedTranslationRequired;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxRecommendations, completeList, language, reviewedTranslationRequired);
    }

    /** Builds {@link AdviceOptions}. */
    public static final class Builder {
        private int maxRecommendations = Integer.MAX_VALUE;
        private boolean completeList;
        private String language = Languages.SOURCE;
        private boolean reviewedTranslationRequired;

        private Builder() {
        }

        /**
         * Caps the number of recommendations: the first {@code max} are kept, whatever their urgency
         * (the order puts what matters most first).
         *
         * @throws IllegalArgumentException if {@code max} is below 1
         */
        public Builder maxRecommendations(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxRecommendations must be 1 or more, was " + max);
            }
            this.maxRecommendations = max;
            return this;
        }

        /** Asks for the complete list, without a survivor's load budget (a cap still applies). */
        public Builder completeList() {
            this.completeList = true;
            return this;
        }

        /**
         * Asks for the texts in a language: a BCP 47 tag, matched against the content's languages as
         * {@link Languages#negotiate} does ({@code "es-MX"}, {@code "es-419"} and {@code "es-US"} get
         * {@code "es"}). Served only when complete for the situation's jurisdiction; otherwise the
         * whole guidance is in the source language and says why ({@link Guidance#fallback()}).
         *
         * @throws IllegalArgumentException if {@code bcp47Tag} is not a well-formed language tag
         */
        public Builder language(String bcp47Tag) {
            String tag = Languages.requireTag(bcp47Tag);
            this.language = tag.equals(Languages.SOURCE) ? Languages.SOURCE : tag;
            return this;
        }

        /**
         * Asks for the texts in the language of {@code locale} (its language, script and region).
         *
         * @throws IllegalArgumentException if the locale has no language
         */
        public Builder language(Locale locale) {
            return language(Objects.requireNonNull(locale, "locale").toLanguageTag());
        }

        /**
         * Serves a translation only when someone fluent has reviewed all of it
         * ({@link TranslationStatus#REVIEWED}); an unreviewed one gives the source language, with a
         * {@link LanguageFallback.Cause#NOT_REVIEWED} note.
         */
        public Builder requireReviewedTranslation() {
            this.reviewedTranslationRequired = true;
            return this;
        }

        /** The options. */
        public AdviceOptions build() {
            return new AdviceOptions(this);
        }
    }
}
