package org.safeplan.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.Location;
import org.safeplan.rules.Situation;
import org.safeplan.rules.content.ContentException;

class ScenarioFileTest {

    private static final String YAML = """
            # comment kept
            scenarios:
              - name: kitchen
                situation: {country: US, immediateDanger: true, location: KITCHEN}
                expected:
                  - leave-the-kitchen: [danger-kitchen]
                  - call: [a, b]

              # about the next one
              - name: empty
                situation: {}
                expected: []
            """;

    @Test
    void readsScenariosWithSituationExpectedAndLocation() {
        List<Scenario> scenarios = ScenarioFile.read("s.yaml", YAML);
        assertThat(scenarios).hasSize(2);
        Scenario kitchen = scenarios.get(0);
        assertThat(kitchen.name()).isEqualTo("kitchen");
        assertThat(kitchen.situation()).isEqualTo(
                Situation.builder().country("US").immediateDanger(true).location(Location.KITCHEN).build());
        assertThat(kitchen.expected()).containsExactly(
                new ExpectedAction("leave-the-kitchen", List.of("danger-kitchen")), new ExpectedAction("call", List.of("a", "b")));
        assertThat(kitchen.location()).isEqualTo("s.yaml:3");
        assertThat(scenarios.get(1).expected()).isEmpty();
        assertThat(scenarios.get(1).situation()).isEqualTo(Situation.empty());
    }

    @Test
    void rewritesOnlyTheExpectedBlocksAndIsIdempotent() {
        Map<String, List<ExpectedAction>> actual = Map.of(
                "kitchen", List.of(new ExpectedAction("x", List.of("r1"))),
                "empty", List.of(new ExpectedAction("y", List.of("r2", "r3")), new ExpectedAction("z", List.of("r4"))));
        String updated = ScenarioFile.withExpected("s.yaml", YAML, actual);
        assertThat(updated).isEqualTo("""
                # comment kept
                scenarios:
                  - name: kitchen
                    situation: {country: US, immediateDanger: true, location: KITCHEN}
                    expected:
                      - x: [r1]

                  # about the next one
                  - name: empty
                    situation: {}
                    expected:
                      - y: [r2, r3]
                      - z: [r4]
                """);
        assertThat(ScenarioFile.withExpected("s.yaml", updated, actual)).isEqualTo(updated);
        assertThat(ScenarioFile.read("s.yaml", updated).get(1).expected()).hasSize(2);
    }

    @Test
    void noAndYesAreTextNotBooleans() {
        Scenario s = ScenarioFile.read("n.yaml", "scenarios:\n  - name: n\n    situation: {wantsHelpContacted: NO, injured: true}\n    expected: []\n").get(0);
        assertThat(s.situation().getWantsHelpContacted()).isEqualTo(org.safeplan.rules.HelpWanted.NO);
        assertThat(s.situation().getInjured()).isTrue();
    }

    @Test
    void badSituationIsReportedWithFileAndLine() {
        assertThatThrownBy(() -> ScenarioFile.read("bad.yaml", """
                scenarios:
                  - name: typo
                    situation: {immediateDangr: true}
                    expected: []
                """)).isInstanceOf(ContentException.class)
                .hasMessage("bad.yaml:3: situation: unknown field \"immediateDangr\" (did you mean \"immediateDanger\"?)");
    }

    @Test
    void missingExpectedAndDuplicateNamesAreReported() {
        assertThatThrownBy(() -> ScenarioFile.read("m.yaml", "scenarios:\n  - name: a\n    situation: {}\n"))
                .hasMessageStartingWith("m.yaml:2: scenario \"a\" needs an 'expected:' list");
        assertThatThrownBy(() -> ScenarioFile.read("d.yaml",
                "scenarios:\n  - {name: a, expected: []}\n  - {name: a, expected: []}\n"))
                .hasMessage("d.yaml:3: another scenario in this file has the name \"a\"");
    }
}
