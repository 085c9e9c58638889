package org.safeplan.service.cdshooks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads the prefetch for a positive intimate-partner-violence screen, as the clinic's screening tool
 * recorded it: an Observation (or one of its components) coded with a screening question whose answer
 * or interpretation is positive, or a QuestionnaireResponse of a screening questionnaire with a
 * positive answer to a screening question. It computes no score.
 *
 * <p>A result entered in error is not read; neither is one older than the look-back, if the clinic
 * sets one. One positive result is enough, whatever other screens say: the service does not weigh a
 * disclosure against a later screen. A result without a date is read: leaving out advice on a
 * positive screen is the worse mistake.
 */
final class IpvScreen {

    /** Prefetch key of the screening Observations. */
    static final String OBSERVATIONS = "ipvScreen";
    /** Prefetch key of the screening QuestionnaireResponses (only when questionnaires are configured). */
    static final String RESPONSES = "ipvScreenResponses";

    private static final String PROPERTY = "safeplan.cds-hooks.screen.";
    /** Statuses of a resource that is no result at all; any other, or none, is read. */
    private static final Set<String> NOT_A_RESULT = Set.of("entered-in-error", "cancelled");
    private static final Pattern FHIR_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(?:T.*)?");

    /** What the prefetch says: positive, and which requested keys the client did not satisfy. */
    record Reading(boolean positive, List<String> missing) {
    }

    private final List<Coding> questions;
    private final List<Coding> positiveAnswers;
    private final List<Coding> positiveInterpretations;
    private final List<String> questionnaires;
    private final Period lookBack;
    private final Clock clock;

    private IpvScreen(CdsHooksProperties.Screen screen, Clock clock) {
        this.questions = Coding.parse(PROPERTY + "questions", screen.questions());
        this.positiveAnswers = Coding.parse(PROPERTY + "positive-answers", screen.positiveAnswers());
        this.positiveInterpretations = Coding.parse(PROPERTY + "positive-interpretations",
                screen.positiveInterpretations());
        this.questionnaires = List.copyOf(screen.questionnaires());
        this.lookBack = screen.lookBack();
        this.clock = clock;
        if (questions.isEmpty()) {
            throw new IllegalArgumentException(PROPERTY + "questions: give at least one screening question");
        }
    }

    /**
     * The screen as configured.
     *
     * @throws IllegalArgumentException naming the property, if a coding is not {@code system|code}
     */
    static IpvScreen of(CdsHooksProperties.Screen screen, Clock clock) {
        return new IpvScreen(screen, clock);
    }

    /** The prefetch templates for discovery: key to FHIR search, in the order they are read. */
    Map<String, String> prefetchTemplates() {
        Map<String, String> templates = new LinkedHashMap<>();
        templates.put(OBSERVATIONS, "Observation?patient={{context.patientId}}&code="
                + String.join(",", questions.stream().map(Coding::token).toList()));
        if (!questionnaires.isEmpty()) {
            templates.put(RESPONSES, "QuestionnaireResponse?patient={{context.patientId}}&questionnaire="
                    + String.join(",", questionnaires));
        }
        return templates;
    }

    /**
     * Reads the prefetch. A key the client left out, or answered with an OperationOutcome carrying an
     * error, is missing; a key whose value is {@code null} means the client has no such data.
     *
     * @param prefetch the request's {@code prefetch}, or a missing node
     * @throws HookProblem 400 if a value read does not have its FHIR shape
     */
    Reading read(JsonNode prefetch) {
        LocalDate since = lookBack == null ? LocalDate.MIN : LocalDate.now(clock).minus(lookBack);
        boolean positive = false;
        List<String> missing = new ArrayList<>();
        for (String key : prefetchTemplates().keySet()) {
            JsonNode value = prefetch.get(key);
            if (value == null) {
                missing.add(key);
                continue;
            }
            Outcome outcome = read(value, Fields.path("prefetch", key), key.equals(OBSERVATIONS), since);
            positive |= outcome == Outcome.POSITIVE;
            if (outcome == Outcome.FAILED) {
                missing.add(key);
            }
        }
        return new Reading(positive, List.copyOf(missing));
    }

    private enum Outcome { POSITIVE, NOT_POSITIVE, FAILED }

    private Outcome read(JsonNode value, String path, boolean observations, LocalDate since) {
        if (value.isNull()) {
            return Outcome.NOT_POSITIVE;
        }
        if (!value.isObject()) {
            throw HookProblem.field(path, "must be a FHIR resource (a JSON object) or null");
        }
        boolean failed = false;
        for (Map.Entry<String, JsonNode> resource : resources(value, path).entrySet()) {
            String at = resource.getKey();
            JsonNode r = resource.getValue();
            String type = Fields.requiredString(r, "resourceType", at);
            if (type.equals("OperationOutcome")) {
                failed |= hasError(r, at);
            } else if (observations && type.equals("Observation") && positiveObservation(r, at, since)
                    || !observations && type.equals("QuestionnaireResponse") && positiveResponse(r, at, since)) {
                return Outcome.POSITIVE;
            }
        }
        return failed ? Outcome.FAILED : Outcome.NOT_POSITIVE;
    }

    /** A resource, or a Bundle's entries' resources, by path. */
    private static Map<String, JsonNode> resources(JsonNode value, String path) {
        Map<String, JsonNode> resources = new LinkedHashMap<>();
        if (!"Bundle".equals(Fields.requiredString(value, "resourceType", path))) {
            resources.put(path, value);
            return resources;
        }
        List<JsonNode> entries = Fields.objects(value, "entry", path);
        for (int i = 0; i < entries.size(); i++) {
            String at = Fields.at(Fields.path(path, "entry"), i);
            JsonNode resource = Fields.object(entries.get(i), "resource", at);
            if (!resource.isMissingNode()) {
                resources.put(Fields.path(at, "resource"), resource);
            }
        }
        return resources;
    }

