package org.safeplan.rules;

import java.util.Objects;
import org.safeplan.rules.internal.Countries;

/**
 * What is known about the person's situation: the input of {@link SafetyAdvisor#advise(Situation)}.
 *
 * <p>Immutable and thread-safe. Every field is optional: {@code null} means unknown, and the advice
 * for an unknown field errs on the side of safety. Build one with {@link #builder()}; the builder's
 * methods are named like the fields of the JSON situation document.
 *
 * <p>{@link #toString()} deliberately prints no field values, so that a situation passed to a
 * logger by mistake does not leak what it holds.
 */
public final class Situation {

    private static final Situation EMPTY = builder().build();
    private final Audience audience;
    private final String country;
    private final Boolean immediateDanger;
    private final Boolean perpetratorOnPremises;
    private final Location location;
    private final Boolean roomLocksFromInside;
    private final Boolean roomHasExit;
    private final Boolean childrenPresent;
    private final Boolean vulnerableAdultPresent;
    private final PhoneAccess phoneAccess;
    private final Boolean canSpeakSafely;
    private final Boolean canLeaveSafely;
    private final Boolean injured;
    private final Boolean policePresent;
    private final Boolean afterIncident;
    private final Boolean livesWithPerpetrator;
    private final Boolean planningToLeave;
    private final Boolean recentlyLeft;
    private final ProtectiveOrder protectiveOrder;
    private final Boolean safePlaceTonight;
    private final HelpWanted wantsHelpContacted;
    private final Boolean employed;
    private final Boolean isolatedAtHome;
    private final Boolean honourBasedAbuse;

    private Situation(Builder b) {
        this.audience = b.audience;
        this.country = b.country;
        this.immediateDanger = b.immediateDanger;
        this.perpetratorOnPremises = b.perpetratorOnPremises;
        this.location = b.location;
        this.roomLocksFromInside = b.roomLocksFromInside;
        this.roomHasExit = b.roomHasExit;
        this.childrenPresent = b.childrenPresent;
        this.vulnerableAdultPresent = b.vulnerableAdultPresent;
        this.phoneAccess = b.phoneAccess;
        this.canSpeakSafely = b.canSpeakSafely;
        this.canLeaveSafely = b.canLeaveSafely;
        this.injured = b.injured;
        this.policePresent = b.policePresent;
        this.afterIncident = b.afterIncident;
        this.livesWithPerpetrator = b.livesWithPerpetrator;
        this.planningToLeave = b.planningToLeave;
        this.recentlyLeft = b.recentlyLeft;
        this.protectiveOrder = b.protectiveOrder;
        this.safePlaceTonight = b.safePlaceTonight;
        this.wantsHelpContacted = b.wantsHelpContacted;
        this.employed = b.employed;
        this.isolatedAtHome = b.isolatedAtHome;
        this.honourBasedAbuse = b.honourBasedAbuse;
    }

    /** A situation where nothing is known. */
    public static Situation empty() {
        return EMPTY;
    }

    /** A builder with every field unknown. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this situation's fields, to derive a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.audience = audience;
        b.country = country;
        b.immediateDanger = immediateDanger;
        b.perpetratorOnPremises = perpetratorOnPremises;
        b.location = location;
        b.roomLocksFromInside = roomLocksFromInside;
        b.roomHasExit = roomHasExit;
        b.childrenPresent = childrenPresent;
        b.vulnerableAdultPresent = vulnerableAdultPresent;
        b.phoneAccess = phoneAccess;
        b.canSpeakSafely = canSpeakSafely;
        b.canLeaveSafely = canLeaveSafely;
        b.injured = injured;
        b.policePresent = policePresent;
        b.afterIncident = afterIncident;
        b.livesWithPerpetrator = livesWithPerpetrator;
        b.planningToLeave = planningToLeave;
        b.recentlyLeft = recentlyLeft;
        b.protectiveOrder = protectiveOrder;
        b.safePlaceTonight = safePlaceTonight;
        b.wantsHelpContacted = wantsHelpContacted;
        b.employed = employed;
        b.isolatedAtHome = isolatedAtHome;
        b.honourBasedAbuse = honourBasedAbuse;
        return b;
    }

    /** Who the advice is for; never null ({@link Audience#SURVIVOR} when not given). */
    public Audience getAudience() {
        return audience == null ? Audience.SURVIVOR : audience;
    }

