package org.safeplan.rules.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeplan.rules.authoring.ContentFixture.CATALOG;
import static org.safeplan.rules.authoring.ContentFixture.DANGER;
import static org.safeplan.rules.authoring.ContentFixture.PLANNING;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.Caution;
import org.safeplan.rules.ContentSource;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.Location;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;

/**
 * Ordering rules ({@code advice.putFirst}, {@code advice.putBefore}) and cautions ({@code advice.caution}
 * with the catalog's {@code cautions:}): what validate refuses, with file:line, and what the engine does
 * with them, on the small valid content folder.
 */
class OrderingAndCautionTest {

    private static final String KITCHEN_FIRST = """

            rule "In the kitchen, getting out comes before the call"
                @id("order-kitchen-first") @version("1")
            when
                Situation( location == Location.KITCHEN )
            then
                advice.putBefore("leave-the-kitchen", "call-emergency-services");
            end
            """;

    private final ContentFixture content;

    OrderingAndCautionTest(@TempDir Path folder) {
        content = ContentFixture.copyTo(folder).withNotesCaution()
                .append(DANGER, KITCHEN_FIRST);
    }

    /** The line of the file where {@code snippet} starts. */
    private int lineOf(String file, String snippet) {
        String text = content.read(file);
        int at = text.indexOf(snippet);
        assertThat(at).as(snippet + " in " + file).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void orderingsAndCautionsAreValid() {
        assertThat(content.problems()).isEmpty();
    }

    @Test
    void anOrderingAcrossUrgenciesIsRefusedAtItsLine() {
        content.edit(DANGER, "advice.putBefore(\"leave-the-kitchen\", \"call-emergency-services\");",
                "advice.putBefore(\"keep-a-diary\", \"leave-the-kitchen\");");
        assertThat(content.problems()).containsExactly(DANGER + ":" + lineOf(DANGER, "advice.putBefore")
                + ": rule \"In the kitchen, getting out comes before the call\": cannot put 'keep-a-diary' (PLANNING)"
                + " before 'leave-the-kitchen' (IMMEDIATE): orderings only change the order within one urgency");
    }

    @Test
    void orderingsInACircleAreRefusedNamingEachOne() {
        content.append(PLANNING, """

                rule "The call comes before the kitchen"
                    @id("order-call-first") @version("1")
                when
                    Situation( immediateDanger == true )
                then
                    advice.putBefore("call-emergency-services", "leave-the-kitchen");
                end
                """);
        String planning = PLANNING + ":" + lineOf(PLANNING, "advice.putBefore");
        String danger = DANGER + ":" + lineOf(DANGER, "advice.putBefore");
        assertThat(content.problems()).containsExactly(planning + ": these orderings go round in a circle, so no order"
                + " satisfies them: 'call-emergency-services' before 'leave-the-kitchen' (" + planning
                + ", rule \"The call comes before the kitchen\"), 'leave-the-kitchen' before 'call-emergency-services' ("
                + danger + ", rule \"In the kitchen, getting out comes before the call\"); remove or change one of them");
    }

    @Test
    void anUnknownCautionIsRefusedWithASuggestion() {
        content.edit(PLANNING, "advice.caution(\"keep-notes-hidden\");", "advice.caution(\"keep-note-hidden\");");
        assertThat(content.problems()).containsExactly(
                CATALOG + ":" + lineOf(CATALOG, "  - id: keep-notes-hidden") + ": caution 'keep-notes-hidden' is not"
                        + " applied by any rule: add a rule with advice.caution(\"keep-notes-hidden\"); or remove it",
                PLANNING + ":" + lineOf(PLANNING, "advice.caution") + ": rule \"Notes are kept hidden when the abuser"
                        + " may find them\": \"keep-note-hidden\" is not a caution in " + CATALOG
                        + " (did you mean \"keep-notes-hidden\"?)");
    }

    @Test
    void aCautionMustGuardActionsAndExposuresThatExist() {
        content.edit(CATALOG, "guards: [WRITTEN_TRACE]", "guards: [WRITTEN_TRACE, keep-a-dairy, WRITEN_TRACE]");
        int line = lineOf(CATALOG, "  - id: keep-notes-hidden");
        assertThat(content.problems()).containsExactly(CATALOG + ":" + lineOf(CATALOG, "guards:")
                + ": caution 'keep-notes-hidden': unknown guards value 'WRITEN_TRACE' (did you mean \"WRITTEN_TRACE\"?);"
                + " allowed: VOICE_CALL, SILENT_CALL, WRITTEN_TRACE, DIGITAL_TRACE, MAKES_NOISE, LEAVES_ROOM, LEAVES_HOME,"
                + " TELLS_OTHERS");
        content.edit(CATALOG, ", WRITEN_TRACE]", "]");
        assertThat(content.problems()).containsExactly(CATALOG + ":" + line + ": caution 'keep-notes-hidden' guards"
                + " 'keep-a-dairy', which is neither an action nor an exposure (did you mean \"keep-a-diary\"?)");
    }

    @Test
    void neverWithMustNameAnAction() {
        content.edit(CATALOG, "    exposures: [VOICE_CALL]\n", "    exposures: [VOICE_CALL]\n    neverWith: [leave-the-kitchn]\n");
        assertThat(content.problems()).containsExactly(CATALOG + ":" + lineOf(CATALOG, "  - id: call-emergency-services")
                + ": action 'call-emergency-services': neverWith 'leave-the-kitchn' is not an action"
                + " (did you mean \"leave-the-kitchen\"?)");
    }

    @Test
    void theEngineOrdersByTheRulesAndAttachesCautions() {
        // Without the ordering rule the call (priority 10 here) would come first.
        content.edit(CATALOG, "priority: 40", "priority: 10");
        SafetyAdvisor advisor = SafetyAdvisor.create(ContentSource.folder(content.root()));
        Situation kitchen = Situation.builder().immediateDanger(true).location(Location.KITCHEN).build();
        Guidance g = advisor.advise(kitchen);
        assertThat(g.recommendations()).extracting(Recommendation::actionId)
                .containsExactly("leave-the-kitchen", "call-emergency-services");
        assertThat(g.recommendations().get(0).placedBy()).containsExactly("order-kitchen-first");
        assertThat(g.recommendations().get(1).placedBy()).isEmpty();
        Guidance elsewhere = advisor.advise(kitchen.toBuilder().location(Location.BEDROOM).build());
        assertThat(elsewhere.recommendations()).extracting(Recommendation::actionId)
                .containsExactly("call-emergency-services");

        Situation planning = Situation.builder().immediateDanger(false).country("GB").build();
        Recommendation diary = advisor.advise(planning).find("keep-a-diary").orElseThrow();
        assertThat(diary.cautions()).containsExactly(
                new Caution("keep-notes-hidden", "Keep it where the abuser cannot find it.", "Keep it hidden from the abuser.",
                        List.of("002-8")));
        Recommendation apart = advisor.advise(planning.toBuilder().livesWithPerpetrator(false).build())
                .find("keep-a-diary").orElseThrow();
        assertThat(apart.cautions()).isEmpty();
        assertThat(advisor.advise(planning, AdviceOptions.builder().maxRecommendations(1).build()).recommendations())
                .singleElement().satisfies(r -> assertThat(r.cautions()).isEqualTo(
                        advisor.advise(planning).recommendations().get(0).cautions()));
    }
}
