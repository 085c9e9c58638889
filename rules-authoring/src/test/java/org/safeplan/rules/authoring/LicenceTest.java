package org.safeplan.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The authoring jar carries the project's licence and notice, as at the root of the project. */
class LicenceTest {

    @Test
    void theJarCarriesTheApacheLicenceAndTheNotice() throws Exception {
        Path classes = Path.of(ContentValidator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String licence = Files.readString(classes.resolve("META-INF/LICENSE"));
        assertThat(licence).contains("Apache License", "Version 2.0, January 2004")
                .isEqualTo(Files.readString(Path.of("../LICENSE")));
        assertThat(Files.readString(classes.resolve("META-INF/NOTICE"))).isEqualTo(Files.readString(Path.of("../NOTICE")));
    }
}
