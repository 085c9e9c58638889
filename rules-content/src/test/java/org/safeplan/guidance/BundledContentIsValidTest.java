package org.safeplan.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.authoring.ContentValidator;
import org.safeplan.rules.authoring.ValidationReport;

/**
 * The content passes {@code safeplan validate}: the build stops here, before packaging, when a rule
 * file, the catalog, the jurisdictions, the inventory or the out-of-scope list has a problem.
 */
class BundledContentIsValidTest {

    @Test
    void theBundledContentHasNoProblem() {
        ValidationReport report = ContentValidator.validate(Path.of("src/main/resources"));
        assertThat(report.isValid())
                .as("the content has problems (run: java -jar examples/cli/target/safeplan-cli.jar validate):%n%s", report)
                .isTrue();
    }
}
