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
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.authoring.ExpectedAction;
import org.safeplan.rules.authoring.Scenario;
import org.safeplan.rules.authoring.ScenarioFile;

/**
 * Runs every regression scenario in {@code rules-content/scenarios}. A change of advice fails
 * here until the expected advice is updated on purpose (CONTRIBUTING.md, step 7), then reviewed.
 *
 * <p>In update mode ({@code -Dsafeplan.updateScenarios=true}) the expected advice is rewritten
 * first, and then every scenario is read back and checked like any other run: the update must have
 * written exactly what the engine advises, and anything else wrong with a scenario file still fails.
 */
class RegressionScenariosTest {

    private static final Path FOLDER = Path.of("scenarios");
    private static final boolean UPDATE = Boolean.getBoolean("safeplan.updateScenarios");
    private static final SafetyAdvisor ADVISOR = SafetyAdvisor.create();
    private static final List<Scenario> SCENARIOS = read();

    /** The scenarios, after rewriting their expected advice when in update mode. */
    private static List<Scenario> read() {
        if (UPDATE) {
            try {
                for (var file : rewritten(ScenarioFile.readFolder(FOLDER), true).entrySet()) {
                    Files.writeString(file.getKey(), file.getValue(), StandardCharsets.UTF_8);
                    System.out.println("updated expected advice in " + file.getKey());
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return ScenarioFile.readFolder(FOLDER);
    }

    /**
     * Each scenario file's text with the expected advice rewritten: from the engine ({@code actual}),
     * or as the file already has it. Only files whose text would change are returned.
     */
    private static Map<Path, String> rewritten(List<Scenario> scenarios, boolean actual) throws IOException {
        Map<String, Map<String, List<ExpectedAction>>> byFile = new LinkedHashMap<>();
        for (Scenario s : scenarios) {
            byFile.computeIfAbsent(s.file(), f -> new LinkedHashMap<>())
                    .put(s.name(), actual ? Scenario.actual(ADVISOR.advise(s.situation(), s.options())) : s.expected());
        }
        Map<Path, String> changed = new LinkedHashMap<>();
        for (var entry : byFile.entrySet()) {
            Path file = Path.of(entry.getKey());
            String before = Files.readString(file, StandardCharsets.UTF_8);
            String after = ScenarioFile.withExpected(entry.getKey(), before, entry.getValue());
            if (!after.equals(before)) {
                changed.put(file, after);
            }
        }
        return changed;
    }

    @TestFactory
    Stream<DynamicTest> eachScenarioGivesItsExpectedAdvice() {
        return SCENARIOS.stream().map(s -> DynamicTest.dynamicTest(s.location() + " " + s.name(), () -> {
            Guidance guidance = ADVISOR.advise(s.situation(), s.options());
            assertEquals(Optional.empty(), guidance.fallback(), () -> "scenario \"" + s.name() + "\" ("
                    + s.location() + ") pins language " + s.language() + ", which is not served");
            List<ExpectedAction> actual = Scenario.actual(guidance);
            assertEquals(lines(s.expected()), lines(actual), () -> "Advice changed for scenario \"" + s.name()
                    + "\" (" + s.location() + "). If the change is intended, run with"
                    + " -Dsafeplan.updateScenarios=true and review the diff.");
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
        GuidanceSources.cautionsByRule().forEach((rule, caution) -> {
            if (cautions.contains(caution)) {
                fired.add(rule);
            }
        });
        Set<String> neverFired = new TreeSet<>(ADVISOR.ruleIds());
        neverFired.removeAll(fired);
        assertThat(neverFired).as("rules that fire in no regression scenario: add a scenario for each").isEmpty();
    }

    /** Rewriting a file with the expectations it already has changes nothing: the update writes only advice. */
    @Test
    void rewritingTheExpectedAdviceAFileAlreadyHasChangesNothing() throws IOException {
        assertThat(SCENARIOS).isNotEmpty();
        assertThat(rewritten(SCENARIOS, false)).isEmpty();
    }
}
