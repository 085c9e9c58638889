package org.safeplan.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.Caution;
import org.safeplan.rules.ContentSource;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.LanguageFallback;
import org.safeplan.rules.Languages;
import org.safeplan.rules.Location;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.safeplan.rules.TranslationStatus;
import org.safeplan.rules.authoring.ContentDiff;
import org.safeplan.rules.authoring.SituationSpace;

/**
 * The bundled content in its translations: every language it lists is served whole for every
 * situation of the standard sweep, in every country swept, and a language that cannot be served
 * (not offered, incomplete or stale, not reviewed when reviewed was required) gives the whole answer
 * in English, saying why. One language per answer, never a mix.
 */
class LanguagesTest {

    private static final SafetyAdvisor ADVISOR = SafetyAdvisor.create();
    private static final Situation KITCHEN = Situation.builder().country("US").immediateDanger(true)
            .perpetratorOnPremises(true).location(Location.KITCHEN).build();

    /** Each distinct text is checked once: texts are rendered once per action, language and country. */
    private final Map<String, String> verdicts = new ConcurrentHashMap<>();

    private static List<String> translations() {
        return ADVISOR.languages().stream().filter(l -> !l.equals(Languages.SOURCE)).toList();
    }

    @Test
    void theContentOffersEnglishFirstAndItsTranslations() {
        assertThat(ADVISOR.languages()).first().isEqualTo(Languages.SOURCE);
        assertThat(translations()).as("the bundled content lists its translations under locales").isNotEmpty();
    }

    /**
     * The standard sweep (every field exercised, in US, GB, a country without data of its own and
     * unknown), complete lists: each translation is served, not fallen back from, and every title,
     * text, summary and caution of every answer is in it, with no placeholder left and no English.
     */
    @Test
    void everyTranslationIsServedWholeForEverySituationOfTheSweep() {
        SituationSpace sweep = ContentDiff.sweep(ContentCopies.SOURCES, ContentCopies.SOURCES);
        assertThat(sweep.countries()).contains("US", "GB");
        for (String language : translations()) {
            AdviceOptions options = AdviceOptions.builder().completeList().language(language).build();
            long checked = 0;
            for (Situation s : sweep) {
                Guidance translated = ADVISOR.advise(s, options);
                assertThat(translated.fallback()).as("%s for %s", language, s).isEmpty();
                assertThat(translated.language()).isEqualTo(language);
                assertThat(ids(translated)).isEqualTo(ids(ADVISOR.advise(s, AdviceOptions.complete())));
                for (Recommendation r : translated.recommendations()) {
                    String problem = problem(r);
                    assertThat(problem).as("%s %s for %s", language, r.actionId(), s).isNull();
                }
                checked++;
            }
            assertThat(checked).isEqualTo(sweep.size());
        }
    }

    private String problem(Recommendation r) {
        List<String> texts = new ArrayList<>(List.of(r.title(), r.text(), r.summary()));
        for (Caution c : r.cautions()) {
            texts.add(c.text());
            texts.add(c.summary());
        }
        for (String text : texts) {
            String verdict = verdicts.computeIfAbsent(text, LanguagesTest::verdict);
            if (!verdict.isEmpty()) {
                return verdict;
            }
        }
        return null;
    }

    private static String verdict(String text) {
        if (text.contains("{") || text.contains("}")) {
            return "a placeholder is left in: " + text;
        }
        String english = EnglishWords.find(text);
        return english == null ? "" : "English \"" + english + "\" in: " + text;
    }

