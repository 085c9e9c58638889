package org.safeplan.rules;

/**
 * A way acting on a recommendation could expose the person to the abuser. Partner apps can use
 * these to warn or filter; the rules use them too (no voice call leads when the person cannot
 * speak safely, a caution on written material when they live with the abuser).
 */
public enum Exposure {
    /** Needs speaking on a phone call that could be overheard. */
    VOICE_CALL,
    /** A call or message that needs no speaking (e.g. pressing 55 in the UK). */
    SILENT_CALL,
    /** Leaves something written or printed that the abuser could find. */
    WRITTEN_TRACE,
    /** Leaves a trace on a phone, computer or online account the abuser may see. */
    DIGITAL_TRACE,
    /** Could make noise that draws attention. */
    MAKES_NOISE,
    /** Needs moving to another room. */
    LEAVES_ROOM,
    /** Needs leaving the home. */
    LEAVES_HOME,
    /** Tells another person (friend, neighbour, employer) about the abuse. */
    TELLS_OTHERS
}