    /** Whether an audience was given explicitly. */
    public boolean isAudienceKnown() {
        return audience != null;
    }

    /** ISO 3166-1 alpha-2 code, upper case ("US", "GB"); countries without their own data get generic advice. Null when unknown. */
    public String getCountry() {
        return country;
    }

    /** The person is in danger right now. Null when unknown. */
    public Boolean getImmediateDanger() {
        return immediateDanger;
    }

    /** The abuser is in the home or on the premises now. Null when unknown. */
    public Boolean getPerpetratorOnPremises() {
        return perpetratorOnPremises;
    }

    /** Where the person is. Null when unknown. */
    public Location getLocation() {
        return location;
    }

    /** The room the person is in can be locked from the inside. Null when unknown. */
    public Boolean getRoomLocksFromInside() {
        return roomLocksFromInside;
    }

    /** The room has a door or window the person could leave by. Null when unknown. */
    public Boolean getRoomHasExit() {
        return roomHasExit;
    }

    /** Children live in, visit or are in the home. Null when unknown. */
    public Boolean getChildrenPresent() {
        return childrenPresent;
    }

    /** A vulnerable adult lives in, visits or is in the home. Null when unknown. */
    public Boolean getVulnerableAdultPresent() {
        return vulnerableAdultPresent;
    }

    /** Whether the person can reach a phone. Null when unknown. */
    public PhoneAccess getPhoneAccess() {
        return phoneAccess;
    }

    /** The person can speak on a call without being overheard or put at risk. Null when unknown. */
    public Boolean getCanSpeakSafely() {
        return canSpeakSafely;
    }

    /** The person can leave the home safely now. Null when unknown. */
    public Boolean getCanLeaveSafely() {
        return canLeaveSafely;
    }

    /** The person is hurt. Null when unknown. */
    public Boolean getInjured() {
        return injured;
    }

    /** Police are on the scene. Null when unknown. */
    public Boolean getPolicePresent() {
        return policePresent;
    }

    /** A violent incident has just happened and is over for now. Null when unknown. */
    public Boolean getAfterIncident() {
        return afterIncident;
    }

    /** The person lives with the abuser. Null when unknown. */
    public Boolean getLivesWithPerpetrator() {
        return livesWithPerpetrator;
    }

    /** The person is planning to leave the abuser. Null when unknown. */
    public Boolean getPlanningToLeave() {
        return planningToLeave;
    }

    /** The person has recently left the abuser. Null when unknown. */
    public Boolean getRecentlyLeft() {
        return recentlyLeft;
    }

    /** State of a protective order against the abuser. Null when unknown. */
    public ProtectiveOrder getProtectiveOrder() {
        return protectiveOrder;
    }

    /** The person has a safe place to spend tonight. Null when unknown. */
    public Boolean getSafePlaceTonight() {
        return safePlaceTonight;
    }

    /** Whether the person wants help (police, a hotline) contacted. Null when unknown. */
    public HelpWanted getWantsHelpContacted() {
        return wantsHelpContacted;
    }

    /** The person goes to work. Null when unknown. */
    public Boolean getEmployed() {
        return employed;
    }

    /** The person is isolated at home with the abuser (lockdown, illness, control). Null when unknown. */
    public Boolean getIsolatedAtHome() {
        return isolatedAtHome;
    }

    /** The abuse is honour-based. Null when unknown. */
    public Boolean getHonourBasedAbuse() {
        return honourBasedAbuse;
    }