    private static List<String> ids(Guidance g) {
        return g.recommendations().stream().map(Recommendation::actionId).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"es-419", "es-MX", "es-US", "ES"})
    void aRegionalOrDifferentlyWrittenTagGetsItsLanguage(String tag) {
        String spanish = Languages.negotiate("es", ADVISOR.languages()).orElseThrow();
        Guidance g = ADVISOR.advise(KITCHEN, AdviceOptions.builder().language(tag).build());
        assertThat(g.language()).isEqualTo(spanish);
        assertThat(g.fallback()).isEmpty();
    }

    @Test
    void aLanguageTheContentDoesNotOfferGivesEnglishAndSaysSo() {
        Guidance g = ADVISOR.advise(KITCHEN, AdviceOptions.builder().language("fr-CA").build());
        assertThat(g).isEqualTo(withFallback(ADVISOR.advise(KITCHEN), "fr-CA", LanguageFallback.Cause.NOT_OFFERED));
    }

    /** Reviewed only: while the bundled translation is unreviewed, English with NOT_REVIEWED; once reviewed, itself. */
    @Test
    void requiringAReviewedTranslationFallsBackWhileItIsUnreviewed() {
        for (String language : translations()) {
            Guidance any = ADVISOR.advise(KITCHEN, AdviceOptions.builder().language(language).build());
            Guidance reviewed = ADVISOR.advise(KITCHEN, AdviceOptions.builder().language(language)
                    .requireReviewedTranslation().build());
            if (any.translation() == TranslationStatus.REVIEWED) {
                assertThat(reviewed).isEqualTo(any);
            } else {
                assertThat(any.translation()).isEqualTo(TranslationStatus.UNREVIEWED);
                assertThat(reviewed).isEqualTo(withFallback(ADVISOR.advise(KITCHEN), language,
                        LanguageFallback.Cause.NOT_REVIEWED));
            }
        }
    }

    /** A translation whose English changed since (stale), or with an entry missing, is never served, not even in part. */
    @ParameterizedTest
    @ValueSource(strings = {"stale", "missing"})
    void anIncompleteTranslationGivesTheWholeAnswerInEnglish(String how, @TempDir Path dir) throws IOException {
        String first = kitchenFirstActionId();
        Path jar = ContentCopies.staleJar(dir.resolve("content.jar"), (name, text) -> how.equals("stale")
                ? staleEnglish(name, text, first) : withoutTranslation(name, text, first));
        SafetyAdvisor edited = SafetyAdvisor.create(ContentSource.jar(jar));
        for (String language : translations()) {
            Guidance g = edited.advise(KITCHEN, AdviceOptions.builder().language(language).build());
            assertThat(g).isEqualTo(withFallback(edited.advise(KITCHEN), language, LanguageFallback.Cause.INCOMPLETE));
            // The actions whose own translation is fine are in English too: the whole answer falls back.
            assertThat(g.recommendations()).hasSizeGreaterThan(1);
        }
    }

    /**
     * A content folder whose translation is stale still loads (its problem stops validate and the
     * build, not a load, e.g. a live preview of an English edit), and answers that language in English.
     */
    @Test
    void aFolderWithAStaleTranslationLoadsAndAnswersInEnglish(@TempDir Path dir) throws IOException {
        String language = translations().get(0);
        String file = "org/safeplan/guidance/actions." + language + ".yaml";
        Path folder = ContentCopies.folder(dir, file, text -> text.replaceFirst("(?m)^    from: [0-9a-f]+$",
                "    from: 0000000000000000"));
        SafetyAdvisor edited = SafetyAdvisor.create(ContentSource.folder(folder));
        Guidance g = edited.advise(KITCHEN, AdviceOptions.builder().language(language).build());
        assertThat(g).isEqualTo(withFallback(edited.advise(KITCHEN), language, LanguageFallback.Cause.INCOMPLETE));
    }

        private static String kitchenFirstActionId() {
        return ADVISOR.advise(KITCHEN).recommendations().get(0).actionId();
    }

    /** The English text of {@code id} with a word added: its translations are stale. */
    private static String staleEnglish(String name, String text, String id) {
        if (!name.equals(ContentCopies.CATALOG)) {
            return text;
        }
        String edited = text.replaceFirst("(?s)(- id: " + Pattern.quote(id) + "\\n.*?\\n    text: >-\\n      )",
                "$1Now. ");
        assertThat(edited).isNotEqualTo(text);
        return edited;
    }

    /** The translation files without the entry of {@code id}. */
    private static String withoutTranslation(String name, String text, String id) {
        if (!name.matches("org/safeplan/guidance/actions\\.[a-zA-Z-]+\\.yaml")) {
            return text;
        }
        String edited = text.replaceFirst("(?s)\\n  " + Pattern.quote(id) + ":\\n.*?(?=\\n  [a-z])", "");
        assertThat(edited).isNotEqualTo(text);
        return edited;
    }

    private static Guidance withFallback(Guidance english, String requested, LanguageFallback.Cause cause) {
        assertThat(english.language()).isEqualTo(Languages.SOURCE);
        return new Guidance(english.contentVersion(), Languages.SOURCE, TranslationStatus.SOURCE,
                Optional.of(new LanguageFallback(requested, cause)), english.recommendations());
    }

    @Test
    void aMemoKeepsEachLanguagesAnswerApart() {
        SafetyAdvisor memo = SafetyAdvisor.builder().memoize(100).build();
        String language = translations().get(0);
        Guidance translated = memo.advise(KITCHEN, AdviceOptions.builder().language(language).build());
        assertThat(memo.advise(KITCHEN).language()).isEqualTo(Languages.SOURCE);
        assertThat(memo.advise(KITCHEN, AdviceOptions.builder().language(language).build())).isEqualTo(translated);
        assertThat(translated.language()).isEqualTo(language);
    }

    @Test
    void anExplanationIsInTheLanguageAskedFor() {
        String language = translations().get(0);
        Guidance explained = ADVISOR.explain(KITCHEN, AdviceOptions.builder().language(language).build()).guidance();
        assertThat(explained.language()).isEqualTo(language);
        assertThat(explained.recommendations()).extracting(Recommendation::text).containsExactlyElementsOf(
                ADVISOR.advise(KITCHEN, AdviceOptions.builder().completeList().language(language).build())
                        .recommendations().stream().map(Recommendation::text).toList());
    }
}
