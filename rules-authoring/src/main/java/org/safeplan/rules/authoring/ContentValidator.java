package org.safeplan.rules.authoring;

import java.nio.file.Path;
import java.util.List;
import org.safeplan.rules.internal.authoring.ContentCheck;

/**
 * Checks a content folder the way the build would use it, without building it: rule files, the
 * action catalog, jurisdiction data, the guidance inventory and the out-of-scope list.
 *
 * <p>Drools has no sandbox: a rule file can run any Java inside the application that loads it.
 * So besides syntax and consistency, the validator allows rules only the shape content needs:
 * conditions over {@code Situation}, {@code Jurisdiction} and {@code Recommended} facts that compare
 * fields with values (with jurisdiction packs, never the country or region: what the jurisdiction provides),
 * and consequences that only call {@code advice.recommend("an-action-id");}.
 *
 * <pre>{@code
 * ValidationReport report = ContentValidator.validate(Path.of("rules-content/src/main/resources"));
 * if (!report.isValid()) {
 *     System.out.println(report);   // one file:line: message per line
 * }
 * }</pre>
 */
public final class ContentValidator {

    private ContentValidator() {
    }

    /**
     * Checks the content folder that holds {@code META-INF/safeplan/content.yaml} (for the bundled
     * content, {@code rules-content/src/main/resources}) and reports every problem found. Never
     * throws for bad content: a missing or unreadable file is itself a problem in the report.
     */
    public static ValidationReport validate(Path contentFolder) {
        return validate(contentFolder, List.of());
    }

    /**
     * Checks the content folder as {@link #validate(Path)} does, and partners' jurisdiction packs
     * added to it as {@code SafetyAdvisor.builder().jurisdictions(...)} adds them: each pack's form
     * (the JSON Schema {@code org/safeplan/rules/schema/jurisdiction-pack.schema.json}), a pack for a
     * country the content has without {@code overrides: true}, the catalog's texts filled with its
     * values; warnings for a pack past its {@code reviewBy} date and a number libphonenumber does not
     * know for the pack's country.
     *
     * @param jurisdictionPacks pack files (YAML); may be empty
     */
    public static ValidationReport validate(Path contentFolder, List<Path> jurisdictionPacks) {
        ContentCheck.Result result = ContentCheck.check(contentFolder, List.copyOf(jurisdictionPacks), true);
        return new ValidationReport(result.problems(), result.warnings());
    }
}
