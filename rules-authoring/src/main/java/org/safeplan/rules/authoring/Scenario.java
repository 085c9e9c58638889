package org.safeplan.rules.authoring;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.Caution;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.Languages;
import org.safeplan.rules.Situation;

/**
 * A regression scenario: a situation and the exact advice expected for it, in rank order, with
 * the rules that fire. Content authors write these in YAML (see {@link ScenarioFile}); the build
 * fails when the advice no longer matches, until the expected advice is deliberately updated.
 *
 * @param name a sentence that says what the scenario is about; unique within its file
 * @param fields the situation as written, JSON field names to values
 * @param situation the situation the fields describe
 * @param language the language the scenario is advised in, {@link Languages#SOURCE} unless it pins
 *     another ({@code language: es}), which must then be served, not fallen back from
 * @param expected the expected recommendations, rank 1 first
 * @param file the file the scenario comes from
 * @param line the line where the scenario starts
 */
public record Scenario(String name, Map<String, Object> fields, Situation situation, String language,
                       List<ExpectedAction> expected, String file, int line) {

    /** Copies the collections. */
    public Scenario {
        fields = Map.copyOf(fields);
        Objects.requireNonNull(language, "language");
        expected = List.copyOf(expected);
    }

    /** Options that advise the scenario in its language, with the default list. */
    public AdviceOptions options() {
        return options(AdviceOptions.defaults());
    }

    /** {@code options} in the scenario's language when it pins one; otherwise {@code options} as they are. */
    public AdviceOptions options(AdviceOptions options) {
        return language.equals(Languages.SOURCE) ? options : options.toBuilder().language(language).build();
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
