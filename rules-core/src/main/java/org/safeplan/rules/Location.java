package org.safeplan.rules;

/** Where the person is right now. */
public enum Location {
    KITCHEN,
    GARAGE,
    BATHROOM,
    CLOSET,
    BEDROOM,
    LIVING_ROOM,
    /** Any other room of the home. */
    OTHER_ROOM,
    GARDEN,
    /** Not at home: at work, outside, at a friend's, at the practitioner's office. */
    AWAY_FROM_HOME
}
