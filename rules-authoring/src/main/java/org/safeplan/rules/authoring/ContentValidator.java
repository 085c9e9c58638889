package org.safeplan.rules.authoring;

import java.nio.file.Path;
import org.safeplan.rules.internal.authoring.ContentCheck;

/**
 * Checks a content folder the way the build would use it, without building it: rule files, the
 * action catalog, jurisdiction data, the guidance inventory and the out-of-scope list.
 *
 * <p>Drools has no sandbox: a rule file can run any Java inside the application that loads it.
 * So besides syntax and consistency, the validator allows rules only the shape content needs:
 * conditions over {@code Situation} and {@code Recommended} facts that compare fields with values,
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
        return new ValidationReport(ContentCheck.run(contentFolder));
    }
}
