package org.safeplan.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.authoring.Scenario;
import org.safeplan.rules.authoring.ScenarioFile;

/**
 * Every regression scenario gives its expected advice on a partner's runtime too, as in
 * rules-content's own tests, which run with the rule compiler. Runs in a surefire execution of its
 * own: rules-authoring's classes are there to read the scenarios, none of its dependencies.
 */
class RuntimeScenariosTest {

    @Test
    void everyRegressionScenarioGivesItsExpectedAdviceHereToo() {
        assertThatThrownBy(() -> Class.forName("org.drools.drl.parser.DrlParser"))
                .isInstanceOf(ClassNotFoundException.class);
        List<Scenario> scenarios = ScenarioFile.readFolder(Path.of("../../rules-content/scenarios"));
        assertThat(scenarios).hasSizeGreaterThan(100);
        SafetyAdvisor advisor = SafetyAdvisor.create();
        for (Scenario s : scenarios) {
            assertThat(Scenario.actual(advisor.advise(s.situation(), s.options())))
                    .as("%s %s", s.location(), s.name())
                    .isEqualTo(s.expected());
        }
    }
}
