package org.safeplan.rules.internal.authoring;

import java.util.List;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;

/**
 * The one way rule files are parsed, for validate and diff alike: with the parser the build uses.
 * (The newer DRL10 parser accepts files the build rejects, such as a condition with a missing
 * closing bracket.)
 */
final class RuleParser {

    /**
     * A rule file, parsed.
     *
     * @param pkg the file's package, or null when it has errors
     * @param errors the parser's errors; empty when it has none
     */
    record Parsed(PackageDescr pkg, List<DroolsError> errors) {
    }

    private RuleParser() {
    }

    /** Parses the text of a rule file. */
    static Parsed parse(String text) throws DroolsParserException {
        DrlParser parser = new DrlParser(DrlParser.DEFAULT_LANGUAGE_LEVEL);
        PackageDescr pkg = parser.parse(null, text);
        if (parser.hasErrors() || pkg == null) {
            return new Parsed(null, List.copyOf(parser.getErrors()));
        }
        return new Parsed(pkg, List.of());
    }
}