    /** An OperationOutcome with an error or fatal issue: the client could not get the data. */
    private static boolean hasError(JsonNode outcome, String path) {
        List<JsonNode> issues = Fields.objects(outcome, "issue", path);
        for (int i = 0; i < issues.size(); i++) {
            String severity = Fields.string(issues.get(i), "severity", Fields.at(Fields.path(path, "issue"), i));
            if ("error".equals(severity) || "fatal".equals(severity)) {
                return true;
            }
        }
        return false;
    }

    private boolean positiveObservation(JsonNode observation, String path, LocalDate since) {
        if (notAResult(observation, path)
                || !recent(observationDay(observation, path), since)) {
            return false;
        }
        if (positiveResult(observation, path)) {
            return true;
        }
        List<JsonNode> components = Fields.objects(observation, "component", path);
        for (int i = 0; i < components.size(); i++) {
            if (positiveResult(components.get(i), Fields.at(Fields.path(path, "component"), i))) {
                return true;
            }
        }
        return false;
    }

    /** An Observation or component coded with a screening question, with a positive answer or interpretation. */
    private boolean positiveResult(JsonNode result, String path) {
        if (!Coding.anyOf(Fields.object(result, "code", path), Fields.path(path, "code"), questions)) {
            return false;
        }
        if (Coding.anyOf(Fields.object(result, "valueCodeableConcept", path), Fields.path(path, "valueCodeableConcept"),
                positiveAnswers)) {
            return true;
        }
        List<JsonNode> interpretations = Fields.objects(result, "interpretation", path);
        for (int i = 0; i < interpretations.size(); i++) {
            if (Coding.anyOf(interpretations.get(i), Fields.at(Fields.path(path, "interpretation"), i),
                    positiveInterpretations)) {
                return true;
            }
        }
        return false;
    }

    /** The day an Observation was made (the end of a period), or when it was issued; null if undated. */
    private static LocalDate observationDay(JsonNode observation, String path) {
        for (String field : new String[] {"effectiveDateTime", "effectiveInstant", "issued"}) {
            String value = Fields.string(observation, field, path);
            if (value != null) {
                return lastDay(value, Fields.path(path, field));
            }
        }
        JsonNode period = Fields.object(observation, "effectivePeriod", path);
        String periodPath = Fields.path(path, "effectivePeriod");
        for (String field : new String[] {"end", "start"}) {
            String value = period.isMissingNode() ? null : Fields.string(period, field, periodPath);
            if (value != null) {
                return lastDay(value, Fields.path(periodPath, field));
            }
        }
        return null;
    }

    private boolean positiveResponse(JsonNode response, String path, LocalDate since) {
        String questionnaire = Fields.string(response, "questionnaire", path);
        String authored = Fields.string(response, "authored", path);
        if (notAResult(response, path)
                || questionnaire != null && !questionnaires.contains(questionnaire.replaceFirst("\\|.*$", ""))
                || !recent(authored == null ? null : lastDay(authored, Fields.path(path, "authored")), since)) {
            return false;
        }
        return positiveItems(Fields.objects(response, "item", path), Fields.path(path, "item"));
    }

    /** Items (and their nested items) with a positive answer to a screening question. */
    private boolean positiveItems(List<JsonNode> items, String path) {
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String at = Fields.at(path, i);
            boolean question = isQuestion(Fields.requiredString(item, "linkId", at));
            List<JsonNode> answers = Fields.objects(item, "answer", at);
            for (int j = 0; j < answers.size(); j++) {
                String answerPath = Fields.at(Fields.path(at, "answer"), j);
                JsonNode answer = answers.get(j);
                if (question && Coding.anyOf(Fields.object(answer, "valueCoding", answerPath),
                        Fields.path(answerPath, "valueCoding"), positiveAnswers)
                        || positiveItems(Fields.objects(answer, "item", answerPath), Fields.path(answerPath, "item"))) {
                    return true;
                }
            }
            if (positiveItems(Fields.objects(item, "item", at), Fields.path(at, "item"))) {
                return true;
            }
        }
        return false;
    }

    /** A linkId that is a question's code, alone or as the last step of a LOINC form's path ({@code /76501-6}). */
    private boolean isQuestion(String linkId) {
        return questions.stream().anyMatch(q -> linkId.equals(q.code()) || linkId.endsWith("/" + q.code()));
    }

    private static boolean notAResult(JsonNode resource, String path) {
        String status = Fields.string(resource, "status", path);
        return status != null && NOT_A_RESULT.contains(status);
    }

    private static boolean recent(LocalDate day, LocalDate since) {
        return day == null || !day.isBefore(since);
    }

    /** The last day a FHIR date or dateTime can mean ({@code 2024} is read as 31 December 2024). */
    private static LocalDate lastDay(String value, String path) {
        Matcher m = FHIR_DATE.matcher(value);
        if (!m.matches()) {
            throw HookProblem.field(path, "must be a FHIR date or dateTime, such as 2024-05-01 or 2024-05-01T10:00:00Z");
        }
        try {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), m.group(2) == null ? 12 : Integer.parseInt(m.group(2)));
            return m.group(3) == null ? month.atEndOfMonth() : month.atDay(Integer.parseInt(m.group(3)));
        } catch (java.time.DateTimeException e) {
            throw HookProblem.field(path, "must be a FHIR date or dateTime with a real month and day");
        }
    }
}
