package org.safeplan.rules.internal.explain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.safeplan.rules.Explanation;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.Reason;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.Situation;
import org.safeplan.rules.SituationChange;

/**
 * Explains guidance: the facts each fired rule matched, and what-if analysis over every
 * single-field change of the situation (about a hundred evaluations: milliseconds).
 */
public final class Explainer {

    private final Function<Situation, Guidance> advice;
    private final Map<String, List<String>> fieldsByRule;
    private final List<String> countries;

    /**
     * {@code advice}: uncapped evaluation; {@code fieldsByRule}: the fields each rule reads;
     * {@code countries}: those with data of their own in the content, which the country is tried with.
     */
    public Explainer(Function<Situation, Guidance> advice, Map<String, List<String>> fieldsByRule,
            Collection<String> countries) {
        this.advice = advice;
        this.fieldsByRule = fieldsByRule;
        this.countries = List.copyOf(countries);
    }

    /** The explanation of the advice for {@code situation}. */
    public Explanation explain(Situation situation) {
        Guidance base = advice.apply(situation);
        List<Recommendation> explained = new ArrayList<>();
        for (Recommendation r : base.recommendations()) {
            List<Reason> because = r.firedBy().stream().map(rule -> reason(rule, situation)).toList();
            explained.add(r.toBuilder().because(because).build());
        }
        return new Explanation(base.withRecommendations(explained), changes(situation, base));
    }

    private Reason reason(String ruleId, Situation situation) {
        Map<String, String> matched = new LinkedHashMap<>();
        for (String field : fieldsByRule.getOrDefault(ruleId, List.of())) {
            matched.put(field, SituationField.show(SituationField.named(field).get(situation)));
        }
        return new Reason(ruleId, matched);
    }

    private List<SituationChange> changes(Situation situation, Guidance base) {
        List<String> before = ids(base);
        List<SituationChange> out = new ArrayList<>();
        for (SituationField field : SituationField.all()) {
            Object current = field.get(situation);
            for (Object value : field.values(countries)) {
                if (Objects.equals(value, current)) {
                    continue;
                }
                Situation changed;
                try {
                    changed = field.with(situation, value);
                } catch (IllegalArgumentException e) {
                    continue;               // not a situation of its own: a region of another country
                }
                List<String> after = ids(advice.apply(changed));
                SituationChange change = compare(field.name(), SituationField.show(value), before, after);
                if (!change.added().isEmpty() || !change.removed().isEmpty() || !change.reranked().isEmpty()) {
                    out.add(change);
                }
            }
        }
        return out;
    }

    /** What changing {@code field} to {@code value} does to the ranked actions ({@link RankDifference}). */
    static SituationChange compare(String field, String value, List<String> before, List<String> after) {
        RankDifference d = RankDifference.of(before, after);
        return new SituationChange(field, value, d.added(), d.removed(), d.reranked());
    }

    private static List<String> ids(Guidance g) {
        return g.recommendations().stream().map(Recommendation::actionId).toList();
    }
}
