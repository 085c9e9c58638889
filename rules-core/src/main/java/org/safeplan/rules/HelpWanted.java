package org.safeplan.rules;

/** Whether the person wants someone to contact help (police, a hotline) for them. */
public enum HelpWanted {
    YES,
    NO,
    UNDECIDED
}
