package org.safeplan.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One recommended action, worded for the situation's audience and jurisdiction.
 *
 * <p>Immutable. {@link #sources()} are guidance-inventory ids (such as {@code "001-3"}) that trace
 * the advice to the published guidance it comes from; {@link #firedBy()} are the ids of the rules
 * that recommended it, so a reviewer can find the rule behind every line of advice.
 *
 * @param rank position in the guidance, from 1 (act on first) with no gaps
 * @param actionId the action's stable id in the content's action catalog, e.g. {@code "leave-the-kitchen"}
 * @param urgency how soon to act
 * @param title a short imperative heading, at most 80 characters
 * @param text the advice in plain words, with the jurisdiction's numbers filled in
 * @param summary the advice in one line of at most 140 characters, numbers
 *     filled in, that stands alone in a chat or a text message
 * @param sources guidance-inventory ids this advice comes from; never empty
 * @param firedBy ids of the rules that recommended this action, sorted; never empty
 * @param exposures how acting on this could expose the person to the abuser (calls, written traces, ...)
 * @param cautions the cautions that guard this action in this situation, in catalog order: what to
 *     keep in mind while acting on it (e.g. where to keep a note). Part of the recommendation, never
 *     a separate one; empty when none applies
 * @param placedBy ids of the ordering rules that placed this action ahead of the catalog order in
 *     this situation (it leads its urgency, or comes before another action), sorted; usually empty
 * @param because why it was recommended: each rule that fired with the facts it matched. Empty
 *     unless the guidance came from {@link SafetyAdvisor#explain(Situation)}
 */
public record Recommendation(int rank, String actionId, Urgency urgency, String title, String text,
                             String summary, List<String> sources, List<String> firedBy, Set<Exposure> exposures,
                             List<Caution> cautions, List<String> placedBy, List<Reason> because) {

    /**
     * Checks and copies the values (collections that are immutable already, as the engine's are, are
     * kept as they are).
     *
     * @throws IllegalArgumentException if the rank is below 1
     * @throws NullPointerException if a value is missing
     */
    public Recommendation {
        if (rank < 1) {
            throw new IllegalArgumentException("rank must be 1 or more, was " + rank);
        }
        Objects.requireNonNull(actionId, "actionId");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(summary, "summary");
        sources = List.copyOf(sources);
        firedBy = List.copyOf(firedBy);
        exposures = Set.copyOf(exposures);
        cautions = List.copyOf(cautions);
        placedBy = List.copyOf(placedBy);
        because = List.copyOf(because);
    }

    /** A builder for recommendations, e.g. for tests of code that consumes guidance. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this recommendation's values. */
    public Builder toBuilder() {
        return builder().rank(rank).actionId(actionId).urgency(urgency).title(title).text(text)
                .summary(summary).sources(sources).firedBy(firedBy).exposures(exposures).cautions(cautions).placedBy(placedBy)
                .because(because);
    }

    @Override
    public String toString() {
        return rank + ". " + actionId + " (" + urgency + ")";
    }

    /** Builds a {@link Recommendation}; every field but {@code exposures}, {@code cautions} and {@code placedBy} is required. */
    public static final class Builder {
        private int rank;
        private String actionId;
        private Urgency urgency;
        private String title;
        private String text;
        private String summary;
        private List<String> sources = List.of();
        private List<String> firedBy = List.of();
        private Set<Exposure> exposures = EnumSet.noneOf(Exposure.class);
        private List<Caution> cautions = List.of();
        private List<String> placedBy = List.of();
        private List<Reason> because = List.of();

        private Builder() {
        }

        /** Position from 1. */
        public Builder rank(int rank) {
            this.rank = rank;
            return this;
        }

        /** The catalog action id. */
        public Builder actionId(String actionId) {
            this.actionId = actionId;
            return this;
        }

        /** How soon to act. */
        public Builder urgency(Urgency urgency) {
            this.urgency = urgency;
            return this;
        }

        /** The short heading. */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /** The advice text. */
        public Builder text(String text) {
            this.text = text;
            return this;
        }

        /** The one-line summary. */
        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        /** Guidance-inventory ids. */
        public Builder sources(Collection<String> sources) {
            this.sources = new ArrayList<>(sources);
            return this;
        }

        /** Ids of the rules that recommended the action. */
        public Builder firedBy(Collection<String> firedBy) {
            this.firedBy = new ArrayList<>(firedBy);
            return this;
        }

        /** Safety exposures of the action. */
        public Builder exposures(Collection<Exposure> exposures) {
            this.exposures = exposures.isEmpty() ? EnumSet.noneOf(Exposure.class) : EnumSet.copyOf(exposures);
            return this;
        }

        /** The cautions that guard the action. */
        public Builder cautions(Collection<Caution> cautions) {
            this.cautions = new ArrayList<>(cautions);
            return this;
        }

        /** Ids of the ordering rules that placed the action. */
        public Builder placedBy(Collection<String> placedBy) {
            this.placedBy = new ArrayList<>(placedBy);
            return this;
        }

        /** The reasons, from an explanation. */
        public Builder because(Collection<Reason> because) {
            this.because = new ArrayList<>(because);
            return this;
        }

        /**
         * The recommendation.
         *
         * @throws IllegalArgumentException if the rank is below 1
         * @throws NullPointerException if a required field is missing
         */
        public Recommendation build() {
            return new Recommendation(rank, actionId, urgency, title, text, summary, sources, firedBy, exposures, cautions,
                    placedBy, because);
        }
    }
}
