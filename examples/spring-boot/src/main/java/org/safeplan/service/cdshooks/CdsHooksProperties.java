package org.safeplan.service.cdshooks;

import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The CDS Hooks service's settings, {@code safeplan.cds-hooks.*}: where the clinic is, how many cards
 * it shows, and which screening results mean a positive screen. Codings are written as FHIR tokens,
 * {@code system|code}. The defaults, and why, are in README.md ("CDS Hooks").
 *
 * @param country the clinic's country (ISO 3166-1 alpha-2), or empty for generic wording
 * @param region the clinic's ISO 3166-2 subdivision, or empty
 * @param language the language of the cards
 * @param maxCards the most cards one answer holds, the most urgent first
 * @param inventoryUrl the absolute URL of the guidance inventory that each card's source links to (with
 *     {@code #} and the source id); empty for this service's own {@code /v1/inventory}
 * @param screen what counts as a positive intimate-partner-violence screen
 */
@ConfigurationProperties("safeplan.cds-hooks")
public record CdsHooksProperties(@DefaultValue("") String country,
                                 @DefaultValue("") String region,
                                 @DefaultValue("en") String language,
                                 @DefaultValue("5") int maxCards,
                                 @DefaultValue("") String inventoryUrl,
                                 @DefaultValue Screen screen) {

    /**
     * What a positive screen is. The clinic's screening tool decides: the service reads its recorded
     * answers or interpretation and computes no score.
     *
     * @param questions the codes of the screening questions: an Observation with one of them as its
     *     code, or a QuestionnaireResponse item whose {@code linkId} is one of the codes (alone or after
     *     a {@code /}, as LOINC forms write it), is a screening result. Default: the four questions of
     *     HARK (LOINC 76499-3, 76501-6, 76502-4, 76503-2) and its total score (76504-0)
     * @param positiveAnswers answers that make a result positive. Default: LOINC LA33-6 (Yes)
     * @param positiveInterpretations Observation interpretations that make a result positive, whatever
     *     the value (how a tool that scores records its verdict). Default: POS (Positive)
     * @param questionnaires canonical URLs of the clinic's screening questionnaires; QuestionnaireResponses
     *     are asked for (prefetch {@code ipvScreenResponses}) only when some are given. Default: none
     * @param lookBack results older than this (an ISO 8601 period such as {@code P1Y}) are not read; the
     *     clinic's screening policy decides. Default: none, every result the client sends is read
     */
    public record Screen(@DefaultValue({"http://loinc.org|76499-3", "http://loinc.org|76501-6",
                                        "http://loinc.org|76502-4", "http://loinc.org|76503-2",
                                        "http://loinc.org|76504-0"}) List<String> questions,
                         @DefaultValue("http://loinc.org|LA33-6") List<String> positiveAnswers,
                         @DefaultValue("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation|POS")
                         List<String> positiveInterpretations,
                         @DefaultValue({}) List<String> questionnaires,
                         Period lookBack) {
    }
}
