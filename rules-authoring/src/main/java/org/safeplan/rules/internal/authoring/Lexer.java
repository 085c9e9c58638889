package org.safeplan.rules.internal.authoring;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the code of a condition or consequence into words, texts in quotes, numbers and symbols,
 * skipping white space and comments, so that the checks can allow known shapes only.
 *
 * <p>A backslash anywhere is refused: the Java compiler turns a backslash-u escape (such as the
 * one for a quote) into its character before it reads anything else, even inside texts and
 * comments, so an innocent-looking text could hide code. Rule files are refused whole when they
 * hold one ({@link DrlFile}); this is the second line of defence.
 */
final class Lexer {

    /** What a token is. {@code BAD} carries, as its text, why the code cannot be read from there on. */
    enum Kind { WORD, TEXT, NUMBER, SYMBOL, BAD }

    /**
     * One token.
     *
     * @param offset where it starts in the code, to compute its line
     */
    record Token(Kind kind, String text, int offset) {

        boolean is(String symbolOrWord) {
            return (kind == Kind.SYMBOL || kind == Kind.WORD) && text.equals(symbolOrWord);
        }
    }

    private static final List<String> TWO_CHAR_SYMBOLS = List.of("==", "!=", "<=", ">=", "&&", "||");

    private final String code;
    private int at;

    private Lexer(String code) {
        this.code = code;
    }

    /** The tokens of {@code code}; a {@code BAD} token, if any, is the last. */
    static List<Token> tokens(String code) {
        return new Lexer(code).all();
    }

    /** The 1-based line of {@code offset} within code that starts on {@code firstLine}. */
    static int lineOf(String code, int offset, int firstLine) {
        int line = firstLine;
        for (int i = 0; i < offset && i < code.length(); i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private List<Token> all() {
        List<Token> tokens = new ArrayList<>();
        for (Token t = next(); t != null; t = next()) {
            tokens.add(t);
            if (t.kind() == Kind.BAD) {
                break;
            }
        }
        return tokens;
    }

    private Token next() {
        String problem = skipSpaceAndComments();
        if (problem != null) {
            return new Token(Kind.BAD, problem, at);
        }
        if (at >= code.length()) {
            return null;
        }
        char c = code.charAt(at);
        int start = at;
        if (c == '\\') {
            return new Token(Kind.BAD, "a backslash (\\) is not allowed", start);
        }
        if (c == '"' || c == '\'') {
            return text(c);
        }
        if (Character.isLetter(c) || c == '_' || c == '$') {
            while (at < code.length() && (Character.isLetterOrDigit(code.charAt(at)) || code.charAt(at) == '_'
                    || code.charAt(at) == '$')) {
                at++;
            }
            return new Token(Kind.WORD, code.substring(start, at), start);
        }
        if (Character.isDigit(c)) {
            return number();
        }
        String two = code.substring(at, Math.min(at + 2, code.length()));
        at += TWO_CHAR_SYMBOLS.contains(two) ? 2 : 1;
        return new Token(Kind.SYMBOL, code.substring(start, at), start);
    }

    private Token text(char quote) {
        int start = at++;
        while (at < code.length() && code.charAt(at) != quote) {
            char c = code.charAt(at);
            if (c == '\\') {
                return new Token(Kind.BAD, "a backslash (\\) is not allowed", at);
            }
            if (c == '\n') {
                break;
            }
            at++;
        }
        if (at >= code.length() || code.charAt(at) != quote) {
            return new Token(Kind.BAD, "a text is not closed: add the closing " + quote, start);
        }
        at++;
        return new Token(Kind.TEXT, code.substring(start, at), start);
    }

    private Token number() {
        int start = at;
        while (at < code.length() && (Character.isDigit(code.charAt(at)) || code.charAt(at) == '.')) {
            at++;
        }
        if (at < code.length() && Character.isLetter(code.charAt(at))) {
            return new Token(Kind.BAD, "write numbers with digits only", start);
        }
        return new Token(Kind.NUMBER, code.substring(start, at), start);
    }

    /** Skips white space and comments; returns a problem for a comment that never ends or hides a backslash. */
    private String skipSpaceAndComments() {
        while (at < code.length()) {
            if (Character.isWhitespace(code.charAt(at))) {
                at++;
            } else if (code.startsWith("//", at)) {
                int end = code.indexOf('\n', at);
                String problem = comment(end < 0 ? code.length() : end);
                if (problem != null) {
                    return problem;
                }
            } else if (code.startsWith("/*", at)) {
                int end = code.indexOf("*/", at + 2);
                if (end < 0) {
                    return "a comment is not closed: add */";
                }
                String problem = comment(end + 2);
                if (problem != null) {
                    return problem;
                }
            } else {
                return null;
            }
        }
        return null;
    }

    private String comment(int end) {
        int backslash = code.indexOf('\\', at);
        if (backslash >= 0 && backslash < end) {
            at = backslash;
            return "a backslash (\\) is not allowed, not even in a comment";
        }
        at = end;
        return null;
    }
}
