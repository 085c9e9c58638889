package org.safeplan.cli;

import org.safeplan.rules.AdviceOptions;
import picocli.CommandLine.Option;

/**
 * {@code --lang TAG} and {@code --reviewed-only}: the language of the texts. A language the content
 * cannot serve whole for the situation's country gives the whole answer in English, and the JSON
 * says why ({@code languageFallback}).
 */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "TAG", description = "The language of the texts, a BCP 47 tag such as es"
            + " or es-MX (default: en). If the content cannot give it whole for the situation's country, the whole"
            + " answer is in English and says why (languageFallback).")
    private String language;

    @Option(names = "--reviewed-only", description = "Give a translation only once someone fluent has reviewed"
            + " it; otherwise English (languageFallback: NOT_REVIEWED).")
    private boolean reviewedOnly;

    /** {@code options} with the language asked for. */
    AdviceOptions.Builder apply(AdviceOptions.Builder options) {
        if (language != null) {
            try {
                options.language(language);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("--lang: " + e.getMessage());
            }
        }
        if (reviewedOnly) {
            options.requireReviewedTranslation();
        }
        return options;
    }
}
