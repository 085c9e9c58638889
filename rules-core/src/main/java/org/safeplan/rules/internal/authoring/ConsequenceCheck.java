package org.safeplan.rules.internal.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.safeplan.rules.content.Advice;
import org.safeplan.rules.internal.authoring.Lexer.Kind;
import org.safeplan.rules.internal.authoring.Lexer.Token;

/**
 * The {@code then} part of a rule. Drools compiles it as Java and runs it as is, so it may only be
 * one or more {@code advice.recommend("an-action-id");} statements, with white space and comments.
 */
final class ConsequenceCheck {

    /** One {@code advice.recommend("id");} statement: the action id and the line it is on. */
    record ActionCall(String actionId, int line) {
    }

    static final String ALLOWED = Advice.GLOBAL_NAME + ".recommend(\"an-action-id\");";

    /** The statement's tokens in order; {@code null} stands for the quoted action id. */
    private static final String[] STATEMENT = {Advice.GLOBAL_NAME, ".", "recommend", "(", null, ")", ";"};
    private static final int ACTION_ID = 4;
    private static final int END = 6;
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

    /** The actions recommended, or empty when the then part is refused (the problem is reported). */
    Optional<List<ActionCall>> check(int thenLine) {
        List<Token> tokens = Lexer.tokens(code);
        List<ActionCall> calls = new ArrayList<>();
        for (int start = 0; start < tokens.size(); start += STATEMENT.length) {
            int wrong = mismatch(tokens, start);
            if (wrong >= 0) {
                refuse(tokens, start, wrong);
                return Optional.empty();
            }
            String id = tokens.get(start + ACTION_ID).text();
            calls.add(new ActionCall(id.substring(1, id.length() - 1), line(tokens.get(start))));
        }
        if (calls.isEmpty()) {
            problems.report(thenLine, "the then part recommends nothing: write " + ALLOWED);
        }
        return Optional.of(calls);
    }

    /** The index in {@link #STATEMENT} of the first token that breaks the statement at {@code start}, or -1. */
    private static int mismatch(List<Token> tokens, int start) {
        for (int i = 0; i < STATEMENT.length; i++) {
            if (start + i >= tokens.size()) {
                return i;
            }
            Token t = tokens.get(start + i);
            boolean ok = STATEMENT[i] == null ? t.kind() == Kind.TEXT && t.text().startsWith("\"") : t.is(STATEMENT[i]);
            if (!ok) {
                return i;
            }
        }
        return -1;
    }

    private void refuse(List<Token> tokens, int start, int wrong) {
        Token culprit = start + wrong < tokens.size() ? tokens.get(start + wrong) : null;
        String hint = culprit != null && culprit.kind() == Kind.BAD ? " (" + culprit.text() + ")"
                : wrong == ACTION_ID ? " (write the action id in double quotes)"
                : wrong == END ? " (end each statement with ;)" : "";
        problems.report(line(tokens.get(start)), "after then, only " + ALLOWED + " is allowed, not: "
                + statement(tokens, start) + hint);
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
