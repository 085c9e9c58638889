package org.safeplan.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.authoring.ExpectedAction;
import org.safeplan.rules.authoring.Scenario;
import org.safeplan.rules.authoring.ScenarioFile;

/**
 * Runs every regression scenario in {@code rules-content/scenarios}. A change of advice fails
 * here until the expected advice is updated on purpose:
 * {@code mvn -pl rules-content -am test -Dsafeplan.updateScenarios=true}, then review the diff.
 */
class RegressionScenariosTest {

    private static final Path FOLDER = Path.of("scenarios");
    private static final boolean UPDATE = Boolean.getBoolean("safeplan.updateScenarios");
    private static final SafetyAdvisor ADVISOR = SafetyAdvisor.create();
    private static final List<Scenario> SCENARIOS = ScenarioFile.readFolder(FOLDER);

    @TestFactory
    Stream<DynamicTest> eachScenarioGivesItsExpectedAdvice() {
        return SCENARIOS.stream().map(s -> DynamicTest.dynamicTest(s.location() + " " + s.name(), () -> {
            List<ExpectedAction> actual = Scenario.actual(ADVISOR.advise(s.situation()));
            if (!UPDATE) {
                assertEquals(lines(s.expected()), lines(actual), () -> "Advice changed for scenario \"" + s.name()
                        + "\" (" + s.location() + "). If the change is intended, run with"
                        + " -Dsafeplan.updateScenarios=true and review the diff.");
            }
        }));
    }

    private static String lines(List<ExpectedAction> actions) {
        return actions.stream().map(ExpectedAction::toString).collect(Collectors.joining("\n"));
    }

    /**
     * Every rule shows in the complete list of some scenario: one that recommends in {@code firedBy}, an
     * ordering rule in {@code placedBy}, a caution rule by its caution travelling with some action.
     */
    @Test
    void everyRuleFiresInSomeScenario() {
        Set<String> fired = new TreeSet<>();
        Set<String> cautions = new TreeSet<>();
        for (Scenario s : SCENARIOS) {
            for (Recommendation r : ADVISOR.advise(s.situation(), AdviceOptions.complete()).recommendations()) {
                fired.addAll(r.firedBy());
                fired.addAll(r.placedBy());
                r.cautions().forEach(c -> cautions.add(c.id()));
            }
        }
        ContentFiles.cautionsByRule().forEach((rule, caution) -> {
            if (cautions.contains(caution)) {
                fired.add(rule);
            }
        });
        Set<String> neverFired = new TreeSet<>(ADVISOR.ruleIds());
        neverFired.removeAll(fired);
        assertThat(neverFired).as("rules that fire in no regression scenario: add a scenario for each").isEmpty();
    }

    @Test
    void updatesExpectedAdviceWhenAsked() throws IOException {
        if (!UPDATE) {
            return;
        }
        Map<String, Map<String, List<ExpectedAction>>> byFile = new LinkedHashMap<>();
        for (Scenario s : SCENARIOS) {
            byFile.computeIfAbsent(s.file(), f -> new LinkedHashMap<>())
                    .put(s.name(), Scenario.actual(ADVISOR.advise(s.situation())));
        }
        for (var entry : byFile.entrySet()) {
            Path file = Path.of(entry.getKey());
            String before = Files.readString(file, StandardCharsets.UTF_8);
            String after = ScenarioFile.withExpected(entry.getKey(), before, entry.getValue());
            if (!after.equals(before)) {
                Files.writeString(file, after, StandardCharsets.UTF_8);
                System.out.println("updated expected advice in " + file);
            }
        }
    }
}
