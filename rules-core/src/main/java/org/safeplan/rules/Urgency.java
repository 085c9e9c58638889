package org.safeplan.rules;

/** How soon a recommendation should be acted on; recommendations are ranked by this first. */
public enum Urgency {
    /** In the next minutes. */
    IMMEDIATE,
    /** Today. */
    URGENT,
    /** Preparing for what may come. */
    PLANNING,
    /** Worth knowing. */
    INFORMATION
}
