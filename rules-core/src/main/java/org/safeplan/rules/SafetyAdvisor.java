package org.safeplan.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.OptionalDependency;
import org.safeplan.rules.internal.catalog.JurisdictionPack;
import org.safeplan.rules.internal.engine.AdviceMemo;
import org.safeplan.rules.internal.engine.ContentBundle;

/**
 * Gives ranked, sourced safety recommendations for a situation.
 *
 * <p>Build one advisor when the application starts and share it: it is thread-safe, and building
 * it loads the rules (a fraction of a second) while each {@link #advise(Situation)} call is a few
 * microseconds. The advisor makes no network calls, writes no files and never logs situation data.
 *
 * <pre>{@code
 * SafetyAdvisor advisor = SafetyAdvisor.create();
 * Guidance guidance = advisor.advise(Situation.builder()
 *         .country("US").immediateDanger(true).location(Location.KITCHEN).build());
 * guidance.recommendations().forEach(r -> System.out.println(r.rank() + ". " + r.title()));
 * }</pre>
 */
public final class SafetyAdvisor {

    /** The content and, when memoizing, its memo: swapped together, read once per call. */
    private record Loaded(ContentBundle bundle, AdviceMemo memo) {
    }

    private final AtomicReference<Loaded> content;
    private final long memoSize;
    /** Partners' jurisdiction packs, added to every content this advisor loads. */
    private final List<JurisdictionPack> packs;

    private SafetyAdvisor(ContentBundle content, long memoSize, List<JurisdictionPack> packs) {
        this.memoSize = memoSize;
        this.packs = packs;
        this.content = new AtomicReference<>(loaded(content.withPacks(packs)));
    }

    private Loaded loaded(ContentBundle bundle) {
        return new Loaded(bundle, memoSize > 0 ? new AdviceMemo(memoSize) : null);
    }

    /** A builder, for content other than the classpath's or a memo of recent advice. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Creates an advisor with the content found on the classpath: the precompiled rules of the
     * {@code org.safeplan:rules-content} jar.
     *
     * @throws ContentException if no content, or more than one, is on the classpath, or it is invalid
     */
    public static SafetyAdvisor create() {
        return create(SafetyAdvisor.class.getClassLoader());
    }

    /**
     * Creates an advisor with the content found through {@code classLoader}, for applications
     * that load the content jar in a class loader of their own.
     *
     * @throws ContentException if no content, or more than one, is visible, or it is invalid
     */
    public static SafetyAdvisor create(ClassLoader classLoader) {
        return create(ContentSource.classpath(classLoader));
    }

    /** Builds a {@link SafetyAdvisor}. */
    public static final class Builder {
        private ContentSource source = ContentSource.classpath();
        private long memoSize;
        private final List<Path> packFiles = new ArrayList<>();

        private Builder() {
        }

