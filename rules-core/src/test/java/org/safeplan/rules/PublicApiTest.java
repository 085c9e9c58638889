package org.safeplan.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** No engine, JSON or YAML library type may appear in the public API: partners must not depend on them. */
class PublicApiTest {

    @Test
    void publicSignaturesUseNoThirdPartyTypes() throws Exception {
        List<Class<?>> classes = PublicApi.types(SafetyAdvisor.class);
        assertThat(classes).contains(SafetyAdvisor.class, Situation.class, Guidance.class, Recommendation.class);
        assertThat(PublicApi.leaks(classes)).isEmpty();
    }

    /**
     * The runtime's public API, type by type: authoring (validate, diff, scenarios) is rules-authoring's.
     * A new public type is a decision, to be made here.
     */
    @Test
    void theRuntimesPublicApiIsTheseTypes() throws Exception {
        assertThat(PublicApi.types(SafetyAdvisor.class)).extracting(Class::getName).containsExactlyInAnyOrder(
                "org.safeplan.rules.AdviceOptions", "org.safeplan.rules.Audience", "org.safeplan.rules.Caution",
                "org.safeplan.rules.ContentSource", "org.safeplan.rules.Explanation", "org.safeplan.rules.Exposure",
                "org.safeplan.rules.Guidance", "org.safeplan.rules.HelpWanted",
                "org.safeplan.rules.InvalidSituationException", "org.safeplan.rules.LanguageFallback",
                "org.safeplan.rules.Languages", "org.safeplan.rules.Location",
                "org.safeplan.rules.PhoneAccess", "org.safeplan.rules.ProtectiveOrder", "org.safeplan.rules.Reason",
                "org.safeplan.rules.Recommendation", "org.safeplan.rules.SafetyAdvisor", "org.safeplan.rules.Situation",
                "org.safeplan.rules.SituationChange", "org.safeplan.rules.TranslationStatus", "org.safeplan.rules.Urgency",
                "org.safeplan.rules.content.Advice", "org.safeplan.rules.content.Availability",
                "org.safeplan.rules.content.ContentException", "org.safeplan.rules.content.Jurisdiction",
                "org.safeplan.rules.content.Recommended",
                "org.safeplan.rules.json.SafePlanJson");
    }

    @Test
    void valueTypesAreFinal() {
        for (Class<?> c : List.of(SafetyAdvisor.class, Situation.class, Guidance.class, Recommendation.class,
                AdviceOptions.class, InvalidSituationException.class, Languages.class)) {
            assertThat(Modifier.isFinal(c.getModifiers())).as(c.getName()).isTrue();
        }
    }
}
