package org.safeplan.rules.internal.authoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.GlobalDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DroolsParserException;
import org.safeplan.rules.internal.Suggestions;
import org.safeplan.rules.internal.authoring.RuleCheck.CheckedRule;

/**
 * One rule file, read with the parser the build uses, then checked for what a content file may
 * hold: a package line, imports of the fact model, the {@code advice} global and rules. No
 * functions, declarations, queries or file-wide settings: they are Java code or change how the
 * engine runs.
 */
final class DrlFile {

    private final String file;
    private final String text;
    private final Findings findings;
    /** Whether the content has jurisdiction packs: its rules may then not test country codes. */
    private final boolean packs;

    DrlFile(String file, String text, Findings findings, boolean packs) {
        this.file = file;
        this.text = text;
        this.findings = findings;
        this.packs = packs;
    }

    /** The file's rules, or empty when it cannot be parsed or holds a backslash (the problems are reported). */
    Optional<List<CheckedRule>> check(String expectedPackage) {
        if (hasBackslashes()) {
            return Optional.empty();
        }
        return parse().map(pkg -> {
            packageLine(pkg, expectedPackage);
            Imports imports = imports(pkg);
            globals(pkg);
            refuseCode(pkg);
            return rules(pkg, imports);
        });
    }

    /** Everything in a file, besides rules, that is code or changes how the engine runs. */
    private void refuseCode(PackageDescr pkg) {
        refuseAll(pkg.getFunctions(), f -> "function " + f.getName() + " is not allowed: a function is Java code");
        refuseAll(pkg.getFunctionImports(), i -> "import function is not allowed: rules may not call Java");
        refuseAll(pkg.getAccumulateImports(), i -> "import accumulate is not allowed: rules may not call Java");
        refuseAll(pkg.getClassAndEnumDeclarationDescrs(), d -> "declare " + d.getTypeName()
                + " is not allowed: rules use only Situation and Recommended");
        refuseAll(pkg.getEntryPointDeclarations(), d -> "declare entry-point is not allowed");
        refuseAll(pkg.getWindowDeclarations(), d -> "declare window is not allowed");
        refuseAll(pkg.getAttributes(), Settings::refusal);
        if (pkg.getUnit() != null) {
            findings.add(file, line(pkg.getUnit(), 1), "unit is not allowed: a content file holds rules only");
        }
    }

    /**
     * Reports every line with a backslash. The Java compiler turns a backslash-u escape (the one for
     * a quote, say) into its character before anything else, and Drools copies rule names, ids and
     * code into generated Java: a backslash anywhere, even in a rule's name, could hide code.
     * Content never needs one.
     */
    private boolean hasBackslashes() {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].indexOf('\\') >= 0) {
                findings.add(file, i + 1, "a backslash (\\) is not allowed in a rule file: Java reads \\u0022 as a"
                        + " quote, so it could hide code; remove it");
            }
        }
        return text.indexOf('\\') >= 0;
    }

    /** Parses with {@link RuleParser}; syntax errors become findings. */
    private Optional<PackageDescr> parse() {
        try {
            RuleParser.Parsed parsed = RuleParser.parse(text);
            if (parsed.pkg() == null) {
                SyntaxErrors.report(file, parsed.errors(), findings);
                return Optional.empty();
            }
            return Optional.of(parsed.pkg());
        } catch (DroolsParserException e) {
            findings.add(file, 0, "cannot be read as a rule file: " + e.getMessage());
            return Optional.empty();
        }
    }

    private void packageLine(PackageDescr pkg, String expected) {
        if (pkg.getName() == null || pkg.getName().isBlank()) {
            findings.add(file, 1, "no package line: start the file with \"package " + expected + "\"");
        } else if (!pkg.getName().equals(expected)) {
            findings.add(file, line(pkg, 1), "package " + pkg.getName() + " should be " + expected
                    + ", the rules folder named in content.yaml");
        }
    }

    private Imports imports(PackageDescr pkg) {
        List<String> allowed = FactModel.importable().stream().map(Class::getName).toList();
        List<String> targets = new ArrayList<>();
        for (ImportDescr i : pkg.getImports()) {
            String target = i.getTarget();
            targets.add(target);
            boolean wildcard = target.endsWith(".*") && FactModel.PACKAGES.contains(target.substring(0, target.length() - 2));
            if (!wildcard && !allowed.contains(target)) {
                findings.add(file, line(i, 1), "import " + target + " is not allowed"
                        + Suggestions.didYouMean(target, allowed) + ": rules may only import "
                        + String.join(", ", FactModel.simpleNames(FactModel.importable())) + " from "
                        + String.join(" and ", FactModel.PACKAGES));
            }
        }
        return new Imports(targets);
    }

    private void globals(PackageDescr pkg) {
        for (GlobalDescr g : pkg.getGlobals()) {
            if (!("global " + g.getType() + " " + g.getIdentifier()).equals(FactModel.GLOBAL)) {
                findings.add(file, line(g, 1), "global " + g.getType() + " " + g.getIdentifier() + " is not allowed:"
                        + " the only global is \"" + FactModel.GLOBAL + "\"");
            }
        }
    }

    private List<CheckedRule> rules(PackageDescr pkg, Imports imports) {
        RuleCheck check = new RuleCheck(file, text, imports, findings, packs);
        List<CheckedRule> rules = new ArrayList<>();
        for (RuleDescr rule : pkg.getRules()) {
            if (rule instanceof QueryDescr) {
                findings.add(file, line(rule, 1), "query " + rule.getName() + " is not allowed: a content file"
                        + " holds rules only");
            } else {
                rules.add(check.check(rule, pkg.getAttributes()));
            }
        }
        return rules;
    }

    private <T extends BaseDescr> void refuseAll(Collection<T> descrs, Function<T, String> why) {
        for (T d : descrs) {
            findings.add(file, line(d, 1), why.apply(d));
        }
    }

    private static int line(BaseDescr descr, int fallback) {
        return descr.getLine() > 0 ? descr.getLine() : fallback;
    }
}
