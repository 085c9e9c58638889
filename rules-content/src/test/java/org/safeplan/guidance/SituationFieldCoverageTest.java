package org.safeplan.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.internal.explain.SituationField;

/** Every field of the situation is read by a constraint of at least one rule. */
class SituationFieldCoverageTest {

    /** The situation's fields, as declared. */
    static Set<String> situationFields() {
        Set<String> fields = new TreeSet<>();
        SituationField.all().forEach(f -> fields.add(f.name()));
        return fields;
    }

    @Test
    void theFieldsAreFound() {
        assertThat(situationFields()).contains("audience", "country", "region", "immediateDanger");
    }

    /**
     * Every field is read by a rule: directly, or, for the country and the region, through the
     * {@code Jurisdiction} fact the engine makes from them (rules never test a country code; the
     * region matters for a disclosure scheme).
     */
    @Test
    void everySituationFieldIsReadByARule() {
        Set<String> unread = new TreeSet<>(situationFields());
        for (GuidanceSources.DrlRule rule : GuidanceSources.rules()) {
            for (String constraint : GuidanceSources.situationConstraints(rule.when())) {
                unread.removeIf(field -> Pattern.compile("\\b" + field + "\\b").matcher(constraint).find());
            }
            if (rule.when().contains("Jurisdiction(")) {
                unread.remove("country");
            }
            if (rule.when().contains("Jurisdiction( disclosureScheme")) {
                unread.remove("region");
            }
        }
        assertThat(unread).as("situation fields no rule constraint reads").isEmpty();
    }

    @Test
    void noRuleTestsACountryOrRegionCode() {
        for (GuidanceSources.DrlRule rule : GuidanceSources.rules()) {
            assertThat(String.join(" ", GuidanceSources.situationConstraints(rule.when())))
                    .as("rule %s (%s) tests what the jurisdiction provides, not where it is", rule.id(), rule.file())
                    .doesNotContainPattern("\\b(country|region)\\b");
        }
    }

    @Test
    void everyRuleReadsTheAudience() {
        for (GuidanceSources.DrlRule rule : GuidanceSources.rules()) {
            assertThat(String.join(" ", GuidanceSources.situationConstraints(rule.when())))
                    .as("rule %s (%s) must say which audience it is for", rule.id(), rule.file())
                    .containsPattern("audience == Audience\\.(SURVIVOR|PRACTITIONER)");
        }
    }
}
