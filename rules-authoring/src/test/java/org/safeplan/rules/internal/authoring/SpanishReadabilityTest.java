package org.safeplan.rules.internal.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The Spanish syllable counter on words whose syllables dictionaries agree on, and the INFLESZ formula. */
class SpanishReadabilityTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        // plain syllables
        "casa, 2", "persona, 3", "agresora, 4", "teléfono, 4", "número, 3", "cuchillos, 3", "llame, 2",
        // diphthongs: a closed vowel (i, u) beside another vowel
        "cuidado, 3", "ciudad, 2", "emergencia, 4", "violencia, 3", "situación, 3", "peine, 2", "hacia, 2",
        "agua, 2", "quiero, 2",
        // hiatus: two open vowels, or an accented í/ú beside an open vowel
        "poeta, 3", "leer, 2", "aéreo, 4", "cooperar, 4", "caer, 2", "país, 2", "policía, 4", "oído, 3",
        "día, 2", "baúl, 2", "maíz, 2",
        // two closed vowels stay one syllable, accent or not
        "construí, 2", "lingüística, 4",
        // triphthongs
        "buey, 1", "Uruguay, 3", "averigüéis, 4",
        // silent u in que, qui, gue, gui; pronounced ü
        "que, 1", "guerra, 2", "guitarra, 3", "pingüino, 3",
        // y: a vowel alone and at the end after a vowel, a consonant before one
        "y, 1", "hoy, 1", "muy, 1", "ley, 1", "hay, 1", "yo, 1", "mayo, 2", "ayuda, 3",
        // h separates written vowels
        "ahí, 2", "búho, 2", "ahora, 3"
    })
    void countsTheSyllablesOfKnownWords(String word, int syllables) {
        assertThat(SpanishReadability.syllables(word)).isEqualTo(syllables);
    }

    @Test
    void capitalsCountAsTheirLetters() {
        assertThat(SpanishReadability.syllables("POLICÍA")).isEqualTo(4);
    }

    @Test
    void sentencesEndAtFinalPunctuationAndTheLastNeedsNone() {
        assertThat(SpanishReadability.sentences("Salga. ¿Puede salir? Llame ya")).isEqualTo(3);
        assertThat(SpanishReadability.sentences("Salga ya...")).isEqualTo(1);
        assertThat(SpanishReadability.sentences("Salga: ya")).isEqualTo(1);
    }

    @Test
    void scoresByTheSzigrisztPazosFormula() {
        // 6 words (sal-ga de la co-ci-na, lla-me ya), 10 syllables, 2 sentences
        String text = "Salga de la cocina. Llame ya.";
        int syllables = 2 + 1 + 1 + 3 + 2 + 1;
        assertThat(SpanishReadability.inflesz(text))
                .isCloseTo(206.835 - 62.3 * syllables / 6 - 6.0 / 2, within(1e-9));
        assertThat(SpanishReadability.inflesz(text)).isGreaterThan(65);
        String hard = "La administración correspondiente proporcionará documentación complementaria"
                + " extraordinariamente detallada sobre procedimientos institucionales";
        assertThat(SpanishReadability.inflesz(hard)).isLessThan(40);
    }
}
