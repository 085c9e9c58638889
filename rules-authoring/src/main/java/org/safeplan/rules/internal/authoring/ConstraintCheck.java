package org.safeplan.rules.internal.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.safeplan.rules.internal.Suggestions;
import org.safeplan.rules.internal.authoring.Lexer.Kind;
import org.safeplan.rules.internal.authoring.Lexer.Token;

/**
 * One constraint of a condition, such as {@code location in (Location.KITCHEN, Location.GARAGE)}:
 * only fields of the fact, texts, numbers, {@code true}, {@code false}, {@code null}, value-list
 * constants written {@code Type.CONSTANT}, {@code $bindings}, comparisons, {@code &&}, {@code ||},
 * {@code !}, {@code in}, {@code not in}, {@code contains}, {@code not contains} and brackets.
 * Anything else could run Java code and is refused.
 */
final class ConstraintCheck {

    private static final Set<String> KEYWORDS = Set.of("in", "not", "contains", "true", "false", "null");
    private static final Set<String> SYMBOLS = Set.of("==", "!=", "<", ">", "<=", ">=", "&&", "||", "!", "(", ")", ",", ":");
    private static final Set<String> CALCULATIONS = Set.of("+", "-", "*", "/", "%");
    private static final Set<String> DROOLS_OPERATORS = Set.of("matches", "memberOf", "soundslike", "excludes", "str",
            "after", "before", "coincides", "during", "includes", "finishes", "finishedby", "meets", "metby",
            "overlaps", "overlappedby", "starts", "startedby", "instanceof");
    private static final String ALLOWED = "compare a field with a value, such as location == Location.KITCHEN";

    private final Class<?> fact;
    private final Imports imports;
    /** Fields of the fact a rule may not read: where the person is, when jurisdiction packs say what is there. */
    private final Set<String> refusedFields;

    ConstraintCheck(Class<?> fact, Imports imports, Set<String> refusedFields) {
        this.fact = fact;
        this.imports = imports;
        this.refusedFields = refusedFields;
    }

    /** The first problem of the constraint, with the offset it is at, if any. */
    Optional<Token> check(String constraint) {
        List<Token> tokens = Lexer.tokens(constraint);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String problem = switch (t.kind()) {
                case BAD -> t.text();
                case TEXT, NUMBER -> null;
                case SYMBOL -> symbolProblem(t.text());
                case WORD -> {
                    List<String> name = dottedName(tokens, i);
                    i += 2 * (name.size() - 1);
                    yield wordProblem(name, i + 1 < tokens.size() && tokens.get(i + 1).is("("));
                }
            };
            if (problem != null) {
                return Optional.of(new Token(Kind.BAD, problem, t.offset()));
            }
        }
        return Optional.empty();
    }

    private static List<String> dottedName(List<Token> tokens, int start) {
        List<String> parts = new ArrayList<>(List.of(tokens.get(start).text()));
        for (int i = start + 1; i + 1 < tokens.size() && tokens.get(i).is(".")
                && tokens.get(i + 1).kind() == Kind.WORD; i += 2) {
            parts.add(tokens.get(i + 1).text());
        }
        return parts;
    }

    private static String symbolProblem(String symbol) {
        if (SYMBOLS.contains(symbol)) {
            return null;
        }
        if (symbol.equals("=")) {
            return "to compare, write == instead of =";
        }
        if (CALCULATIONS.contains(symbol)) {
            return "calculating or joining values (" + symbol + ") is not allowed in conditions: " + ALLOWED;
        }
        return "\"" + symbol + "\" is not allowed in conditions: " + ALLOWED;
    }

    private String wordProblem(List<String> name, boolean called) {
        String written = String.join(".", name);
        if (called && !written.equals("in")) {
            return "calling " + written + "(...) is not allowed in conditions: " + ALLOWED;
        }
        if (name.size() == 1) {
            return singleWordProblem(written);
        }
        if (name.size() == 2) {
            return valueProblem(name.get(0), name.get(1), written);
        }
        return "\"" + written + "\" is not allowed in conditions: write a value as List.VALUE, such as Location.KITCHEN";
    }

    private String singleWordProblem(String word) {
        if (KEYWORDS.contains(word) || word.startsWith("$")) {
            return null;
        }
        if (DROOLS_OPERATORS.contains(word)) {
            return "the operator \"" + word + "\" is not allowed: use ==, !=, <, >, <=, >=, in, not in, contains"
                    + " or not contains";
        }
        if (word.equals("new") || word.equals("this")) {
            return "\"" + word + "\" is not allowed in conditions: " + ALLOWED;
        }
        Set<String> fields = FactModel.fields(fact);
        if (refusedFields.contains(word)) {
            return "rules do not test the " + word + ": test what the jurisdiction provides instead, such as"
                    + " Jurisdiction( silentCall == true ) or Jurisdiction( disclosureScheme == Availability.HERE ),"
                    + " so that a jurisdiction pack changes the advice without a rule edit (docs/extending.md)";
        }
        if (fields.contains(word)) {
            return null;
        }
        return fact.getSimpleName() + " has no field \"" + word + "\"" + Suggestions.didYouMean(word, fields);
    }

    private String valueProblem(String list, String constant, String written) {
        if (list.startsWith("$") || FactModel.fields(fact).contains(list)) {
            return "\"" + written + "\": reading a field of a field or of a binding is not allowed: " + ALLOWED;
        }
        Optional<Class<?>> type = FactModel.enumType(list);
        if (type.isEmpty()) {
            List<String> lists = FactModel.simpleNames(FactModel.ENUMS);
            return "\"" + written + "\": " + list + " is not a list of values" + Suggestions.didYouMean(list, lists)
                    + "; the lists are " + String.join(", ", lists);
        }
        List<String> constants = FactModel.constants(type.get());
        if (!constants.contains(constant)) {
            return list + " has no value " + constant + Suggestions.didYouMean(constant, constants)
                    + "; its values are " + String.join(", ", constants);
        }
        if (!imports.cover(type.get())) {
            return list + " is not imported: add \"" + Imports.lineFor(type.get()) + "\" at the top of the file";
        }
        return null;
    }
}
