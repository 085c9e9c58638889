package org.safeplan.rules.internal.json;

/** Limits that keep hostile or broken input from costing memory or time. */
public final class JsonLimits {

    /** A situation is one flat object: about 1 KiB. 64 KiB is far beyond any real one. */
    public static final int MAX_DOCUMENT_CHARS = 64 * 1024;
    /** The longest value any field has is a two-letter code or an enum name. */
    public static final int MAX_STRING_CHARS = 256;
    /** One level is all a situation needs; a few more give room for a readable error. */
    public static final int MAX_NESTING_DEPTH = 8;
    /** Field names are short words. */
    public static final int MAX_NAME_CHARS = 128;

    private JsonLimits() {
    }
}
