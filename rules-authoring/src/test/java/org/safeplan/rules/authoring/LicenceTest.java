package org.safeplan.rules.authoring;

import org.junit.jupiter.api.Test;
import org.safeplan.rules.LicenceFiles;

/** The authoring jar carries the project's licence and notice, as at the root of the project. */
class LicenceTest {

    @Test
    void theJarCarriesTheApacheLicenceAndTheNotice() throws Exception {
        LicenceFiles.check(ContentValidator.class);
    }
}
