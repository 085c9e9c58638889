package org.safeplan.rules;

/** Who the advice is addressed to. */
public enum Audience {
    /** The person at risk, reading the advice themselves. The default when unknown. */
    SURVIVOR,
    /** Someone serving the person: an advocate, employer, clinician or front-desk worker. */
    PRACTITIONER
}