    /** The number of fields that are known (not null). */
    public int knownFieldCount() {
        int n = 0;
        if (audience != null) n++;
        if (country != null) n++;
        if (immediateDanger != null) n++;
        if (perpetratorOnPremises != null) n++;
        if (location != null) n++;
        if (roomLocksFromInside != null) n++;
        if (roomHasExit != null) n++;
        if (childrenPresent != null) n++;
        if (vulnerableAdultPresent != null) n++;
        if (phoneAccess != null) n++;
        if (canSpeakSafely != null) n++;
        if (canLeaveSafely != null) n++;
        if (injured != null) n++;
        if (policePresent != null) n++;
        if (afterIncident != null) n++;
        if (livesWithPerpetrator != null) n++;
        if (planningToLeave != null) n++;
        if (recentlyLeft != null) n++;
        if (protectiveOrder != null) n++;
        if (safePlaceTonight != null) n++;
        if (wantsHelpContacted != null) n++;
        if (employed != null) n++;
        if (isolatedAtHome != null) n++;
        if (honourBasedAbuse != null) n++;
        return n;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Situation)) return false;
        Situation s = (Situation) o;
        return Objects.equals(audience, s.audience)
            && Objects.equals(country, s.country)
            && Objects.equals(immediateDanger, s.immediateDanger)
            && Objects.equals(perpetratorOnPremises, s.perpetratorOnPremises)
            && Objects.equals(location, s.location)
            && Objects.equals(roomLocksFromInside, s.roomLocksFromInside)
            && Objects.equals(roomHasExit, s.roomHasExit)
            && Objects.equals(childrenPresent, s.childrenPresent)
            && Objects.equals(vulnerableAdultPresent, s.vulnerableAdultPresent)
            && Objects.equals(phoneAccess, s.phoneAccess)
            && Objects.equals(canSpeakSafely, s.canSpeakSafely)
            && Objects.equals(canLeaveSafely, s.canLeaveSafely)
            && Objects.equals(injured, s.injured)
            && Objects.equals(policePresent, s.policePresent)
            && Objects.equals(afterIncident, s.afterIncident)
            && Objects.equals(livesWithPerpetrator, s.livesWithPerpetrator)
            && Objects.equals(planningToLeave, s.planningToLeave)
            && Objects.equals(recentlyLeft, s.recentlyLeft)
            && Objects.equals(protectiveOrder, s.protectiveOrder)
            && Objects.equals(safePlaceTonight, s.safePlaceTonight)
            && Objects.equals(wantsHelpContacted, s.wantsHelpContacted)
            && Objects.equals(employed, s.employed)
            && Objects.equals(isolatedAtHome, s.isolatedAtHome)
            && Objects.equals(honourBasedAbuse, s.honourBasedAbuse);
    }

    @Override
    public int hashCode() {
        return Objects.hash(audience,
            country,
            immediateDanger,
            perpetratorOnPremises,
            location,
            roomLocksFromInside,
            roomHasExit,
            childrenPresent,
            vulnerableAdultPresent,
            phoneAccess,
            canSpeakSafely,
            canLeaveSafely,
            injured,
            policePresent,
            afterIncident,
            livesWithPerpetrator,
            planningToLeave,
            recentlyLeft,
            protectiveOrder,
            safePlaceTonight,
            wantsHelpContacted,
            employed,
            isolatedAtHome,
            honourBasedAbuse);
    }

    /** Names how many fields are known, never their values. */
    @Override
    public String toString() {
        return "Situation[" + knownFieldCount() + " known fields]";
    }

    /** Builds a {@link Situation}; not thread-safe, reusable. Passing {@code null} makes a field unknown. */
    public static final class Builder {
        private Audience audience;
        private String country;
        private Boolean immediateDanger;
        private Boolean perpetratorOnPremises;
        private Location location;
        private Boolean roomLocksFromInside;
        private Boolean roomHasExit;
        private Boolean childrenPresent;
        private Boolean vulnerableAdultPresent;
        private PhoneAccess phoneAccess;
        private Boolean canSpeakSafely;
        private Boolean canLeaveSafely;
        private Boolean injured;
        private Boolean policePresent;
        private Boolean afterIncident;
        private Boolean livesWithPerpetrator;
        private Boolean planningToLeave;
        private Boolean recentlyLeft;
        private ProtectiveOrder protectiveOrder;
        private Boolean safePlaceTonight;
        private HelpWanted wantsHelpContacted;
        private Boolean employed;
        private Boolean isolatedAtHome;
        private Boolean honourBasedAbuse;

        private Builder() {
        }

        /** Who the advice is for; {@link Audience#SURVIVOR} when not given. */
        public Builder audience(Audience audience) {
            this.audience = audience;
            return this;
        }

        /**
         * ISO 3166-1 alpha-2 code, upper case ("US", "GB"); countries without their own data get generic advice.
         *
         * @throws IllegalArgumentException if the code is not an ISO 3166-1 alpha-2 country code
         */
        public Builder country(String country) {
            this.country = country == null ? null : Countries.requireIsoCode(country);
            return this;
        }

        /** The person is in danger right now. */
        public Builder immediateDanger(Boolean immediateDanger) {
            this.immediateDanger = immediateDanger;
            return this;
        }

        /** The abuser is in the home or on the premises now. */
        public Builder perpetratorOnPremises(Boolean perpetratorOnPremises) {
            this.perpetratorOnPremises = perpetratorOnPremises;
            return this;
        }

        /** Where the person is. */
        public Builder location(Location location) {
            this.location = location;
            return this;
        }

        /** The room the person is in can be locked from the inside. */
        public Builder roomLocksFromInside(Boolean roomLocksFromInside) {
            this.roomLocksFromInside = roomLocksFromInside;
            return this;
        }

        /** The room has a door or window the person could leave by. */
        public Builder roomHasExit(Boolean roomHasExit) {
            this.roomHasExit = roomHasExit;
            return this;
        }

        /** Children live in, visit or are in the home. */
        public Builder childrenPresent(Boolean childrenPresent) {
            this.childrenPresent = childrenPresent;
            return this;
        }

        /** A vulnerable adult lives in, visits or is in the home. */
        public Builder vulnerableAdultPresent(Boolean vulnerableAdultPresent) {
            this.vulnerableAdultPresent = vulnerableAdultPresent;
            return this;
        }

        /** Whether the person can reach a phone. */
        public Builder phoneAccess(PhoneAccess phoneAccess) {
            this.phoneAccess = phoneAccess;
            return this;
        }

        /** The person can speak on a call without being overheard or put at risk. */
        public Builder canSpeakSafely(Boolean canSpeakSafely) {
            this.canSpeakSafely = canSpeakSafely;
            return this;
        }

        /** The person can leave the home safely now. */
        public Builder canLeaveSafely(Boolean canLeaveSafely) {
            this.canLeaveSafely = canLeaveSafely;
            return this;
        }

        /** The person is hurt. */
        public Builder injured(Boolean injured) {
            this.injured = injured;
            return this;
        }

        /** Police are on the scene. */
        public Builder policePresent(Boolean policePresent) {
            this.policePresent = policePresent;
            return this;
        }

        /** A violent incident has just happened and is over for now. */
        public Builder afterIncident(Boolean afterIncident) {
            this.afterIncident = afterIncident;
            return this;
        }

        /** The person lives with the abuser. */
        public Builder livesWithPerpetrator(Boolean livesWithPerpetrator) {
            this.livesWithPerpetrator = livesWithPerpetrator;
            return this;
        }

        /** The person is planning to leave the abuser. */
        public Builder planningToLeave(Boolean planningToLeave) {
            this.planningToLeave = planningToLeave;
            return this;
        }

        /** The person has recently left the abuser. */
        public Builder recentlyLeft(Boolean recentlyLeft) {
            this.recentlyLeft = recentlyLeft;
            return this;
        }

        /** State of a protective order against the abuser. */
        public Builder protectiveOrder(ProtectiveOrder protectiveOrder) {
            this.protectiveOrder = protectiveOrder;
            return this;
        }

        /** The person has a safe place to spend tonight. */
        public Builder safePlaceTonight(Boolean safePlaceTonight) {
            this.safePlaceTonight = safePlaceTonight;
            return this;
        }

        /** Whether the person wants help (police, a hotline) contacted. */
        public Builder wantsHelpContacted(HelpWanted wantsHelpContacted) {
            this.wantsHelpContacted = wantsHelpContacted;
            return this;
        }

        /** The person goes to work. */
        public Builder employed(Boolean employed) {
            this.employed = employed;
            return this;
        }

        /** The person is isolated at home with the abuser (lockdown, illness, control). */
        public Builder isolatedAtHome(Boolean isolatedAtHome) {
            this.isolatedAtHome = isolatedAtHome;
            return this;
        }

        /** The abuse is honour-based. */
        public Builder honourBasedAbuse(Boolean honourBasedAbuse) {
            this.honourBasedAbuse = honourBasedAbuse;
            return this;
        }

        /** A situation with the fields set so far. */
        public Situation build() {
            return new Situation(this);
        }
    }
}
