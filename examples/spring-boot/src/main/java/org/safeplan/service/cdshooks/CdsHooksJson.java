package org.safeplan.service.cdshooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the service answers, as the CDS Hooks 2.0 tables name the fields. Written to bytes here, so
 * that no framework logs a card's text on the way out.
 */
final class CdsHooksJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CdsHooksJson() {
    }

    /** The discovery response. */
    record Discovery(List<Service> services) {
    }

    /** One CDS Service entry of discovery. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Service(String hook, String title, String description, String id, Map<String, String> prefetch,
                   String usageRequirements) {
    }

    /** The answer to a hook request: {@code {"cards": []}} when there is nothing to say. */
    record Cards(List<Card> cards) {
    }

    /** A card: information only, never a suggestion or a link that acts on the chart. */
    record Card(String uuid, String summary, String detail, String indicator, Source source) {
    }

    /** Where a card's guidance comes from. */
    record Source(String label, String url) {
    }

    static byte[] write(Object value) {
        return JSON.writeValueAsBytes(value);
    }
}
