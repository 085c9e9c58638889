package org.safeplan.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.safeplan.rules.PublicApi;

/** rules-authoring's public API, type by type, with no engine, JSON or YAML type in it. */
class AuthoringApiTest {

    @Test
    void theseTypesAndNoThirdPartyTypeInThem() throws Exception {
        var types = PublicApi.types(ContentValidator.class);
        assertThat(types).extracting(Class::getSimpleName).containsExactlyInAnyOrder("ContentDiff", "ContentProblem",
                "ContentValidator", "DiffReport", "ExpectedAction", "GuidanceInventory", "RuleChange", "Scenario",
                "ScenarioFile", "SituationDiff", "SituationSpace", "Translations", "ValidationReport");
        assertThat(types).allMatch(t -> t.getPackageName().equals("org.safeplan.rules.authoring"));
        assertThat(PublicApi.leaks(types)).isEmpty();
    }
}
