package org.safeplan.rules.internal.authoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.parser.DroolsError;
import org.safeplan.rules.internal.Suggestions;

/** The rule parser's error messages, rewritten in plain words. */
final class SyntaxErrors {

    /** {@code [ERR 102] Line 8:23 mismatched input '=' in rule "A"}, and the parser's other forms. */
    private static final Pattern PARSER = Pattern.compile(
            "(?s)(?:\\[ERR \\d+] )?Line (\\d+):(\\d+) (?:mismatched input|no viable alternative at input"
                    + "|required \\(\\.\\.\\.\\)\\+ loop did not match anything at input) '(.*?)'"
                    + "(?: expecting one of the following tokens: '\\[(.*?)]')?(?: expecting '(.*?)')?( in .*?)?\\.?");
    private static final Pattern LINE = Pattern.compile("(?s)(?:\\[ERR \\d+] )?Line (\\d+):(\\d+) (.*)");
    private static final List<String> END_OF_FILE = List.of("", "<eof>", "<EOF>");
    private static final List<String> SECTIONS = List.of("package", "import", "global", "rule");

    private SyntaxErrors() {
    }

    /**
     * Adds the parser's errors, one per line: after a mistake the parser often reports the same
     * place twice, the second time knowing the rule, which is the one kept.
     */
    static void report(String file, List<DroolsError> errors, Findings findings) {
        Map<Integer, String> byLine = new LinkedHashMap<>();
        for (DroolsError error : errors) {
            int line = error.getLines().length > 0 ? error.getLines()[0] : 0;
            byLine.merge(line, readable(error.getMessage()), (a, b) -> b.length() > a.length() ? b : a);
        }
        byLine.forEach((line, message) -> findings.add(file, line, message));
    }

    static String readable(String message) {
        Matcher m = PARSER.matcher(message.strip());
        if (m.matches()) {
            String where = m.group(6) == null ? "" : m.group(6);
            return unexpected(m.group(3), Integer.parseInt(m.group(2)) + 1, where, m.group(4) != null, m.group(5));
        }
        Matcher other = LINE.matcher(message.strip());
        return other.matches() ? other.group(3) + " (column " + (Integer.parseInt(other.group(2)) + 1) + ")" : message;
    }

    private static String unexpected(String token, int column, String where, boolean atTopLevel, String expected) {
        if (END_OF_FILE.contains(token)) {
            return "the file ends too early" + where + ": is an \"end\", a closing bracket or a closing quote missing?";
        }
        String found = "unexpected \"" + token + "\" at column " + column + where;
        if (token.equals("=")) {
            return found + ": to compare, write ==";
        }
        if (atTopLevel) {
            return found + Suggestions.didYouMean(token, SECTIONS) + ": a rule file holds a package line, imports,"
                    + " the advice global and rules";
        }
        if (expected != null) {
            return found + ": \"" + expected + "\" should be here";
        }
        return found + ": check for a missing or extra bracket, comma or quote just before it";
    }
}
