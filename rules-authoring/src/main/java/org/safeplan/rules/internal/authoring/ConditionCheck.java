package org.safeplan.rules.internal.authoring;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalBranchDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.EntryPointDescr;
import org.drools.drl.ast.descr.EvalDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ForallDescr;
import org.drools.drl.ast.descr.FromDescr;
import org.drools.drl.ast.descr.NamedConsequenceDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.PatternSourceDescr;
import org.safeplan.rules.Situation;
import org.safeplan.rules.internal.Suggestions;
import org.safeplan.rules.internal.authoring.Lexer.Token;

/**
 * The {@code when} part of a rule. Drools runs Java in conditions too, so only patterns over the
 * facts ({@code Situation(...)}, {@code Recommended(...)}, optionally bound to a {@code $name}),
 * combined with {@code not}, {@code exists}, {@code and} and {@code or}, are allowed.
 */
final class ConditionCheck {

    private static final String SHAPE = "conditions may only be Situation(...), Jurisdiction(...) and Recommended(...),"
            + " combined with not, exists, and, or";

    /**
     * The situation's fields that say where the person is. With jurisdiction packs, rules read what
     * the jurisdiction provides instead, so that a new pack changes the advice without a rule edit.
     */
    static final Set<String> WHERE_FIELDS = Set.of("country", "region");

    private final Imports imports;
    private final RuleProblems problems;
    private final boolean packs;

    /** {@code packs}: the content has jurisdiction packs, and a rule may not test a country or region code. */
    ConditionCheck(Imports imports, RuleProblems problems, boolean packs) {
        this.imports = imports;
        this.problems = problems;
        this.packs = packs;
    }

    void check(AndDescr when, int ruleLine) {
        if (when != null) {
            element(when, ruleLine);
        }
    }

    private void element(BaseDescr element, int outerLine) {
        int line = lineOr(element, outerLine);
        if (element instanceof AndDescr || element instanceof OrDescr || element instanceof NotDescr
                || element instanceof ExistsDescr) {
            for (BaseDescr child : ((ConditionalElementDescr) element).getDescrs()) {
                element(child, line);
            }
        } else if (element instanceof PatternDescr pattern) {
            pattern(pattern, line);
        } else {
            problems.report(line, refused(element));
        }
    }

    private static String refused(BaseDescr element) {
        if (element instanceof EvalDescr) {
            return "eval(...) is not allowed: it runs Java code; " + SHAPE;
        }
        if (element instanceof ForallDescr) {
            return "forall is not allowed: " + SHAPE;
        }
        if (element instanceof ConditionalBranchDescr || element instanceof NamedConsequenceDescr) {
            return "if ... do[...] and break[...] are not allowed: write a separate rule instead";
        }
        return "\"" + keyword(element) + "\" is not allowed: " + SHAPE;
    }

    private static String keyword(BaseDescr element) {
        return element.getClass().getSimpleName().replace("Descr", "").toLowerCase(Locale.ROOT);
    }

    private void pattern(PatternDescr pattern, int line) {
        Optional<Class<?>> fact = FactModel.fact(pattern.getObjectType());
        if (fact.isEmpty()) {
            problems.report(line, "conditions can only match Situation, Jurisdiction or Recommended, not \"" + pattern.getObjectType()
                    + "\"" + Suggestions.didYouMean(pattern.getObjectType(), FactModel.simpleNames(FactModel.FACTS)));
            return;
        }
        if (!pattern.getObjectType().contains(".") && !imports.cover(fact.get())) {
            problems.report(line, fact.get().getSimpleName() + " is not imported: add \""
                    + Imports.lineFor(fact.get()) + "\" at the top of the file");
        }
        if (pattern.getSource() != null) {
            problems.report(line, source(pattern.getSource()));
        }
        if (pattern.isQuery() || !pattern.getBehaviors().isEmpty()) {
            problems.report(line, "queries and windows are not allowed: " + SHAPE);
        }
        for (AnnotationDescr annotation : pattern.getAnnotations()) {
            problems.report(line, "@" + annotation.getName() + " is not allowed on a condition");
        }
        ConstraintCheck constraints = new ConstraintCheck(fact.get(), imports,
                packs && fact.get() == Situation.class ? WHERE_FIELDS : Set.of());
        for (BaseDescr constraint : pattern.getDescrs()) {
            constraint(constraints, constraint, line);
        }
    }

    private static String source(PatternSourceDescr source) {
        String what = source instanceof FromDescr ? "from"
                : source instanceof AccumulateDescr ? "accumulate"
                : source instanceof CollectDescr ? "collect"
                : source instanceof EntryPointDescr ? "entry-point" : keyword(source);
        return "\"" + what + "\" is not allowed: it can run code or read facts other than the situation; "
                + "match Situation(...) or Recommended(...) directly";
    }

    private void constraint(ConstraintCheck constraints, BaseDescr constraint, int patternLine) {
        int line = lineOr(constraint, patternLine);
        if (!(constraint instanceof ExprConstraintDescr expr)) {
            problems.report(line, "\"" + keyword(constraint) + "\" is not allowed in a condition");
            return;
        }
        if (expr.getType() == ExprConstraintDescr.Type.POSITIONAL) {
            problems.report(line, "write each constraint as a field compared with a value, such as location == Location.KITCHEN,"
                    + " separated by commas (not \";\")");
            return;
        }
        Optional<Token> problem = constraints.check(expr.getExpression());
        problem.ifPresent(p -> problems.report(Lexer.lineOf(expr.getExpression(), p.offset(), line), p.text()));
    }

    private static int lineOr(BaseDescr descr, int fallback) {
        return descr.getLine() > 0 ? descr.getLine() : fallback;
    }
}
