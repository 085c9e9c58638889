package org.safeplan.rules.internal.engine;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.LanguageFallback;
import org.safeplan.rules.Languages;
import org.safeplan.rules.TranslationStatus;

/**
 * Which language's texts answer a call: the one asked for when the content offers it complete for
 * the situation's jurisdiction (and reviewed, when only reviewed translations will do); otherwise
 * the source language, whole, with the reason. Never a mix.
 */
final class LanguageChoice {

    /** The texts that answer, and why they are not in the language asked for (empty when they are). */
    record Served(ActionTable.Worded worded, Optional<LanguageFallback> fallback) {
    }

    /** Requested tags remembered with the offered language they match; bounded, as tags come from callers. */
    private static final int MAX_REMEMBERED = 256;

    private final ActionTable table;
    private final ConcurrentHashMap<String, Optional<String>> matched = new ConcurrentHashMap<>();

    LanguageChoice(ActionTable table) {
        this.table = table;
    }

    Served choose(AdviceOptions options, String country) {
        String key = table.keyFor(country);
        String requested = options.language();
        if (requested.equals(Languages.SOURCE)) {
            return new Served(table.worded(Languages.SOURCE, key), Optional.empty());
        }
        Optional<String> language = match(requested);
        if (language.isEmpty()) {
            return fallback(key, requested, LanguageFallback.Cause.NOT_OFFERED);
        }
        ActionTable.Worded worded = table.worded(language.get(), key);
        if (worded.status() == TranslationStatus.SOURCE) {
            return new Served(worded, Optional.empty());
        }
        if (!worded.complete()) {
            return fallback(key, requested, LanguageFallback.Cause.INCOMPLETE);
        }
        if (options.reviewedTranslationRequired() && worded.status() != TranslationStatus.REVIEWED) {
            return fallback(key, requested, LanguageFallback.Cause.NOT_REVIEWED);
        }
        return new Served(worded, Optional.empty());
    }

    private Optional<String> match(String requested) {
        Optional<String> known = matched.get(requested);
        if (known != null) {
            return known;
        }
        Optional<String> found = Languages.negotiate(requested, table.languages());
        if (matched.size() < MAX_REMEMBERED) {
            matched.putIfAbsent(requested, found);
        }
        return found;
    }

    private Served fallback(String key, String requested, LanguageFallback.Cause cause) {
        return new Served(table.worded(Languages.SOURCE, key), Optional.of(new LanguageFallback(requested, cause)));
    }
}
