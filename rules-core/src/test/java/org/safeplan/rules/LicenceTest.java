package org.safeplan.rules;

import org.junit.jupiter.api.Test;

/** The library's own jar carries the project's licence and notice, as at the root of the project. */
class LicenceTest {

    @Test
    void theJarCarriesTheApacheLicenceAndTheNotice() throws Exception {
        LicenceFiles.check(SafetyAdvisor.class);
    }
}
