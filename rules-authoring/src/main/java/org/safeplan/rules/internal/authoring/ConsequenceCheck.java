package org.safeplan.rules.internal.authoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.safeplan.rules.content.Advice;
import org.safeplan.rules.internal.authoring.Lexer.Kind;
import org.safeplan.rules.internal.authoring.Lexer.Token;

/**
 * The {@code then} part of a rule. Drools compiles it as Java and runs it as is, so it may only be
 * calls of the {@link Advice} methods, each with quoted ids, with white space and comments:
 * {@code advice.recommend("id");}, {@code advice.caution("id");}, {@code advice.putFirst("id");}
 * and {@code advice.putBefore("id", "other-id");}.
 */
final class ConsequenceCheck {

    /** What a statement does. */
    enum Method {
        /** Recommends an action. */
        RECOMMEND("recommend", "an-action-id"),
        /** Says a caution applies. */
        CAUTION("caution", "a-caution-id"),
        /** Puts an action first in its urgency. */
        PUT_FIRST("putFirst", "an-action-id"),
        /** Puts an action before another. */
        PUT_BEFORE("putBefore", "an-action-id", "a-later-action-id");

        final String name;
        final List<String> examples;

        Method(String name, String... examples) {
            this.name = name;
            this.examples = List.of(examples);
        }

        String example() {
            return Advice.GLOBAL_NAME + "." + name + "(\"" + String.join("\", \"", examples) + "\");";
        }
    }

    /** One statement: what it does, its quoted ids without the quotes, and the line it is on. */
    record Call(Method method, List<String> ids, int line) {
    }

    /** The allowed statements, for messages. */
    static final String ALLOWED = Arrays.stream(Method.values()).limit(Method.values().length - 1L)
            .map(m -> Advice.GLOBAL_NAME + "." + m.name).collect(Collectors.joining(", "))
            + " or " + Advice.GLOBAL_NAME + "." + Method.PUT_BEFORE.name + " with ids in double quotes, such as "
            + Method.RECOMMEND.example();

    private static final int MAX_SHOWN = 60;

    private final String code;
    private final int firstLine;
    private final RuleProblems problems;

    /** {@code firstLine}: the line of the file where {@code code} starts. */
    ConsequenceCheck(String code, int firstLine, RuleProblems problems) {
        this.code = code;
        this.firstLine = firstLine;
        this.problems = problems;
    }

    /** The statements, or empty when the then part is refused (the problem is reported). */
    Optional<List<Call>> check(int thenLine) {
        List<Token> tokens = Lexer.tokens(code);
        List<Call> calls = new ArrayList<>();
        int start = 0;
        while (start < tokens.size()) {
            Optional<Call> call = parse(tokens, start);
            if (call.isEmpty()) {
                return Optional.empty();
            }
            calls.add(call.get());
            start += 5 + 2 * call.get().ids().size();
        }
        if (calls.isEmpty()) {
            problems.report(thenLine, "the then part does nothing: write " + Method.RECOMMEND.example());
        }
        return Optional.of(calls);
    }

    /** The statement starting at {@code start}: advice . method ( "id" [, "id"] ) ; */
    private Optional<Call> parse(List<Token> tokens, int start) {
        Method method = null;
        if (is(tokens, start, Advice.GLOBAL_NAME) && is(tokens, start + 1, ".") && start + 2 < tokens.size()) {
            String name = tokens.get(start + 2).text();
            method = Arrays.stream(Method.values()).filter(m -> m.name.equals(name)).findFirst().orElse(null);
        }
        if (method == null) {
            return refuse(tokens, start, tokens.size() > start + 2 ? null : "");
        }
        int at = start + 3;
        if (!is(tokens, at++, "(")) {
            return refuse(tokens, start, "");
        }
        String count = " (" + method.example() + " takes " + method.examples.size()
                + (method.examples.size() == 1 ? " id)" : " ids)");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < method.examples.size(); i++) {
            if (i > 0 && !is(tokens, at++, ",")) {
                return refuse(tokens, start, is(tokens, at - 1, ")") ? count : "");
            }
            Token id = at < tokens.size() ? tokens.get(at++) : null;
            if (id == null || id.kind() != Kind.TEXT || !id.text().startsWith("\"")) {
                return refuse(tokens, start, id != null && id.kind() == Kind.BAD ? " (" + id.text() + ")"
                        : " (write each id in double quotes)");
            }
            ids.add(id.text().substring(1, id.text().length() - 1));
        }
        if (!is(tokens, at++, ")")) {
            return refuse(tokens, start, is(tokens, at - 1, ",") ? count : "");
        }
        if (!is(tokens, at, ";")) {
            return refuse(tokens, start, " (end each statement with ;)");
        }
        return Optional.of(new Call(method, ids, line(tokens.get(start))));
    }

    private static boolean is(List<Token> tokens, int index, String text) {
        return index < tokens.size() && tokens.get(index).is(text);
    }

    /** Reports the statement at {@code start}; {@code hint} is null for an unknown statement. */
    private Optional<Call> refuse(List<Token> tokens, int start, String hint) {
        Token first = tokens.get(start);
        String why = hint == null && first.kind() == Kind.BAD ? " (" + first.text() + ")" : hint == null ? "" : hint;
        problems.report(line(first), "after then, only " + ALLOWED + " is allowed, not: " + statement(tokens, start)
                + why);
        return Optional.empty();
    }

    /** The statement's text from its first token to its semicolon (or the end of its line), on one line. */
    private String statement(List<Token> tokens, int start) {
        int from = tokens.get(start).offset();
        int to = code.indexOf('\n', from) < 0 ? code.length() : code.indexOf('\n', from);
        for (int i = start; i < tokens.size(); i++) {
            if (tokens.get(i).is(";")) {
                to = tokens.get(i).offset() + 1;
                break;
            }
        }
        String statement = code.substring(from, to).strip().replaceAll("\\s+", " ");
        return statement.length() <= MAX_SHOWN ? statement : statement.substring(0, MAX_SHOWN) + "…";
    }

    private int line(Token token) {
        return Lexer.lineOf(code, token.offset(), firstLine);
    }
}
