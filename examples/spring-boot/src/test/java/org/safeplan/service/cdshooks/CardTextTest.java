package org.safeplan.service.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeplan.rules.Caution;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.Urgency;

/** A card's Markdown: the text, the cautions and the sources, with content never read as markup. */
class CardTextTest {

    private static final Recommendation CALL = Recommendation.builder().rank(1).actionId("call").urgency(Urgency.IMMEDIATE)
            .title("Call *now*").text("Call 911 <b>now</b> [here](http://x) # _a_ | b").summary("Call now.").sources(List.of("000-6"))
            .firedBy(List.of("r")).cautions(List.of(new Caution("c", "Keep it `quiet`.", "Quiet.", List.of("002-8", "000-6"))))
            .build();

    @Test
    void theDetailHasTheTextTheCautionsAndEachSourceWithItsDocument() {
        String detail = CardText.detail(CALL, Map.of("000-6", "practitioner serving a person (US)"));
        assertThat(detail).isEqualTo("Call 911 \\<b\\>now\\</b\\> \\[here\\](http://x) \\# \\_a\\_ \\| b"
                + "\n\n**Keep in mind**\n\n- Keep it \\`quiet\\`."
                + "\n\n**Sources:** 000-6 (practitioner serving a person (US)); 002-8");
    }

    @Test
    void aLineThatWouldStartAListIsEscaped() {
        assertThat(CardText.escape("- not a list\n+ nor this\n12. nor this\n3) nor this\nbut 4. this is text"))
                .isEqualTo("\\- not a list\n\\+ nor this\n12\\. nor this\n3\\) nor this\nbut 4. this is text");
    }

    @Test
    void theSummaryIsTheRecommendationsSummary() {
        assertThat(CardText.summary(CALL)).isEqualTo("Call now.");
    }

    @Test
    void aSummaryTheSpecificationWouldRefuseGivesWayToTheTitle() {
        Recommendation longest = CALL.toBuilder().summary("a".repeat(CardText.CARD_SUMMARY_LIMIT)).build();
        assertThat(CardText.summary(longest)).isEqualTo("Call *now*");
        Recommendation fits = CALL.toBuilder().summary("a".repeat(CardText.CARD_SUMMARY_LIMIT - 1)).build();
        assertThat(CardText.summary(fits)).hasSize(CardText.CARD_SUMMARY_LIMIT - 1);
    }
}
