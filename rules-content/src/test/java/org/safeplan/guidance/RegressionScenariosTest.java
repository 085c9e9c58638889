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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
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
    /** A rule's id and a caution it applies: {@code @id("rule") ... advice.caution("caution");} within one rule. */
    private static final Pattern CAUTION = Pattern.compile(
            "(?s)@id\\(\"([^\"]+)\"\\)(?:(?!\\bend\\b).)*?advice\\.caution\\(\"([^\"]+)\"\\)");

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
     * Every rule shows in some scenario: a rule that recommends, in the recommendation's firedBy; an
     * ordering rule, in the placedBy of an action it placed; a caution rule, by its caution travelling
     * with some recommendation (each caution is applied by one rule).
     */
    @Test
    void everyRuleFiresInSomeScenario() {
        Map<String, Set<String>> rulesByCaution = new LinkedHashMap<>();
        for (ContentFiles.DrlRule rule : ContentFiles.rules()) {
            Matcher m = CAUTION.matcher(ContentFiles.stripComments(ContentFiles.read(
                    ContentFiles.GUIDANCE.resolve(rule.file()))));
            while (m.find()) {
                if (m.group(1).equals(rule.id())) {
                    rulesByCaution.computeIfAbsent(m.group(2), c -> new TreeSet<>()).add(rule.id());
                }
            }
        }
        Set<String> fired = new TreeSet<>();
        for (Scenario s : SCENARIOS) {
            ADVISOR.advise(s.situation()).recommendations().forEach(r -> {
                fired.addAll(r.firedBy());
                fired.addAll(r.placedBy());
                r.cautions().forEach(c -> fired.addAll(rulesByCaution.getOrDefault(c.id(), Set.of())));
            });
        }
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
