package org.safeplan.rules;

/** State of a protective, restraining or non-molestation order against the abuser. */
public enum ProtectiveOrder {
    NONE,
    /** An order is in force. */
    ACTIVE,
    /** An order was just served on the abuser: a time when abuse can escalate. */
    JUST_SERVED
}
