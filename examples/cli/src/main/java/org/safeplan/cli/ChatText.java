package org.safeplan.cli;

import java.util.stream.Collectors;
import org.safeplan.rules.Caution;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.Recommendation;

/**
 * Guidance as a chat or text message ({@code advise --format text}): one numbered line per
 * recommendation, its one-line summary, and the summary of each caution that guards it on the same
 * line, so no cap or message split can part them. Nothing else: the words are all the content's, in
 * the guidance's language (the warning sign needs no translation).
 */
final class ChatText {

    /** Put before each caution on a recommendation's line. */
    static final String CAUTION_SIGN = " \u26A0 ";

    private ChatText() {
    }

    /** The lines, separated by newlines, without a trailing one. */
    static String of(Guidance guidance) {
        return guidance.recommendations().stream().map(ChatText::line).collect(Collectors.joining("\n"));
    }

    private static String line(Recommendation r) {
        StringBuilder line = new StringBuilder().append(r.rank()).append(". ").append(r.summary());
        for (Caution caution : r.cautions()) {
            line.append(CAUTION_SIGN).append(caution.summary());
        }
        return line.toString();
    }
}
