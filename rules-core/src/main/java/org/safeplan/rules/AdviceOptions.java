package org.safeplan.rules;

/**
 * Options for one {@link SafetyAdvisor#advise(Situation, AdviceOptions)} call. Immutable.
 *
 * <p>By default a survivor gets a list short enough to act on: in immediate danger at most
 * {@value #CRISIS_IMMEDIATE} {@link Urgency#IMMEDIATE} items and {@value #CRISIS_TOTAL} in all,
 * nothing for later (no {@link Urgency#PLANNING} or {@link Urgency#INFORMATION} items); otherwise at
 * most {@value #SURVIVOR_TOTAL}. The most important come first, so the budget keeps them. A
 * practitioner gets the complete list. {@link Builder#completeList()} asks for the complete list
 * for anyone, and {@link Builder#maxRecommendations(int)} caps any list further. A caution is part
 * of the recommendation it guards, so no cap separates the two.
 *
 * <pre>{@code
 * AdviceOptions options = AdviceOptions.builder().maxRecommendations(3).build();
 * }</pre>
 */
public final class AdviceOptions {

    /** The most {@link Urgency#IMMEDIATE} items a survivor in immediate danger is given by default. */
    public static final int CRISIS_IMMEDIATE = 5;
    /** The most items in all a survivor in immediate danger is given by default. */
    public static final int CRISIS_TOTAL = 8;
    /** The most items any other survivor list holds by default. */
    public static final int SURVIVOR_TOTAL = 12;

    private static final AdviceOptions DEFAULTS = builder().build();
    private static final AdviceOptions COMPLETE = builder().completeList().build();

    private final int maxRecommendations;
    private final boolean completeList;

    private AdviceOptions(Builder b) {
        this.maxRecommendations = b.maxRecommendations;
        this.completeList = b.completeList;
    }

    /** The default: a survivor's list within the load budget, a practitioner's complete, no cap. */
    public static AdviceOptions defaults() {
        return DEFAULTS;
    }

    /** The complete list for anyone, with no cap. */
    public static AdviceOptions complete() {
        return COMPLETE;
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The most recommendations to return, or {@link Integer#MAX_VALUE} for no cap. */
    public int maxRecommendations() {
        return maxRecommendations;
    }

    /** Whether the complete list is asked for, without a survivor's load budget. */
    public boolean completeList() {
        return completeList;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AdviceOptions other && other.maxRecommendations == maxRecommendations
                && other.completeList == completeList;
    }

    @Override
    public int hashCode() {
        return 31 * maxRecommendations + (completeList ? 1 : 0);
    }

    /** Builds {@link AdviceOptions}. */
    public static final class Builder {
        private int maxRecommendations = Integer.MAX_VALUE;
        private boolean completeList;

        private Builder() {
        }

        /**
         * Caps the number of recommendations: the first {@code max} are kept, whatever their urgency
         * (the order puts what matters most first).
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

        /** Asks for the complete list, without a survivor's load budget (a cap still applies). */
        public Builder completeList() {
            this.completeList = true;
            return this;
        }

        /** The options. */
        public AdviceOptions build() {
            return new AdviceOptions(this);
        }
    }
}