        /** Where the content comes from; the classpath by default. */
        public Builder content(ContentSource source) {
            this.source = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * Remembers the guidance for up to {@code maxEntries} recent situations (advice is a pure
         * function of situation and content, so a memo never changes an answer). Needs
         * {@code com.github.ben-manes.caffeine:caffeine} on the classpath. Off by default.
         *
         * @throws IllegalArgumentException if {@code maxEntries} is negative
         * @throws IllegalStateException if {@code maxEntries} is positive and Caffeine is not on the
         *     classpath
         */
        public Builder memoize(long maxEntries) {
            if (maxEntries < 0) {
                throw new IllegalArgumentException("maxEntries must be 0 (off) or more, was " + maxEntries);
            }
            if (maxEntries > 0 && !OptionalDependency.present("com.github.benmanes.caffeine.cache.Caffeine")) {
                throw new IllegalStateException("memoize(...) keeps advice in a Caffeine cache: add the dependency"
                        + " com.github.ben-manes.caffeine:caffeine (3.x), which rules-core leaves optional");
            }
            this.memoSize = maxEntries;
            return this;
        }

        /**
         * Adds partners' jurisdiction packs, YAML files in the form of the JSON Schema
         * {@code org/safeplan/rules/schema/jurisdiction-pack.schema.json} (in rules-core's jar): a
         * country's emergency numbers, silent, text and TTY routes, helplines and disclosure schemes,
         * each with its source. No build is needed: the content's rules test what a jurisdiction
         * provides, so a pack for a new country changes the advice there. Each pack is read and
         * checked when the advisor is built, and refused whole if it has a problem. A pack for a
         * country the content has a pack for replaces it only if it says {@code overrides: true};
         * a pack past its {@code reviewBy} date loads with an SLF4J warning naming the file. The
         * packs stay with the advisor: {@link SafetyAdvisor#swapContent} adds them to the new content.
         * May be called more than once; the packs add up.
         */
        public Builder jurisdictions(Path... files) {
            for (Path file : files) {
                packFiles.add(Objects.requireNonNull(file, "file"));
            }
            return this;
        }

        /**
         * Loads the content and returns the advisor.
         *
         * @throws ContentException if the content or a jurisdiction pack cannot be loaded; the message
         *     lists every problem, each {@code file:line: message}
         */
        public SafetyAdvisor build() {
            List<JurisdictionPack> packs = readPacks(packFiles);
            return new SafetyAdvisor(source.load(null), memoSize, packs);
        }

        private static List<JurisdictionPack> readPacks(List<Path> files) {
            List<JurisdictionPack> packs = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    packs.add(JurisdictionPack.read(file.toString(), in));
                } catch (ContentException e) {
                    problems.addAll(e.problems());
                } catch (IOException e) {
                    problems.add(file + ": cannot be read: " + e.getMessage());
                }
            }
            if (!problems.isEmpty()) {
                throw new ContentException(problems);
            }
            return List.copyOf(packs);
        }
    }

    /**
     * Creates an advisor with content from a jar or folder of another version.
     *
     * @throws ContentException if the content cannot be loaded; the message lists every problem
     */
    public static SafetyAdvisor create(ContentSource source) {
        return builder().content(source).build();
    }

    /**
     * Switches to other content while serving: the new content is loaded and checked first, then
     * replaces the old in one step. Calls in flight finish on the old content, later calls get the
     * new, and no call fails; each {@link Guidance} names the content version that answered. If
     * the new content cannot be loaded, the advisor keeps the old and this method throws.
     *
     * @return the version of the content now in use
     * @throws ContentException if the new content cannot be loaded
     */
    public String swapContent(ContentSource source) {
        ContentBundle loaded = Objects.requireNonNull(source, "source").load(content.get().bundle()).withPacks(packs);
        content.set(loaded(loaded));
        return loaded.version();
    }

    /**
     * The recommendations for a situation, most urgent first. Unknown fields of the situation are
     * treated on the side of safety; the empty situation gets general guidance.
     */
    public Guidance advise(Situation situation) {
        return advise(situation, AdviceOptions.defaults());
    }

    /**
     * The recommendations for a situation with options: the complete list instead of a survivor's
     * load budget, or a cap on their number (see {@link AdviceOptions}).
     */
    public Guidance advise(Situation situation, AdviceOptions options) {
        Objects.requireNonNull(situation, "situation");
        Objects.requireNonNull(options, "options");
        Loaded current = content.get();
        return current.memo() == null ? current.bundle().advise(situation, options)
                : current.memo().advise(current.bundle(), situation, options);
    }

    /**
     * The complete advice for a situation (as with {@link AdviceOptions#complete()}) with the reasons
     * behind it: each recommendation's {@link Recommendation#because()} names the rules that fired
     * and the facts they matched, {@link Recommendation#placedBy()} the rules that ordered it,
     * and {@link Explanation#changes()} lists every single-field change that would add, remove
     * or re-rank a recommendation. Costs about a hundred evaluations: for previews and reviews,
     * not for every call.
     */
    public Explanation explain(Situation situation) {
        return explain(situation, AdviceOptions.defaults());
    }

    /**
     * As {@link #explain(Situation)}, with the texts in the language of {@code options}
     * ({@link AdviceOptions.Builder#language(String)}, falling back as {@link #advise(Situation, AdviceOptions)}
     * does). The list is always the complete one: the other options do not apply.
     */
    public Explanation explain(Situation situation, AdviceOptions options) {
        return content.get().bundle().explain(Objects.requireNonNull(situation, "situation"),
                Objects.requireNonNull(options, "options"));
    }

    /**
     * The languages the loaded content has texts in, as BCP 47 tags: the source language
     * ({@link Languages#SOURCE}) first, then each translation. A translation is served for a
     * situation only where it is complete for the situation's jurisdiction (see {@link AdviceOptions}).
     */
    public List<String> languages() {
        return content.get().bundle().languages();
    }

    /** The ids of every rule of the loaded content, sorted. */
    public SortedSet<String> ruleIds() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(content.get().bundle().rules().keySet()));
    }

    /**
     * The countries with a jurisdiction pack of their own in the loaded content, partners' packs
     * included, in the content's order: these get their own numbers and services; any other country
     * gets wording that names none.
     */
    public List<String> countries() {
        return content.get().bundle().countries();
    }

    /** The semantic version of the loaded content. */
    public String contentVersion() {
        return content.get().bundle().version();
    }
}
