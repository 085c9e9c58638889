/**
 * An HL7 CDS Hooks 2.0 service on the SafePlan guidance, for clinicians: {@code GET /cds-services}
 * (discovery), {@code POST /cds-services/safeplan-ipv} (cards for a positive intimate-partner-violence
 * screen found in the prefetch) and {@code POST /cds-services/safeplan-ipv/feedback} (counts per action
 * and content version, as a Micrometer metric).
 *
 * <p>Built on Jackson and Spring only. The service makes no network calls (it never fetches from the
 * client's FHIR server: missing prefetch is a 412), never suggests a change to the chart, and logs and
 * keeps nothing of a request.
 */
package org.safeplan.service.cdshooks;
