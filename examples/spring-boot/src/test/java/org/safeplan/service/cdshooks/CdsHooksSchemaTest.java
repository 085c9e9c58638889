package org.safeplan.service.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeplan.service.cdshooks.CdsHooksSchema.problems;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The schema written from the specification's tables takes the specification's own examples, and is
 * not vacuous: it refuses what the tables do not allow, each for its reason.
 */
class CdsHooksSchemaTest {

    @Test
    void theSpecificationsExamplesAreValid() throws Exception {
        assertThat(problems(CdsHooksSchema.Document.HookRequest, """
                {"hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea", "fhirServer": "http://hooks.smarthealthit.org:9080",
                 "hook": "patient-view",
                 "fhirAuthorization": {"access_token": "some-opaque-fhir-access-token", "token_type": "Bearer",
                   "expires_in": 300, "scope": "user/Patient.read user/Observation.read", "subject": "cds-service4"},
                 "context": {"userId": "Practitioner/example", "patientId": "1288992", "encounterId": "89284"},
                 "prefetch": {"patientToGreet": {"resourceType": "Patient", "gender": "male", "birthDate": "1925-12-23",
                   "id": "1288992", "active": true}}}""")).isEmpty();
        assertThat(problems(CdsHooksSchema.Document.HookResponse, """
                {"cards": [{"uuid": "4e0a3a1e-3283-4575-ab82-028d55fe2719", "summary": "Example Card", "indicator": "info",
                  "detail": "This is an example card.", "source": {"label": "Static CDS Service Example",
                  "url": "https://example.com", "icon": "https://example.com/img/icon-100px.png"},
                  "links": [{"label": "Google", "url": "https://google.com", "type": "absolute"}]},
                 {"summary": "Another card", "indicator": "warning", "source": {"label": "Static CDS Service Example"},
                  "overrideReasons": [{"code": "12354", "system": "http://example.org/cds-services/fhir/CodeSystem/override-reasons",
                  "display": "Contraindicated"}]}]}""")).isEmpty();
        assertThat(problems(CdsHooksSchema.Document.FeedbackRequest, """
                {"feedback": [{"card": "9368d37b-283f-44a0-93ea-547cebab93ed", "outcome": "overridden",
                  "overrideReason": {"reason": {"code": "d7ecf885", "system": "https://example.com/cds-hooks/override-reason-system"},
                  "userComment": "A comment entered by the clinician."}, "outcomeTimestamp": "2020-12-11T00:00:00Z"}]}""")).isEmpty();
        assertThat(problems(CdsHooksSchema.Document.DiscoveryResponse, """
                {"services": [{"hook": "patient-view", "title": "Static CDS Service Example",
                  "description": "An example of a CDS Service that returns a static set of cards", "id": "static-patient-greeter",
                  "prefetch": {"patientToGreet": "Patient/{{context.patientId}}"}}]}""")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            HookResponse      | a summary of 140 characters | {"cards": [{"summary": "%140s", "indicator": "info", "source": {"label": "s"}}]}
            HookResponse      | an unknown indicator        | {"cards": [{"summary": "s", "indicator": "urgent", "source": {"label": "s"}}]}
            HookResponse      | no source                   | {"cards": [{"summary": "s", "indicator": "info"}]}
            HookResponse      | a uuid that is not one      | {"cards": [{"uuid": "card-1", "summary": "s", "indicator": "info", "source": {"label": "s"}}]}
            HookResponse      | suggestions without selectionBehavior | {"cards": [{"summary": "s", "indicator": "info", "source": {"label": "s"}, "suggestions": [{"label": "l"}]}]}
            HookResponse      | no cards                    | {}
            HookRequest       | authorization without server | {"hook": "patient-view", "hookInstance": "i", "context": {"userId": "Practitioner/1", "patientId": "1"}, "fhirAuthorization": {"access_token": "t", "token_type": "Bearer", "expires_in": 300, "scope": "s", "subject": "c"}}
            HookRequest       | encounter-start without encounterId | {"hook": "encounter-start", "hookInstance": "i", "context": {"userId": "Practitioner/1", "patientId": "1"}}
            HookRequest       | a null optional field       | {"hook": "patient-view", "hookInstance": "i", "context": {"userId": "Practitioner/1", "patientId": "1"}, "fhirServer": null}
            FeedbackRequest   | accepted without suggestions | {"feedback": [{"card": "c", "outcome": "accepted", "outcomeTimestamp": "2020-12-11T00:00:00Z"}]}
            FeedbackRequest   | a timestamp that is not one | {"feedback": [{"card": "c", "outcome": "overridden", "outcomeTimestamp": "yesterday"}]}
            DiscoveryResponse | a service without id        | {"services": [{"hook": "patient-view", "description": "d"}]}
            """)
    void whatTheTablesDoNotAllowIsRefused(CdsHooksSchema.Document document, String what, String json) throws Exception {
        assertThat(problems(document, json.formatted("s"))).as(what).isNotEmpty();
    }
}
