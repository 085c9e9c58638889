package org.safeplan.guidance;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.Situation;

/** Every field of the situation is read by a constraint of at least one rule. */
class SituationFieldCoverageTest {

    /** The situation's fields, from its getters: getImmediateDanger -> immediateDanger. */
    static Set<String> situationFields() {
        Set<String> fields = new TreeSet<>();
        for (Method m : Situation.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                    && m.getParameterCount() == 0 && m.getName().startsWith("get") && m.getName().length() > 3) {
                String name = m.getName().substring(3);
                fields.add(Character.toLowerCase(name.charAt(0)) + name.substring(1));
            }
        }
        return fields;
    }

    @Test
    void theFieldsAreFound() {
        assertThat(situationFields()).hasSize(24).contains("audience", "country", "immediateDanger",
                "wantsHelpContacted", "honourBasedAbuse");
    }

    @Test
    void everySituationFieldIsReadByARule() {
        Set<String> unread = new TreeSet<>(situationFields());
        for (GuidanceSources.DrlRule rule : GuidanceSources.rules()) {
            for (String constraint : GuidanceSources.situationConstraints(rule.when())) {
                unread.removeIf(field -> Pattern.compile("\\b" + field + "\\b").matcher(constraint).find());
            }
        }
        assertThat(unread).as("situation fields no rule constraint reads").isEmpty();
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
