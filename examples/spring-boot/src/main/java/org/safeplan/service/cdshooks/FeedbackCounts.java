package org.safeplan.service.cdshooks;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Feedback on cards, as counts only: the Micrometer counter {@value #METRIC}, tagged with the action
 * id, the content version and the outcome ({@code accepted} or {@code overridden}). Nothing that could
 * identify a patient, clinician or encounter is kept: not the card's uuid, not the time, not the
 * override reason or the clinician's comment.
 */
final class FeedbackCounts {

    /** The counter's name ({@code /actuator/metrics/safeplan.cds.feedback}). */
    static final String METRIC = "safeplan.cds.feedback";

    private final MeterRegistry registry;

    FeedbackCounts(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(CardIds.Shown card, String outcome) {
        Counter.builder(METRIC)
                .description("Feedback on CDS Hooks cards, per action, content version and outcome")
                .tag("action", card.actionId())
                .tag("content.version", card.contentVersion())
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }
}
