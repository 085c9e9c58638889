package org.safeplan.rules.authoring;

import java.util.List;
import java.util.Map;
import org.safeplan.rules.Caution;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.Situation;

/**
 * A regression scenario: a situation and the exact advice expected for it, in rank order, with
 * the rules that fire. Content authors write these in YAML (see {@link ScenarioFile}); the build
 * fails when the advice no longer matches, until the expected advice is deliberately updated.
 *
 * @param name a sentence that says what the scenario is about; unique within its file
 * @param fields the situation as written, JSON field names to values
 * @param situation the situation the fields describe
 * @param expected the expected recommendations, rank 1 first
 * @param file the file the scenario comes from
 * @param line the line where the scenario starts
 */
public record Scenario(String name, Map<String, Object> fields, Situation situation, List<ExpectedAction> expected,
                       String file, int line) {

    /** Copies the collections. */
    public Scenario {
        fields = Map.copyOf(fields);
        expected = List.copyOf(expected);
    }

    /** The advice as a scenario would expect it: action ids with the rules that fired and the cautions. */
    public static List<ExpectedAction> actual(Guidance guidance) {
        return guidance.recommendations().stream()
                .map(r -> new ExpectedAction(r.actionId(), r.firedBy(), r.cautions().stream().map(Caution::id).toList()))
                .toList();
    }

    /** Where the scenario is, as {@code file:line}. */
    public String location() {
        return file + ":" + line;
    }
}
