package org.safeplan.service.cdshooks;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Card uuids that say which action they show, so that feedback can be counted per action without
 * keeping anything of a request: an RFC 9562 version 8 (custom) UUID whose first 48 bits are a
 * digest of the content version and the action id, and whose other 74 free bits are random, so each
 * card's uuid is its own.
 *
 * <p>The only thing held is, for each (content version, action id) shown so far, its 48-bit digest:
 * content, bounded by the catalogs served, never anything of a request.
 */
final class CardIds {

    /** What a card showed. */
    record Shown(String contentVersion, String actionId) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(CardIds.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TAG_BITS = 48;

    private static final Shown AMBIGUOUS = new Shown("", "");

    private final Map<Long, Shown> shown = new ConcurrentHashMap<>();

    /** A new uuid for a card showing {@code actionId} of content {@code contentVersion}. */
    String issue(String contentVersion, String actionId) {
        Shown card = new Shown(contentVersion, actionId);
        long tag = tag(card);
        // Two actions with one digest (about 1 in 10^10 for a catalog of 200) could not be told apart:
        // feedback on either is then not counted, rather than counted for the wrong one.
        if (shown.merge(tag, card, (before, now) -> before.equals(now) ? before : AMBIGUOUS) == AMBIGUOUS) {
            LOG.warn("Card feedback for action {} of content {} is not counted: another action has its digest",
                    actionId, contentVersion);
        }
        long random = RANDOM.nextLong();
        long msb = tag << (64 - TAG_BITS) | random & 0xFFFFL;
        msb = msb & ~0xF000L | 0x8000L;                                  // version 8
        long lsb = RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;  // variant 10
        return new UUID(msb, lsb).toString();
    }

    /**
     * What the card with this uuid showed, if this service issued it.
     *
     * @throws IllegalArgumentException if {@code uuid} is not a UUID
     */
    Optional<Shown> shown(String uuid) {
        UUID id = UUID.fromString(uuid);
        if (id.version() != 8 || id.variant() != 2 || !uuid.equalsIgnoreCase(id.toString())) {
            return Optional.empty();
        }
        return Optional.ofNullable(shown.get(id.getMostSignificantBits() >>> (64 - TAG_BITS)))
                .filter(card -> card != AMBIGUOUS);
    }

    private static long tag(Shown card) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((card.contentVersion() + "\n" + card.actionId()).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong() >>> (64 - TAG_BITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
