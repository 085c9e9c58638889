package org.safeplan.rules.content;

import java.util.Objects;

/**
 * What the situation's jurisdiction provides, as rules see it: the engine inserts one beside each
 * {@code Situation}, made from the jurisdiction pack of the situation's country (and region), so
 * that rules test capabilities, never country codes, and a new pack changes the advice without a
 * rule being touched:
 * <pre>{@code
 * Situation( audience == Audience.SURVIVOR, canSpeakSafely == false )
 * Jurisdiction( silentCall == true )
 * }</pre>
 * A country without a pack, or an unknown country, provides nothing ({@link #NONE}). Immutable.
 */
public final class Jurisdiction {

    /** A jurisdiction without a pack: no number, route, helpline or scheme of its own. */
    public static final Jurisdiction NONE = builder().build();

    private final boolean emergencyNumber;
    private final boolean freeEmergencyCalls;
    private final boolean silentCall;
    private final boolean textRoute;
    private final boolean ttyRoute;
    private final boolean nationalHelpline;
    private final Availability disclosureScheme;

    private Jurisdiction(Builder b) {
        this.emergencyNumber = b.emergencyNumber;
        this.freeEmergencyCalls = b.freeEmergencyCalls;
        this.silentCall = b.silentCall;
        this.textRoute = b.textRoute;
        this.ttyRoute = b.ttyRoute;
        this.nationalHelpline = b.nationalHelpline;
        this.disclosureScheme = b.disclosureScheme;
    }

    /** A builder; every capability starts absent. */
    public static Builder builder() {
        return new Builder();
    }

    /** The pack gives an emergency number ({@code {emergencyNumber}} is a number, not words). */
    public boolean isEmergencyNumber() {
        return emergencyNumber;
    }

    /** The emergency number can be called free from almost any landline or public phone. */
    public boolean isFreeEmergencyCalls() {
        return freeEmergencyCalls;
    }

    /**
     * A silent-call route: a person who cannot speak on an emergency call can press a code
     * ({@code {silentCallCode}}, named {@code {silentCallName}}).
     */
    public boolean isSilentCall() {
        return silentCall;
    }

    /** A text-message route to emergency help. */
    public boolean isTextRoute() {
        return textRoute;
    }

    /** A textphone (TTY) route to emergency help. */
    public boolean isTtyRoute() {
        return ttyRoute;
    }

    /** A national domestic-violence helpline ({@code {hotline}} names it with its number). */
    public boolean isNationalHelpline() {
        return nationalHelpline;
    }

    /**
     * Whether a police disclosure scheme ({@code {disclosureScheme}}) is there for the person: in
     * their region ({@link Availability#HERE}), maybe ({@link Availability#IN_SOME_REGIONS}: the
     * region is not known, {@code {disclosureRegions}} names where it applies), or not.
     */
    public Availability getDisclosureScheme() {
        return disclosureScheme;
    }

    /** Builds a {@link Jurisdiction}. */
    public static final class Builder {
        private boolean emergencyNumber;
        private boolean freeEmergencyCalls;
        private boolean silentCall;
        private boolean textRoute;
        private boolean ttyRoute;
        private boolean nationalHelpline;
        private Availability disclosureScheme = Availability.NONE;

        private Builder() {
        }

        /** See {@link Jurisdiction#isEmergencyNumber()}. */
        public Builder emergencyNumber(boolean value) {
            this.emergencyNumber = value;
            return this;
        }

        /** See {@link Jurisdiction#isFreeEmergencyCalls()}. */
        public Builder freeEmergencyCalls(boolean value) {
            this.freeEmergencyCalls = value;
            return this;
        }

        /** See {@link Jurisdiction#isSilentCall()}. */
        public Builder silentCall(boolean value) {
            this.silentCall = value;
            return this;
        }

        /** See {@link Jurisdiction#isTextRoute()}. */
        public Builder textRoute(boolean value) {
            this.textRoute = value;
            return this;
        }

        /** See {@link Jurisdiction#isTtyRoute()}. */
        public Builder ttyRoute(boolean value) {
            this.ttyRoute = value;
            return this;
        }

        /** See {@link Jurisdiction#isNationalHelpline()}. */
        public Builder nationalHelpline(boolean value) {
            this.nationalHelpline = value;
            return this;
        }

        /** See {@link Jurisdiction#getDisclosureScheme()}; not null. */
        public Builder disclosureScheme(Availability value) {
            this.disclosureScheme = Objects.requireNonNull(value, "disclosureScheme");
            return this;
        }

        /** The jurisdiction. */
        public Jurisdiction build() {
            return new Jurisdiction(this);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Jurisdiction j && emergencyNumber == j.emergencyNumber
                && freeEmergencyCalls == j.freeEmergencyCalls && silentCall == j.silentCall && textRoute == j.textRoute
                && ttyRoute == j.ttyRoute && nationalHelpline == j.nationalHelpline
                && disclosureScheme == j.disclosureScheme;
    }

    @Override
    public int hashCode() {
        return Objects.hash(emergencyNumber, freeEmergencyCalls, silentCall, textRoute, ttyRoute, nationalHelpline,
                disclosureScheme);
    }

    /** Says nothing of what it provides: that tells which country the person is in. */
    @Override
    public String toString() {
        return "Jurisdiction[capabilities]";
    }
}
