package org.safeplan.rules;

/** Whether the person can reach a phone to call for help. */
public enum PhoneAccess {
    /** A charged phone is on them. */
    CHARGED_WITH_ME,
    /** A phone is on them but the battery is low. */
    LOW_BATTERY,
    /** A phone exists but is in another room or out of reach. */
    ELSEWHERE,
    /** No phone at all. */
    NONE
}
