package org.safeplan.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The advice for one situation: recommendations in the order to act on them, all in one language.
 *
 * <p>Immutable. Ranks run 1..n without gaps and each action appears once. The guidance is a pure
 * function of the situation, the options and {@link #contentVersion()}: the same inputs always give
 * equal guidance. Every text of it is in {@link #language()}: when the language asked for could not
 * be served, the whole guidance is in the source language and {@link #fallback()} says why.
 *
 * @param contentVersion the semantic version of the content (rules and texts) that produced this guidance
 * @param language the BCP 47 tag of the language every text is in, such as {@code "en"} or {@code "es"}
 * @param translation whether the texts are the source language's, or a reviewed or unreviewed translation
 * @param fallback present when another language was asked for and could not be served: which, and why
 * @param recommendations the recommendations, rank 1 first
 */
public record Guidance(String contentVersion, String language, TranslationStatus translation,
                       Optional<LanguageFallback> fallback, List<Recommendation> recommendations) {

    /**
     * Checks the values and copies the list.
     *
     * @throws IllegalArgumentException if the ranks are not 1..n in order, or a translation is said
     *     to be in the source language (or the source language to be a translation)
     */
    public Guidance {
        Objects.requireNonNull(contentVersion, "contentVersion");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(translation, "translation");
        Objects.requireNonNull(fallback, "fallback");
        if ((translation == TranslationStatus.SOURCE) != language.equals(Languages.SOURCE)) {
            throw new IllegalArgumentException("language " + language + " with translation " + translation
                    + ": the source language " + Languages.SOURCE + " is SOURCE, and only it");
        }
        if (fallback.isPresent() && translation != TranslationStatus.SOURCE) {
            throw new IllegalArgumentException("a fallback is always to the source language " + Languages.SOURCE);
        }
        recommendations = List.copyOf(recommendations);
        for (int i = 0; i < recommendations.size(); i++) {
            if (recommendations.get(i).rank() != i + 1) {
                throw new IllegalArgumentException("recommendation " + i + " has rank "
                        + recommendations.get(i).rank() + ", expected " + (i + 1));
            }
        }
    }

    /** Guidance in the source language, as asked for: no translation, no fallback. */
    public Guidance(String contentVersion, List<Recommendation> recommendations) {
        this(contentVersion, Languages.SOURCE, TranslationStatus.SOURCE, Optional.empty(), recommendations);
    }

    /** The same guidance with other recommendations (in the same language), e.g. with reasons added. */
    public Guidance withRecommendations(List<Recommendation> replaced) {
        return new Guidance(contentVersion, language, translation, fallback, replaced);
    }

    /** The recommendation for {@code actionId}, if the guidance has it. */
    public Optional<Recommendation> find(String actionId) {
        return recommendations.stream().filter(r -> r.actionId().equals(actionId)).findFirst();
    }

    @Override
    public String toString() {
        return "Guidance[" + contentVersion + ", " + language + ", " + recommendations + "]";
    }
}
