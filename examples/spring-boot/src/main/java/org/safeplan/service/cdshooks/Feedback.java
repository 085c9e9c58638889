package org.safeplan.service.cdshooks;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One item of a feedback request, as the service reads it: the card and the outcome. The rest of the
 * item (override reason, the clinician's comment, the time) is checked against the specification's
 * table and dropped.
 *
 * @param card the card's uuid
 * @param outcome {@code accepted} or {@code overridden}
 */
record Feedback(String card, String outcome) {

    private static final Set<String> OUTCOMES = Set.of("accepted", "overridden");

    /**
     * The items of a feedback request.
     *
     * @throws HookProblem 400 naming the first field that does not follow the specification
     */
    static List<Feedback> read(JsonNode body) {
        if (!body.has("feedback")) {
            throw HookProblem.field("feedback", "is required: an array of feedback items");
        }
        List<JsonNode> items = Fields.objects(body, "feedback", "");
        List<Feedback> feedback = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            feedback.add(item(items.get(i), Fields.at("feedback", i)));
        }
        return feedback;
    }

    private static Feedback item(JsonNode item, String path) {
        String card = Fields.requiredString(item, "card", path);
        String outcome = Fields.requiredString(item, "outcome", path);
        if (!OUTCOMES.contains(outcome)) {
            throw HookProblem.field(Fields.path(path, "outcome"), "must be accepted or overridden");
        }
        List<JsonNode> accepted = Fields.objects(item, "acceptedSuggestions", path);
        for (int i = 0; i < accepted.size(); i++) {
            Fields.requiredString(accepted.get(i), "id", Fields.at(Fields.path(path, "acceptedSuggestions"), i));
        }
        JsonNode override = Fields.object(item, "overrideReason", path);
        if (!override.isMissingNode()) {
            String overridePath = Fields.path(path, "overrideReason");
            JsonNode reason = Fields.object(override, "reason", overridePath);
            if (!reason.isMissingNode()) {
                Fields.requiredString(reason, "code", Fields.path(overridePath, "reason"));
                Fields.requiredString(reason, "system", Fields.path(overridePath, "reason"));
                Fields.string(reason, "display", Fields.path(overridePath, "reason"));
            }
            Fields.string(override, "userComment", overridePath);
        }
        String timestamp = Fields.requiredString(item, "outcomeTimestamp", path);
        try {
            OffsetDateTime.parse(timestamp);
        } catch (DateTimeParseException e) {
            throw HookProblem.field(Fields.path(path, "outcomeTimestamp"),
                    "must be an RFC 3339 date and time in UTC, e.g. 2021-12-11T10:05:31Z");
        }
        return new Feedback(card, outcome);
    }
}
