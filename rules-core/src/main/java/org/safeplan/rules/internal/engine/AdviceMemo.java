package org.safeplan.rules.internal.engine;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.Situation;

/**
 * A bounded memo of guidance: advice is a pure function of (situation, options, content), so a
 * repeated situation can be answered from memory. One memo belongs to one content bundle, so a
 * content swap starts a fresh memo. Caffeine is loaded only when a memo is asked for.
 */
public final class AdviceMemo {

    private record Key(Situation situation, AdviceOptions options) {
    }

    private final Cache<Key, Guidance> cache;

    /** A memo holding up to {@code maxEntries} guidance documents. */
    public AdviceMemo(long maxEntries) {
        this.cache = Caffeine.newBuilder().maximumSize(maxEntries).build();
    }

    /** The guidance from memory, or computed by the bundle and remembered. */
    public Guidance advise(ContentBundle bundle, Situation situation, AdviceOptions options) {
        return cache.get(new Key(situation, options), k -> bundle.advise(k.situation(), k.options()));
    }
}
