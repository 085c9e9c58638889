package org.safeplan.rules.content;

/**
 * Whether a service of part of a country, such as a disclosure scheme, is there for the person
 * advised, as {@link Jurisdiction#getDisclosureScheme()} tells rules.
 */
public enum Availability {
    /** The jurisdiction has none, or only in regions other than the person's. */
    NONE,
    /** There for the person: it covers the person's region, or the whole country. */
    HERE,
    /** It covers some regions of the country, and the person's region is not known. */
    IN_SOME_REGIONS
}
