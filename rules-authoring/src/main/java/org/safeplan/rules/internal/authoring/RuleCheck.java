package org.safeplan.rules.internal.authoring;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.safeplan.rules.internal.authoring.ConsequenceCheck.Call;

/**
 * One rule: its {@code @id} and {@code @version}, no settings (attributes) or other annotations,
 * then its conditions and its consequence.
 */
final class RuleCheck {

    /**
     * What the checks across rules and files need to know about a rule.
     *
     * @param id null when the rule has none
     * @param calls the rule's statements (recommend, caution, ordering); empty when its then part was refused
     */
    record CheckedRule(String file, int line, String name, String id, Optional<List<Call>> calls) {
    }

    /**
     * An annotation every rule needs. Its value must be a text in quotes: Drools may run an unquoted
     * value as code when it compiles DRL at run time.
     */
    private record Required(String name, Pattern form, String description, String example) {
    }

    private static final Required ID = new Required("id", Pattern.compile("\"[^\"\\\\]+\""),
            "a short stable name in double quotes", "@id(\"danger-kitchen\")");
    private static final Required VERSION = new Required("version", Pattern.compile("\"[1-9][0-9]*\""),
            "a whole number in double quotes", "@version(\"1\")");
    private static final Set<String> ANNOTATIONS = Set.of(ID.name(), VERSION.name());

    private final String file;
    private final String text;
    private final Imports imports;
    private final Findings findings;
    private final boolean packs;

    /**
     * {@code text}: the whole rule file, to find the lines of consequences; {@code packs}: the
     * content has jurisdiction packs, so rules test what a jurisdiction provides, not country codes.
     */
    RuleCheck(String file, String text, Imports imports, Findings findings, boolean packs) {
        this.file = file;
        this.text = text;
        this.imports = imports;
        this.findings = findings;
        this.packs = packs;
    }

    /** Checks a rule; {@code inherited} are the file's own settings, which every rule carries too. */
    CheckedRule check(RuleDescr rule, List<AttributeDescr> inherited) {
        RuleProblems problems = new RuleProblems(findings, file, rule.getName());
        String id = annotation(rule, ID, problems);
        annotation(rule, VERSION, problems);
        for (AnnotationDescr annotation : rule.getAnnotations()) {
            if (!ANNOTATIONS.contains(annotation.getName())) {
                problems.report(rule.getLine(), "@" + annotation.getName() + " is not allowed: a rule has only @id and @version");
            }
        }
        for (AttributeDescr attribute : rule.getAttributes().values()) {
            if (inherited.stream().noneMatch(a -> a.getName().equals(attribute.getName()) && a.getLine() == attribute.getLine())) {
                problems.report(attribute.getLine() > 0 ? attribute.getLine() : rule.getLine(), Settings.refusal(attribute));
            }
        }
        if (!rule.getNamedConsequences().isEmpty()) {
            problems.report(rule.getLine(), "then[" + String.join("], then[", rule.getNamedConsequences().keySet())
                    + "] is not allowed: a rule has one then part");
        }
        new ConditionCheck(imports, problems, packs).check(rule.getLhs(), rule.getLine());
        String consequence = rule.getConsequence() == null ? "" : rule.getConsequence().toString();
        Optional<List<Call>> calls = new ConsequenceCheck(consequence, consequenceLine(rule), problems)
                .check(rule.getConsequenceLine());
        return new CheckedRule(file, rule.getLine(), rule.getName(), id, calls);
    }

    /** The annotation's value without quotes, or null after reporting that it is missing or malformed. */
    private static String annotation(RuleDescr rule, Required required, RuleProblems problems) {
        AnnotationDescr annotation = rule.getAnnotation(required.name());
        Object value = annotation == null ? null : annotation.getSingleValue();
        if (value == null) {
            problems.report(rule.getLine(), "no @" + required.name() + ": add " + required.description() + ", such as "
                    + required.example() + ", after the rule name");
            return null;
        }
        if (!required.form().matcher(value.toString()).matches()) {
            problems.report(rule.getLine(), "@" + required.name() + "(" + value + ") must be " + required.description()
                    + ", such as " + required.example());
            return null;
        }
        return annotation.getSingleValueStripped().toString();
    }

    /** The line where the consequence starts: the parser gives the line of {@code then}, and trims what follows. */
    private int consequenceLine(RuleDescr rule) {
        int lineStart = 0;
        for (int line = 1; line < rule.getConsequenceLine() && lineStart >= 0; line++) {
            lineStart = text.indexOf('\n', lineStart) + 1;
        }
        int at = text.indexOf("then", lineStart);
        if (at < 0) {
            return rule.getConsequenceLine();
        }
        at += "then".length();
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return Lexer.lineOf(text, at, 1);
    }
}
