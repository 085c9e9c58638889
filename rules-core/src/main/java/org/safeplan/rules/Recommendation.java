package org.safeplan.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.safeplan.rules.internal.Recommendations;

/**
 * One recommended action, worded for the situation's audience and jurisdiction.
 *
 * <p>Immutable. {@link #sources()} are guidance-inventory ids (such as {@code "001-3"}) that trace
 * the advice to the published guidance it comes from; {@link #firedBy()} are the ids of the rules
 * that recommended it, so a reviewer can find the rule behind every line of advice.
 */
public final class Recommendation {

    private final int rank;
    private final String actionId;
    private final Urgency urgency;
    private final String title;
    private final String text;
    private final List<String> sources;
    private final List<String> firedBy;
    private final Set<Exposure> exposures;
    private final List<Caution> cautions;
    private final List<String> placedBy;
    private final List<Reason> because;

    static {
        Recommendations.register(Recommendation::new);
    }

    /** For the engine: the collections are immutable already (catalog values, sorted rule ids), so kept as they are. */
    private Recommendation(int rank, String actionId, Urgency urgency, String title, String text,
                           List<String> sources, List<String> firedBy, Set<Exposure> exposures,
                           List<Caution> cautions, List<String> placedBy) {
        this.rank = rank;
        this.actionId = actionId;
        this.urgency = urgency;
        this.title = title;
        this.text = text;
        this.sources = sources;
        this.firedBy = firedBy;
        this.exposures = exposures;
        this.cautions = cautions;
        this.placedBy = placedBy;
        this.because = List.of();
    }

    private Recommendation(Builder b) {
        if (b.rank < 1) {
            throw new IllegalArgumentException("rank must be 1 or more, was " + b.rank);
        }
        this.rank = b.rank;
        this.actionId = Objects.requireNonNull(b.actionId, "actionId");
        this.urgency = Objects.requireNonNull(b.urgency, "urgency");
        this.title = Objects.requireNonNull(b.title, "title");
        this.text = Objects.requireNonNull(b.text, "text");
        this.sources = List.copyOf(b.sources);
        this.firedBy = List.copyOf(b.firedBy);
        this.exposures = b.exposures.isEmpty() ? Set.of() : Set.copyOf(b.exposures);
        this.cautions = List.copyOf(b.cautions);
        this.placedBy = List.copyOf(b.placedBy);
        this.because = List.copyOf(b.because);
    }

    /** A builder for recommendations, e.g. for tests of code that consumes guidance. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this recommendation's values. */
    public Builder toBuilder() {
        return builder().rank(rank).actionId(actionId).urgency(urgency).title(title).text(text)
                .sources(sources).firedBy(firedBy).exposures(exposures).cautions(cautions).placedBy(placedBy)
                .because(because);
    }

    /** Position in the guidance, from 1 (act on first) with no gaps. */
    public int rank() {
        return rank;
    }

    /** The action's stable id in the content's action catalog, e.g. {@code "leave-the-kitchen"}. */
    public String actionId() {
        return actionId;
    }

    /** How soon to act. */
    public Urgency urgency() {
        return urgency;
    }

    /** A short imperative heading, at most 80 characters. */
    public String title() {
        return title;
    }

    /** The advice in plain words, with the jurisdiction's numbers filled in. */
    public String text() {
        return text;
    }

    /** Guidance-inventory ids this advice comes from; never empty. */
    public List<String> sources() {
        return sources;
    }

    /** Ids of the rules that recommended this action, sorted; never empty. */
    public List<String> firedBy() {
        return firedBy;
    }

    /** How acting on this could expose the person to the abuser (calls, written traces, ...). */
    public Set<Exposure> exposures() {
        return exposures;
    }

    /**
     * The cautions that guard this action in this situation, in catalog order: what to keep in
     * mind while acting on it (e.g. where to keep a note). Part of the recommendation, never a
     * separate one; empty when none applies.
     */
    public List<Caution> cautions() {
        return cautions;
    }

    /**
     * Ids of the ordering rules that placed this action ahead of the catalog order in this
     * situation (it leads its urgency, or comes before another action), sorted; usually empty.
     */
    public List<String> placedBy() {
        return placedBy;
    }

    /**
     * Why it was recommended: each rule that fired with the facts it matched. Empty unless the
     * guidance came from {@link SafetyAdvisor#explain(Situation)}.
     */
    public List<Reason> because() {
        return because;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Recommendation)) return false;
        Recommendation r = (Recommendation) o;
        return rank == r.rank && actionId.equals(r.actionId) && urgency == r.urgency
                && title.equals(r.title) && text.equals(r.text)
                && sources.equals(r.sources) && firedBy.equals(r.firedBy) && exposures.equals(r.exposures)
                && cautions.equals(r.cautions) && placedBy.equals(r.placedBy) && because.equals(r.because);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rank, actionId, urgency, title, text, sources, firedBy, exposures, cautions, placedBy,
                because);
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
            return new Recommendation(this);
        }
    }
}
