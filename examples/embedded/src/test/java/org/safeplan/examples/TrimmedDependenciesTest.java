package org.safeplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.ContentSource;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.safeplan.rules.authoring.ContentValidator;
import org.safeplan.rules.authoring.Scenario;
import org.safeplan.rules.authoring.ScenarioFile;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.json.SafePlanJson;

/**
 * This module depends on rules-content alone, as a partner app does, so it gets rules-core's
 * runtime dependencies without the optional rule compiler (nor the optional Caffeine). Advice and
 * explanations work with that set — every regression scenario gives its expected advice here too,
 * as in rules-content's own tests, which run with the compiler — and what needs something optional
 * says what to add.
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
    void everyRegressionScenarioGivesItsExpectedAdviceHereToo() {
        List<Scenario> scenarios = ScenarioFile.readFolder(Path.of("../../rules-content/scenarios"));
        assertThat(scenarios).hasSizeGreaterThan(100);
        SafetyAdvisor advisor = SafetyAdvisor.create();
        for (Scenario s : scenarios) {
            assertThat(Scenario.actual(advisor.advise(s.situation())))
                    .as("%s %s", s.location(), s.name())
                    .isEqualTo(s.expected());
        }
    }

    @Test
    void aMemoWithoutCaffeineSaysWhatToAdd() {
        assertThatThrownBy(() -> SafetyAdvisor.builder().memoize(16))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("com.github.ben-manes.caffeine:caffeine");
        assertThat(SafetyAdvisor.builder().memoize(0).build().advise(KITCHEN)).isNotNull();
    }

    @Test
    void compilingRuleFilesSaysWhatToAdd() {
        Path folder = Path.of("../../rules-content/src/main/resources");
        assertThatThrownBy(() -> SafetyAdvisor.create(ContentSource.folder(folder)))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("Loading a content folder")
                .hasMessageContaining("org.drools:drools-engine");
        assertThatThrownBy(() -> ContentValidator.validate(folder))
                .isInstanceOf(ContentException.class)
                .hasMessageContaining("org.drools:drools-engine");
    }
}
