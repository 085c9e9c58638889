package org.safeplan.rules;

/**
 * Options for one {@link SafetyAdvisor#advise(Situation, AdviceOptions)} call. Immutable.
 *
 * <pre>{@code
 * AdviceOptions options = AdviceOptions.builder().maxRecommendations(5).build();
 * }</pre>
 */
public final class AdviceOptions {

    private static final AdviceOptions DEFAULTS = builder().build();

    private final int maxRecommendations;

    private AdviceOptions(Builder b) {
        this.maxRecommendations = b.maxRecommendations;
    }

    /** No limit on the number of recommendations. */
    public static AdviceOptions defaults() {
        return DEFAULTS;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The most recommendations to return, or {@link Integer#MAX_VALUE} for all. A cap never drops
     * an {@link Urgency#IMMEDIATE} recommendation: when there are more of those than the cap, all
     * of them are returned and nothing else.
     */
    public int maxRecommendations() {
        return maxRecommendations;
    }

    /** Builds {@link AdviceOptions}. */
    public static final class Builder {
        private int maxRecommendations = Integer.MAX_VALUE;

        private Builder() {
        }

        /**
         * Caps the number of recommendations; IMMEDIATE ones are always kept.
         *
         * @throws IllegalArgumentException if {@code max} is below 1
         */
        public Builder maxRecommendations(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxRecommendations must be 1 or more, was " + max);
            }
            this.maxRecommendations = max;
            return this;
        }

        /** The options. */
        public AdviceOptions build() {
            return new AdviceOptions(this);
        }
    }
}
