package org.safeplan.rules.internal.catalog;

import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * SnakeYAML's errors as an author can act on them: the mistakes people make in content files
 * (a colon inside a value, a tab, a quote closed with a curly quote pasted from a word processor)
 * named in plain words, at the line to fix.
 */
final class YamlProblems {

    private static final List<String> CURLY_QUOTES = List.of("\u201c", "\u201d", "\u2018", "\u2019");

    private YamlProblems() {
    }

    /** {@code file:line: message} for a YAML syntax error in {@code text}. */
    static String inPlainWords(String file, String text, MarkedYAMLException e) {
        String problem = String.valueOf(e.getProblem());
        String context = String.valueOf(e.getContext());
        int line = line(e.getProblemMark());
        if (problem.contains("mapping values are not allowed")) {
            return file + ":" + line + ": a colon followed by a space can only end a key: if the value holds one"
                    + " (e.g. a title such as Take care: ...), put the whole value in double quotes";
        }
        if (problem.contains("'\\t'") || problem.contains("\\t(TAB)")) {
            return file + ":" + line + ": a tab character: indent with spaces only";
        }
        if (context.contains("quoted scalar") && problem.contains("end of stream")) {
            int start = line(e.getContextMark());
            boolean curly = CURLY_QUOTES.stream().anyMatch(text::contains);
            return file + ":" + start + ": the quote opened on this line is never closed"
                    + (curly ? "; curly quotes (\u201c \u201d \u2018 \u2019) pasted from a word processor do not close"
                    + " it: type straight quotes (\") or leave the quotes out" : "");
        }
        if (problem.contains("could not find expected ':'") || context.contains("simple key")) {
            return file + ":" + line + ": a line here is neither 'key: value' nor a list item '- ...': check the"
                    + " line above for a missing ':' or '- ', or a value that runs onto the next line without quotes";
        }
        return file + ":" + line + ": invalid YAML: " + problem;
    }

    private static int line(Mark mark) {
        return mark == null ? 1 : mark.getLine() + 1;
    }
}
