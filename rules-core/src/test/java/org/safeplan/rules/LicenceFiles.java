package org.safeplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

/** The licence and notice a jar of the project carries, checked against the project's own; shared through the test jar. */
public final class LicenceFiles {

    private LicenceFiles() {
    }

    /** Checks META-INF/LICENSE and META-INF/NOTICE of the classes folder that holds {@code anchor}. */
    public static void check(Class<?> anchor) throws Exception {
        Path classes = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        String licence = Files.readString(classes.resolve("META-INF/LICENSE"));
        assertThat(licence).contains("Apache License", "Version 2.0, January 2004")
                .isEqualTo(Files.readString(Path.of("../LICENSE")));
        assertThat(Files.readString(classes.resolve("META-INF/NOTICE"))).isEqualTo(Files.readString(Path.of("../NOTICE")));
    }
}
