package org.safeplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.ContentSource;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.json.SafePlanJson;

/**
 * This module depends on rules-content alone, as a partner app does, so it gets rules-core's
 * runtime dependencies: neither rules-authoring nor Drools' rule compiler (nor the optional
 * Caffeine). Advice and explanations work with that set (and every regression scenario gives its
 * expected advice with it, {@link RuntimeScenariosTest}), and what needs something else says what
 * to add.
 */
class TrimmedDependenciesTest {

    private static final Situation KITCHEN = SafePlanJson.readSituation(
            "{\"country\":\"GB\",\"immediateDanger\":true,\"perpetratorOnPremises\":true,\"location\":\"KITCHEN\","
                    + "\"canSpeakSafely\":false}");

    @Test
    void theRuleCompilerIsNotOnAPartnersClasspath() {
        for (String compilerClass : new String[] {"org.drools.drl.parser.DrlParser",
                "org.drools.model.codegen.ExecutableModelProject", "org.eclipse.jdt.internal.compiler.Compiler",
                "com.github.javaparser.JavaParser"}) {
            assertThatThrownBy(() -> Class.forName(compilerClass)).isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Test
    void advisesAndExplainsWithoutIt() {
        SafetyAdvisor advisor = SafetyAdvisor.create();
        var guidance = advisor.advise(KITCHEN);
        assertThat(guidance.recommendations()).isNotEmpty();
        assertThat(guidance.recommendations().get(0).urgency().name()).isEqualTo("IMMEDIATE");
        assertThat(advisor.explain(KITCHEN).guidance().recommendations())
                .extracting(r -> r.actionId() + " " + r.because().size())
                .containsExactlyElementsOf(advisor.advise(KITCHEN, AdviceOptions.complete()).recommendations().stream()
                        .map(r -> r.actionId() + " " + r.firedBy().size()).toList());
        assertThat(SafePlanJson.writeGuidance(guidance)).contains("Call 999").doesNotContain("911");
    }

    @Test
    void aMemoWithoutCaffeineSaysWhatToAdd() {
        assertThatThrownBy(() -> SafetyAdvisor.builder().memoize(16))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("com.github.ben-manes.caffeine:caffeine");
        assertThat(SafetyAdvisor.builder().memoize(0).build().advise(KITCHEN)).isNotNull();
    }

    @Test
    void theAuthoringToolsAreNotOnAPartnersClasspath() {
        assertThatThrownBy(() -> Class.forName("org.safeplan.rules.authoring.ContentValidator"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void loadingAContentFolderSaysWhatToAdd() {
        Path folder = Path.of("../../rules-content/src/main/resources");
        assertThatThrownBy(() -> SafetyAdvisor.create(ContentSource.folder(folder)))
                .isInstanceOf(ContentException.class)
                .hasMessage("Loading a content folder checks and compiles its rule files, which needs"
                        + " org.safeplan:rules-authoring (the version of rules-core): add that dependency."
                        + " Apps that only advise on precompiled content (rules-content) do not need it.");
    }
}
