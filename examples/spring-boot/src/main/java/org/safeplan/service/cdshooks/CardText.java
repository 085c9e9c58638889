package org.safeplan.service.cdshooks;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.safeplan.rules.Caution;
import org.safeplan.rules.Recommendation;

/** The words of a card: its summary and its Markdown detail. */
final class CardText {

    /**
     * Characters GitHub Flavored Markdown could read as markup, HTML or an entity anywhere in a line;
     * escaped in content texts (a link needs a {@code [}, an image a {@code [} after {@code !}).
     */
    private static final String MARKDOWN = "\\`*_[]<>#|~&";
    /** What starts a list item at the start of a line: {@code -}, {@code +}, or a number and {@code .} or {@code )}. */
    private static final Pattern LIST_MARKER = Pattern.compile("(?m)^(\\s*\\d*)([-+]|(?<=\\d)[.)])(?=\\s|$)");

    /** The specification's bound on a card's summary: fewer than this many characters. */
    static final int CARD_SUMMARY_LIMIT = 140;

    private CardText() {
    }

    /**
     * The card's summary: the recommendation's one-line summary. The specification asks for fewer
     * than 140 characters and the content allows 140, so a summary of exactly 140 gives way to the
     * title (at most 80), which is a whole instruction too; nothing is ever cut short.
     */
    static String summary(Recommendation recommendation) {
        return recommendation.summary().length() < CARD_SUMMARY_LIMIT ? recommendation.summary() : recommendation.title();
    }

    /**
     * The detail, in Markdown: the advice's text, the cautions that travel with it, and its sources
     * (each guidance-inventory id with the title of its document).
     *
     * @param documents the title of each source's document, by source id
     */
    static String detail(Recommendation recommendation, Map<String, String> documents) {
        StringBuilder md = new StringBuilder(escape(recommendation.text()));
        if (!recommendation.cautions().isEmpty()) {
            md.append("\n\n**Keep in mind**\n");
            recommendation.cautions().forEach(c -> md.append("\n- ").append(escape(c.text())));
        }
        List<String> sources = new ArrayList<>();
        for (String id : sources(recommendation)) {
            String document = documents.get(id);
            sources.add(document == null ? id : id + " (" + escape(document) + ")");
        }
        return md.append("\n\n**Sources:** ").append(String.join("; ", sources)).toString();
    }

    /** The recommendation's sources, then its cautions' sources, each once. */
    static List<String> sources(Recommendation recommendation) {
        Set<String> sources = new LinkedHashSet<>(recommendation.sources());
        recommendation.cautions().stream().map(Caution::sources).forEach(sources::addAll);
        return List.copyOf(sources);
    }

    /** The text with every character Markdown could read as markup backslash-escaped: it shows as written. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (MARKDOWN.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return LIST_MARKER.matcher(escaped).replaceAll("$1\\\\$2");
    }
}
