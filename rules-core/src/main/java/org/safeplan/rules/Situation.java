package org.safeplan.rules;

import java.util.Arrays;
import java.util.Objects;
import org.safeplan.rules.internal.Countries;
import org.safeplan.rules.internal.Declared;
import org.safeplan.rules.internal.Declared.Group;
import org.safeplan.rules.internal.Declared.Text;
import org.safeplan.rules.internal.Regions;

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

    // The declaration of the situation's fields: one constant each, in the playground's order within
    // a group. The constant is the field's place in the values; its annotation says what the field is,
    // and the JSON reader and writer, the JSON Schema, explain and the playground's form follow from it.
    // Each field also has a getter and a builder method below (SituationDeclarationTest checks them
    // one to one, and README.md's table). docs/extending.md lists what else a new field needs.

    private static int declared;

    @Declared(group = Group.JURISDICTION,
            description = "ISO 3166-1 alpha-2 code of the country the person is in, upper case (\"US\", \"GB\");"
                    + " countries without their own data get generic advice.",
            question = "Country",
            unknown = "Unknown (generic wording)",
            text = Text.COUNTRY)
    private static final int COUNTRY = next();

    @Declared(group = Group.JURISDICTION,
            description = "ISO 3166-2 code of the subdivision the person is in, upper case (\"GB-ENG\", \"US-CA\"); it"
                    + " decides schemes that exist in part of a country only.",
            question = "Region",
            unknown = "Unknown",
            text = Text.REGION)
    private static final int REGION = next();

    @Declared(group = Group.AUDIENCE,
            description = "Who the advice is for: the person at risk (the default) or someone serving them.",
            question = "Who is the advice for?",
            unknown = "Unknown (advice for the person themselves)",
            labels = {
                "SURVIVOR=The person themselves (survivor)",
                "PRACTITIONER=Someone serving the person (practitioner)"})
    private static final int AUDIENCE = next();

    @Declared(group = Group.DANGER_NOW,
            description = "The person is in danger right now.",
            question = "Is the person in danger right now?")
    private static final int IMMEDIATE_DANGER = next();

    @Declared(group = Group.DANGER_NOW,
            description = "The abuser is in the home or on the premises now.",
            question = "Is the abuser in the home or on the premises now?")
    private static final int PERPETRATOR_ON_PREMISES = next();

    @Declared(group = Group.DANGER_NOW,
            description = "The person is hurt.",
            question = "Is the person hurt?")
    private static final int INJURED = next();

    @Declared(group = Group.DANGER_NOW,
            description = "Police are on the scene.",
            question = "Are police on the scene?")
    private static final int POLICE_PRESENT = next();

    @Declared(group = Group.DANGER_NOW,
            description = "A violent incident has just happened and is over for now.",
            question = "Has a violent incident just happened (and is over for now)?")
    private static final int AFTER_INCIDENT = next();

    @Declared(group = Group.WHERE,
            description = "Where the person is.",
            question = "Where is the person?",
            labels = {
                "KITCHEN=Kitchen",
                "GARAGE=Garage",
                "BATHROOM=Bathroom",
                "CLOSET=Closet",
                "BEDROOM=Bedroom",
                "LIVING_ROOM=Living room",
                "OTHER_ROOM=Another room",
                "GARDEN=Garden",
                "AWAY_FROM_HOME=Away from home"})
    private static final int LOCATION = next();

    @Declared(group = Group.WHERE,
            description = "The room the person is in can be locked from the inside.",
            question = "Can the room be locked from the inside?")
    private static final int ROOM_LOCKS_FROM_INSIDE = next();

    @Declared(group = Group.WHERE,
            description = "The room has a door or window the person could leave by.",
            question = "Does the room have a door or window the person could leave by?")
    private static final int ROOM_HAS_EXIT = next();

    @Declared(group = Group.WHERE,
            description = "The person can leave the home safely now.",
            question = "Can the person leave the home safely now?")
    private static final int CAN_LEAVE_SAFELY = next();

    @Declared(group = Group.REACHING_HELP,
            description = "Whether the person can reach a phone.",
            question = "Can the person reach a phone?",
            labels = {
                "CHARGED_WITH_ME=Charged phone with them",
                "LOW_BATTERY=Phone with a low battery",
                "ELSEWHERE=Phone is elsewhere",
                "NONE=No phone"})
    private static final int PHONE_ACCESS = next();

    @Declared(group = Group.REACHING_HELP,
            description = "The person can speak on a call without being overheard or put at risk.",
            question = "Can the person speak on a call without being overheard?")
    private static final int CAN_SPEAK_SAFELY = next();

    @Declared(group = Group.REACHING_HELP,
            description = "Whether the person wants help (police, a hotline) contacted.",
            question = "Does the person want help (police, a hotline) contacted?",
            labels = {
                "YES=Yes",
                "NO=No",
                "UNDECIDED=Undecided"})
    private static final int WANTS_HELP_CONTACTED = next();

    @Declared(group = Group.OTHERS_AT_RISK,
            description = "Children live in, visit or are in the home.",
            question = "Do children live in, visit or are they in the home?")
    private static final int CHILDREN_PRESENT = next();

    @Declared(group = Group.OTHERS_AT_RISK,
            description = "A vulnerable adult lives in, visits or is in the home.",
            question = "Does a vulnerable adult live in, visit or are they in the home?")
    private static final int VULNERABLE_ADULT_PRESENT = next();

    @Declared(group = Group.HOME_AND_PLANS,
            description = "The person lives with the abuser.",
            question = "Does the person live with the abuser?")
    private static final int LIVES_WITH_PERPETRATOR = next();

    @Declared(group = Group.HOME_AND_PLANS,
            description = "The person is isolated at home with the abuser (lockdown, illness, control).",
            question = "Is the person isolated at home with the abuser?")
    private static final int ISOLATED_AT_HOME = next();

    @Declared(group = Group.HOME_AND_PLANS,
            description = "The person is planning to leave the abuser.",
            question = "Is the person planning to leave?")
    private static final int PLANNING_TO_LEAVE = next();

    @Declared(group = Group.HOME_AND_PLANS,
            description = "The person has recently left the abuser.",
            question = "Has the person recently left the abuser?")
    private static final int RECENTLY_LEFT = next();

    @Declared(group = Group.HOME_AND_PLANS,
            description = "The person has a safe place to spend tonight.",
            question = "Does the person have a safe place to spend tonight?")
    private static final int SAFE_PLACE_TONIGHT = next();

    @Declared(group = Group.HOME_AND_PLANS,
            description = "State of a protective order against the abuser.",
            question = "Is there a protective order against the abuser?",
            labels = {
                "NONE=No order",
                "ACTIVE=An active order",
                "JUST_SERVED=An order just served"})
    private static final int PROTECTIVE_ORDER = next();

    @Declared(group = Group.HOME_AND_PLANS,
            description = "The person goes to work.",
            question = "Does the person go to work?")
    private static final int EMPLOYED = next();

    @Declared(group = Group.HOME_AND_PLANS,
            description = "The abuse is honour-based.",
            question = "Is the abuse honour-based?")
    private static final int HONOUR_BASED_ABUSE = next();


    private static final int FIELD_COUNT = declared;
    private static final Situation EMPTY = builder().build();

    /** The values by field constant; null is unknown. */
    private final Object[] values;

    private Situation(Object[] values) {
        this.values = values;
    }

    private static int next() {
        return declared++;
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
        return new Builder(values.clone());
    }

    /**
     * Who the advice is for: the person at risk (the default) or someone serving them. Never null
     * ({@link Audience#SURVIVOR} when not given).
     */
    public Audience getAudience() {
        return values[AUDIENCE] == null ? Audience.SURVIVOR : (Audience) values[AUDIENCE];
    }

    /** Whether an audience was given explicitly. */
    public boolean isAudienceKnown() {
        return values[AUDIENCE] != null;
    }

    /**
     * ISO 3166-1 alpha-2 code of the country the person is in, upper case ("US", "GB"); countries
     * without their own data get generic advice. Null when unknown.
     */
    public String getCountry() {
        return (String) values[COUNTRY];
    }

    /**
     * ISO 3166-2 code of the subdivision the person is in, upper case ("GB-ENG", "US-CA"); it decides
     * schemes that exist in part of a country only. Null when unknown.
     */
    public String getRegion() {
        return (String) values[REGION];
    }

    /** The person is in danger right now. Null when unknown. */
    public Boolean getImmediateDanger() {
        return (Boolean) values[IMMEDIATE_DANGER];
    }

    /** The abuser is in the home or on the premises now. Null when unknown. */
    public Boolean getPerpetratorOnPremises() {
        return (Boolean) values[PERPETRATOR_ON_PREMISES];
    }

    /** The person is hurt. Null when unknown. */
    public Boolean getInjured() {
        return (Boolean) values[INJURED];
    }

    /** Police are on the scene. Null when unknown. */
    public Boolean getPolicePresent() {
        return (Boolean) values[POLICE_PRESENT];
    }

    /** A violent incident has just happened and is over for now. Null when unknown. */
    public Boolean getAfterIncident() {
        return (Boolean) values[AFTER_INCIDENT];
    }

    /** Where the person is. Null when unknown. */
    public Location getLocation() {
        return (Location) values[LOCATION];
    }

    /** The room the person is in can be locked from the inside. Null when unknown. */
    public Boolean getRoomLocksFromInside() {
        return (Boolean) values[ROOM_LOCKS_FROM_INSIDE];
    }

    /** The room has a door or window the person could leave by. Null when unknown. */
    public Boolean getRoomHasExit() {
        return (Boolean) values[ROOM_HAS_EXIT];
    }

    /** The person can leave the home safely now. Null when unknown. */
    public Boolean getCanLeaveSafely() {
        return (Boolean) values[CAN_LEAVE_SAFELY];
    }

    /** Whether the person can reach a phone. Null when unknown. */
    public PhoneAccess getPhoneAccess() {
        return (PhoneAccess) values[PHONE_ACCESS];
    }

    /** The person can speak on a call without being overheard or put at risk. Null when unknown. */
    public Boolean getCanSpeakSafely() {
        return (Boolean) values[CAN_SPEAK_SAFELY];
    }

    /** Whether the person wants help (police, a hotline) contacted. Null when unknown. */
    public HelpWanted getWantsHelpContacted() {
        return (HelpWanted) values[WANTS_HELP_CONTACTED];
    }

    /** Children live in, visit or are in the home. Null when unknown. */
    public Boolean getChildrenPresent() {
        return (Boolean) values[CHILDREN_PRESENT];
    }

    /** A vulnerable adult lives in, visits or is in the home. Null when unknown. */
    public Boolean getVulnerableAdultPresent() {
        return (Boolean) values[VULNERABLE_ADULT_PRESENT];
    }

    /** The person lives with the abuser. Null when unknown. */
    public Boolean getLivesWithPerpetrator() {
        return (Boolean) values[LIVES_WITH_PERPETRATOR];
    }

    /** The person is isolated at home with the abuser (lockdown, illness, control). Null when unknown. */
    public Boolean getIsolatedAtHome() {
        return (Boolean) values[ISOLATED_AT_HOME];
    }

    /** The person is planning to leave the abuser. Null when unknown. */
    public Boolean getPlanningToLeave() {
        return (Boolean) values[PLANNING_TO_LEAVE];
    }

    /** The person has recently left the abuser. Null when unknown. */
    public Boolean getRecentlyLeft() {
        return (Boolean) values[RECENTLY_LEFT];
    }

    /** The person has a safe place to spend tonight. Null when unknown. */
    public Boolean getSafePlaceTonight() {
        return (Boolean) values[SAFE_PLACE_TONIGHT];
    }

    /** State of a protective order against the abuser. Null when unknown. */
    public ProtectiveOrder getProtectiveOrder() {
        return (ProtectiveOrder) values[PROTECTIVE_ORDER];
    }

    /** The person goes to work. Null when unknown. */
    public Boolean getEmployed() {
        return (Boolean) values[EMPLOYED];
    }

    /** The abuse is honour-based. Null when unknown. */
    public Boolean getHonourBasedAbuse() {
        return (Boolean) values[HONOUR_BASED_ABUSE];
    }

    /** The number of fields that are known (not null). */
    public int knownFieldCount() {
        return (int) Arrays.stream(values).filter(Objects::nonNull).count();
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Situation s && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    /** Names how many fields are known, never their values. */
    @Override
    public String toString() {
        return "Situation[" + knownFieldCount() + " known fields]";
    }

    /** Builds a {@link Situation}; not thread-safe, reusable. Passing {@code null} makes a field unknown. */
    public static final class Builder {

        private final Object[] values;

        /** Every field unknown (also how the JSON reader makes one). */
        private Builder() {
            this(new Object[FIELD_COUNT]);
        }

        private Builder(Object[] values) {
            this.values = values;
        }

        private Builder set(int field, Object value) {
            values[field] = value;
            return this;
        }

        /** Who the advice is for; {@link Audience#SURVIVOR} when not given. */
        public Builder audience(Audience audience) {
            return set(AUDIENCE, audience);
        }

        /**
         * ISO 3166-1 alpha-2 code of the country the person is in, upper case ("US", "GB"); countries
         * without their own data get generic advice.
         *
         * @throws IllegalArgumentException if the code is not an ISO 3166-1 alpha-2 country code
         */
        public Builder country(String country) {
            return set(COUNTRY, country == null ? null : Countries.requireIsoCode(country));
        }

        /**
         * ISO 3166-2 code of the subdivision the person is in, upper case ("GB-ENG", "US-CA"); it
         * decides schemes that exist in part of a country only. Without a country, the country is the
         * region's own ({@code GB-ENG}: {@code GB}).
         *
         * @throws IllegalArgumentException if the code is not an ISO 3166-2 subdivision code, or not one of
         *     the listed subdivisions of its country (see README.md); {@link #build()} throws if the
         *     region is not in the country given
         */
        public Builder region(String region) {
            return set(REGION, region == null ? null : Regions.requireCode(region));
        }

        /** The person is in danger right now. */
        public Builder immediateDanger(Boolean immediateDanger) {
            return set(IMMEDIATE_DANGER, immediateDanger);
        }

        /** The abuser is in the home or on the premises now. */
        public Builder perpetratorOnPremises(Boolean perpetratorOnPremises) {
            return set(PERPETRATOR_ON_PREMISES, perpetratorOnPremises);
        }

        /** The person is hurt. */
        public Builder injured(Boolean injured) {
            return set(INJURED, injured);
        }

        /** Police are on the scene. */
        public Builder policePresent(Boolean policePresent) {
            return set(POLICE_PRESENT, policePresent);
        }

        /** A violent incident has just happened and is over for now. */
        public Builder afterIncident(Boolean afterIncident) {
            return set(AFTER_INCIDENT, afterIncident);
        }

        /** Where the person is. */
        public Builder location(Location location) {
            return set(LOCATION, location);
        }

        /** The room the person is in can be locked from the inside. */
        public Builder roomLocksFromInside(Boolean roomLocksFromInside) {
            return set(ROOM_LOCKS_FROM_INSIDE, roomLocksFromInside);
        }

        /** The room has a door or window the person could leave by. */
        public Builder roomHasExit(Boolean roomHasExit) {
            return set(ROOM_HAS_EXIT, roomHasExit);
        }

        /** The person can leave the home safely now. */
        public Builder canLeaveSafely(Boolean canLeaveSafely) {
            return set(CAN_LEAVE_SAFELY, canLeaveSafely);
        }

        /** Whether the person can reach a phone. */
        public Builder phoneAccess(PhoneAccess phoneAccess) {
            return set(PHONE_ACCESS, phoneAccess);
        }

        /** The person can speak on a call without being overheard or put at risk. */
        public Builder canSpeakSafely(Boolean canSpeakSafely) {
            return set(CAN_SPEAK_SAFELY, canSpeakSafely);
        }

        /** Whether the person wants help (police, a hotline) contacted. */
        public Builder wantsHelpContacted(HelpWanted wantsHelpContacted) {
            return set(WANTS_HELP_CONTACTED, wantsHelpContacted);
        }

        /** Children live in, visit or are in the home. */
        public Builder childrenPresent(Boolean childrenPresent) {
            return set(CHILDREN_PRESENT, childrenPresent);
        }

        /** A vulnerable adult lives in, visits or is in the home. */
        public Builder vulnerableAdultPresent(Boolean vulnerableAdultPresent) {
            return set(VULNERABLE_ADULT_PRESENT, vulnerableAdultPresent);
        }

        /** The person lives with the abuser. */
        public Builder livesWithPerpetrator(Boolean livesWithPerpetrator) {
            return set(LIVES_WITH_PERPETRATOR, livesWithPerpetrator);
        }

        /** The person is isolated at home with the abuser (lockdown, illness, control). */
        public Builder isolatedAtHome(Boolean isolatedAtHome) {
            return set(ISOLATED_AT_HOME, isolatedAtHome);
        }

        /** The person is planning to leave the abuser. */
        public Builder planningToLeave(Boolean planningToLeave) {
            return set(PLANNING_TO_LEAVE, planningToLeave);
        }

        /** The person has recently left the abuser. */
        public Builder recentlyLeft(Boolean recentlyLeft) {
            return set(RECENTLY_LEFT, recentlyLeft);
        }

        /** The person has a safe place to spend tonight. */
        public Builder safePlaceTonight(Boolean safePlaceTonight) {
            return set(SAFE_PLACE_TONIGHT, safePlaceTonight);
        }

        /** State of a protective order against the abuser. */
        public Builder protectiveOrder(ProtectiveOrder protectiveOrder) {
            return set(PROTECTIVE_ORDER, protectiveOrder);
        }

        /** The person goes to work. */
        public Builder employed(Boolean employed) {
            return set(EMPLOYED, employed);
        }

        /** The abuse is honour-based. */
        public Builder honourBasedAbuse(Boolean honourBasedAbuse) {
            return set(HONOUR_BASED_ABUSE, honourBasedAbuse);
        }

        /**
         * A situation with the fields set so far. A region without a country gives the region's
         * country ({@code GB-ENG}: {@code GB}).
         *
         * @throws IllegalArgumentException if the region is not in the country given
         */
        public Situation build() {
            Object[] copy = values.clone();
            String region = (String) copy[REGION];
            if (region != null) {
                if (copy[COUNTRY] == null) {
                    copy[COUNTRY] = Regions.countryOf(region);
                } else {
                    Regions.requireIn(region, (String) copy[COUNTRY]);
                }
            }
            return new Situation(copy);
        }
    }
}
