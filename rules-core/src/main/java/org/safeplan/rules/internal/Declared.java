package org.safeplan.rules.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The declaration of one situation field, on its index constant in
 * {@link org.safeplan.rules.Situation}: the one place that says what the field is. The JSON name
 * comes from the constant's name ({@code ROOM_HAS_EXIT}: {@code roomHasExit}), the type from the
 * getter, and the position from the order of the constants. Everything else follows from it: the
 * JSON reader and writer, the JSON Schema, explain's values, the playground's form; tests check
 * that the getters, the builder and README's table agree with it ({@code SituationDeclarationTest}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Declared {

    /** The playground's group of questions the field belongs to. */
    Group group();

    /** What the field means, one sentence; the getter's Javadoc says the same. */
    String description();

    /** The question the playground asks for it. */
    String question();

    /** What the playground shows for "unknown". */
    String unknown() default "Unknown";

    /** For an enum field, each value's label in the playground, {@code "VALUE=Label"}, in the enum's order. */
    String[] labels() default {};

    /** For a text field, what the text holds. */
    Text text() default Text.NONE;

    /** The groups of questions, in the playground's order. */
    enum Group {
        JURISDICTION("Jurisdiction", "Country and region decide the emergency numbers, services and schemes named in the advice."),
        AUDIENCE("Who the advice is for", ""),
        DANGER_NOW("Danger right now", ""),
        WHERE("Where the person is", ""),
        REACHING_HELP("Reaching help", ""),
        OTHERS_AT_RISK("Others at risk", ""),
        HOME_AND_PLANS("Home, leaving and plans", "");

        private final String legend;
        private final String note;

        Group(String legend, String note) {
            this.legend = legend;
            this.note = note;
        }

        /** The group's heading. */
        public String legend() {
            return legend;
        }

        /** A line under the heading, or empty. */
        public String note() {
            return note;
        }
    }

    /** What a text field holds. */
    enum Text {
        /** Not a text field. */
        NONE,
        /** An ISO 3166-1 alpha-2 country code ({@link Countries}). */
        COUNTRY,
        /** An ISO 3166-2 subdivision code ({@link Regions}). */
        REGION
    }
}
