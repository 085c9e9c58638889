package org.safeplan.service.cdshooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Card uuids carry the action they show, and nothing else is kept. */
class CardIdsTest {

    @Test
    void eachCardGetsItsOwnUuidThatSaysWhichActionItShowed() {
        CardIds ids = new CardIds();
        Set<String> issued = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String uuid = ids.issue("1.0.0", i % 2 == 0 ? "call-911" : "offer-a-private-phone");
            assertThat(issued.add(uuid)).as("unique").isTrue();
            UUID parsed = UUID.fromString(uuid);
            assertThat(parsed.version()).isEqualTo(8);
            assertThat(parsed.variant()).isEqualTo(2);
            assertThat(ids.shown(uuid)).contains(new CardIds.Shown("1.0.0", i % 2 == 0 ? "call-911" : "offer-a-private-phone"));
        }
        String other = ids.issue("1.1.0", "call-911");
        assertThat(ids.shown(other)).contains(new CardIds.Shown("1.1.0", "call-911"));
    }

    @Test
    void aUuidThisServiceDidNotIssueShowsNothing() {
        CardIds ids = new CardIds();
        String issued = ids.issue("1.0.0", "call-911");
        assertThat(ids.shown(UUID.randomUUID().toString())).isEmpty();
        assertThat(new CardIds().shown(issued)).as("another service's, or from before a restart").isEmpty();
        assertThat(ids.shown(issued.toUpperCase())).isNotEmpty();
        assertThatThrownBy(() -> ids.shown("card-1")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ids.shown("1-1-1-1-1")).as("not written as a UUID is").isEmpty();
    }
}
