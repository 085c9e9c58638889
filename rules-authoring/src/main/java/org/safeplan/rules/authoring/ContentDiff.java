package org.safeplan.rules.authoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.safeplan.rules.AdviceOptions;
import org.safeplan.rules.ContentSource;
import org.safeplan.rules.Guidance;
import org.safeplan.rules.Recommendation;
import org.safeplan.rules.SafetyAdvisor;
import org.safeplan.rules.Situation;
import org.safeplan.rules.authoring.DiffReport.Rewording;
import org.safeplan.rules.authoring.DiffReport.Wording;
import org.safeplan.rules.content.ContentException;
import org.safeplan.rules.internal.authoring.RuleTexts;
import org.safeplan.rules.internal.authoring.RuleTexts.RuleText;
import org.safeplan.rules.internal.catalog.ContentManifest;
import org.safeplan.rules.internal.catalog.JurisdictionPack;
import org.safeplan.rules.internal.catalog.Jurisdictions;
import org.safeplan.rules.internal.catalog.Problems;
import org.safeplan.rules.internal.explain.RankDifference;

/**
 * Proof of what a content change does to the advice: runs a baseline and a candidate version of
 * the content over the regression scenarios and a systematic sweep of situations, and reports
 * every situation whose advice changed, the old and new wording of every re-worded action, and
 * every rule whose text changed (flagging those whose {@code @version} was not raised). The advice
 * compared is the default guidance, what a person is shown.
 *
 * <pre>{@code
 * Path before = Path.of("old.jar"), after = Path.of("rules-content/src/main/resources");
 * DiffReport report = ContentDiff.compare(before, after, ScenarioFile.readFolder(Path.of("rules-content/scenarios")),
 *         ContentDiff.sweep(before, after), ContentDiff.Progress.NONE);
 * System.out.println(report.toMarkdown());
 * }</pre>
 *
 * <p>The situations are compared on several threads ({@link Runtime#availableProcessors()} unless
 * told otherwise), in chunks whose results are put together in the order of the situations, so the
 * report is the same, to the byte, as that of a run on one thread.
 */
public final class ContentDiff {

    /** Told how far a diff has got. */
    @FunctionalInterface
    public interface Progress {
        /** No progress reporting. */
        Progress NONE = (done, total) -> { };

        /**
         * {@code done} of {@code total} situations compared so far; always called from the thread
         * that called {@code compare}, never from two threads at once.
         */
        void update(long done, long total);
    }

    /** Situations per task: about 50 ms of work, small enough to balance two to a few dozen threads. */
    private static final int CHUNK = 1024;

    private ContentDiff() {
    }

    /**
     * The standard sweep for comparing two versions of the content: {@link SituationSpace#standard(Collection)}
     * over every country that has a pack (or, in content made before packs, an entry) of its own in
     * either version's jurisdictions (baseline's in the content's order, then the candidate's new
     * ones), so a country added, removed or changed there is swept. Jurisdictions that cannot be
     * read add no country: {@code compare} then reports the problem.
     *
     * @param baseline a content folder or content jar
     * @param candidate a content folder or content jar
     */
    public static SituationSpace sweep(Path baseline, Path candidate) {
        return sweep(baseline, candidate, List.of());
    }

    /**
     * The standard sweep as {@link #sweep(Path, Path)}, with the countries of partners' jurisdiction
     * packs added to the candidate too (as {@code diff --jurisdictions} adds them).
     *
     * @param candidatePacks pack files; one that cannot be read adds no country
     */
    public static SituationSpace sweep(Path baseline, Path candidate, List<Path> candidatePacks) {
        Set<String> countries = new LinkedHashSet<>(countries(baseline));
        countries.addAll(countries(candidate));
        for (Path pack : candidatePacks) {
            try (InputStream in = Files.newInputStream(pack)) {
                countries.add(JurisdictionPack.read(pack.toString(), in).country());
            } catch (IOException | RuntimeException e) {
                // refused when the candidate is loaded, with the pack's problems
            }
        }
        return SituationSpace.standard(countries);
    }

    /** The countries with a pack (or an entry) of their own in the jurisdictions of a content folder or jar. */
    private static List<String> countries(Path content) {
        try {
            Jurisdictions jurisdictions = Files.isDirectory(content) ? jurisdictionsOfFolder(content)
                    : jurisdictionsOfJar(content);
            return jurisdictions.keys().stream().filter(k -> !Jurisdictions.DEFAULT.equals(k)).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static Jurisdictions jurisdictionsOfFolder(Path folder) throws IOException {
        ContentManifest manifest;
        try (InputStream in = Files.newInputStream(folder.resolve(ContentManifest.RESOURCE))) {
            manifest = ContentManifest.read(ContentManifest.RESOURCE, in);
        }
        Path root = folder.normalize();
        return Jurisdictions.read(manifest, name -> {
            Path file = root.resolve(name).normalize();
            return file.startsWith(root) && Files.isRegularFile(file) ? Files.newInputStream(file) : null;
        }, new Problems(), LocalDate.MIN);
    }

    private static Jurisdictions jurisdictionsOfJar(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ContentManifest manifest;
            try (InputStream in = zip.getInputStream(Objects.requireNonNull(zip.getEntry(ContentManifest.RESOURCE)))) {
                manifest = ContentManifest.read(ContentManifest.RESOURCE, in);
            }
            return Jurisdictions.read(manifest, name -> {
                ZipEntry entry = zip.getEntry(name);
                return entry == null ? null : zip.getInputStream(entry);
            }, new Problems(), LocalDate.MIN);
        }
    }

    /**
     * Compares two versions of the content, each a content folder or a content jar, on
     * {@link Runtime#availableProcessors()} threads.
     *
     * @param sweep the situations to compare besides the scenarios, usually {@link #sweep(Path, Path)}
     * @throws ContentException if either cannot be loaded (the message lists every problem)
     */
    public static DiffReport compare(Path baseline, Path candidate, List<Scenario> scenarios, Iterable<Situation> sweep,
                                     Progress progress) {
        return compare(baseline, candidate, scenarios, sweep, Runtime.getRuntime().availableProcessors(), progress);
    }

    /**
     * Compares two versions of the content on {@code threads} threads; the two versions are loaded
     * at the same time when {@code threads > 1}. The report does not depend on {@code threads}.
     *
     * @param threads how many threads compare situations; 1 compares them all on the calling thread
     * @throws IllegalArgumentException if {@code threads < 1}
     * @throws ContentException as {@link #compare(Path, Path, List, Iterable, Progress)}
     */
    public static DiffReport compare(Path baseline, Path candidate, List<Scenario> scenarios, Iterable<Situation> sweep,
                                     int threads, Progress progress) {
        return compare(baseline, candidate, scenarios, sweep, threads, AdviceOptions.defaults(), progress);
    }

    /**
     * Compares two versions of the content as {@link #compare(Path, Path, List, Iterable, int, Progress)}
     * does, advising with {@code options}: with {@link AdviceOptions.Builder#language(String)}, the
     * wording compared is that language's (each side falls back to the source language where its
     * translation is incomplete, and a fallback shows as a re-wording). A scenario that pins a
     * language of its own is compared in it.
     *
     * @throws IllegalArgumentException if {@code threads < 1}
     * @throws ContentException as {@link #compare(Path, Path, List, Iterable, Progress)}
     */
    public static DiffReport compare(Path baseline, Path candidate, List<Scenario> scenarios, Iterable<Situation> sweep,
                                     int threads, AdviceOptions options, Progress progress) {
        return compare(baseline, candidate, List.of(), scenarios, sweep, threads, options, progress);
    }

    /**
     * Compares two versions of the content as {@link #compare(Path, Path, List, Iterable, int, AdviceOptions, Progress)},
     * with partners' jurisdiction packs added to the candidate (as {@code SafetyAdvisor.builder().jurisdictions(...)}
     * adds them): with the same content on both sides, what the packs change. The sweep should
     * include their countries: {@link #sweep(Path, Path, List)}.
     *
     * @param candidatePacks pack files (YAML); may be empty
     * @throws ContentException as {@link #compare(Path, Path, List, Iterable, Progress)}, or naming a refused pack
     */
    public static DiffReport compare(Path baseline, Path candidate, List<Path> candidatePacks, List<Scenario> scenarios,
                                     Iterable<Situation> sweep, int threads, AdviceOptions options, Progress progress) {
        Path[] packs = candidatePacks.toArray(Path[]::new);
        try (Workers workers = new Workers(threads)) {
            Future<SafetyAdvisor> after = workers.submit(() -> SafetyAdvisor.builder()
                    .content(ContentSource.of(candidate)).jurisdictions(packs).build());
            SafetyAdvisor before = SafetyAdvisor.create(ContentSource.of(baseline));
            SafetyAdvisor loaded = workers.get(after);
            List<RuleChange> rules = ruleChanges(RuleTexts.read(baseline), RuleTexts.read(candidate));
            return compare(before, loaded, rules, scenarios, sweep, workers, options, progress);
        }
    }

    /**
     * Compares the advice of two advisors (rule texts are not compared) on
     * {@link Runtime#availableProcessors()} threads.
     */
    public static DiffReport compare(SafetyAdvisor before, SafetyAdvisor after, List<RuleChange> ruleChanges,
                                     List<Scenario> scenarios, Iterable<Situation> sweep, Progress progress) {
        return compare(before, after, ruleChanges, scenarios, sweep, Runtime.getRuntime().availableProcessors(), progress);
    }

    /**
     * Compares the advice of two advisors (rule texts are not compared) on {@code threads} threads.
     * The report does not depend on {@code threads}.
     *
     * @param threads how many threads compare situations; 1 compares them all on the calling thread
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public static DiffReport compare(SafetyAdvisor before, SafetyAdvisor after, List<RuleChange> ruleChanges,
                                     List<Scenario> scenarios, Iterable<Situation> sweep, int threads,
                                     Progress progress) {
        try (Workers workers = new Workers(threads)) {
            return compare(before, after, ruleChanges, scenarios, sweep, workers, AdviceOptions.defaults(), progress);
        }
    }

    private static DiffReport compare(SafetyAdvisor before, SafetyAdvisor after, List<RuleChange> ruleChanges,
                                      List<Scenario> scenarios, Iterable<Situation> sweep, Workers workers,
                                      AdviceOptions options, Progress progress) {
        long sweepSize = sweep instanceof SituationSpace space ? space.size()
                : sweep instanceof Collection<?> c ? c.size() : 0;
        long total = scenarios.size() + sweepSize;
        Chunk merged = new Chunk();
        Deque<Future<Chunk>> pending = new ArrayDeque<>();
        Iterator<Callable<Chunk>> tasks = tasks(scenarios, sweep, before, after, options);
        int window = 4 * workers.threads;
        while (tasks.hasNext() || !pending.isEmpty()) {
            while (tasks.hasNext() && pending.size() < window) {
                pending.add(workers.submit(tasks.next()));
            }
            merged.append(workers.get(pending.removeFirst()));
            progress.update(merged.compared, Math.max(total, merged.compared));
        }
        progress.update(merged.compared, merged.compared);
        List<Rewording> rewordings = new ArrayList<>();
        merged.rewordings.forEach((key, tally) ->
                rewordings.add(new Rewording(key.actionId(), key.before(), key.after(), tally.situations, tally.example)));
        rewordings.sort(Comparator.comparing(Rewording::actionId)); // stable: first seen first within an action
        List<String> countries = sweep instanceof SituationSpace space ? space.countries() : List.of();
        return new DiffReport(before.contentVersion(), after.contentVersion(), scenarios.size(),
                merged.compared - scenarios.size(), countries, merged.changed, rewordings, ruleChanges);
    }

    /** The work in order: the scenarios, then the sweep, in chunks of {@link #CHUNK} situations. */
    private static Iterator<Callable<Chunk>> tasks(List<Scenario> scenarios, Iterable<Situation> sweep,
                                                   SafetyAdvisor before, SafetyAdvisor after, AdviceOptions options) {
        List<Callable<Chunk>> scenarioTasks = new ArrayList<>();
        for (int from = 0; from < scenarios.size(); from += CHUNK) {
            List<Scenario> part = scenarios.subList(from, Math.min(scenarios.size(), from + CHUNK));
            scenarioTasks.add(() -> {
                Chunk chunk = new Chunk();
                part.forEach(s -> chunk.compare(s.name(), s.situation(), before, after, s.options(options)));
                return chunk;
            });
        }
        Iterator<Callable<Chunk>> sweepTasks;
        if (sweep instanceof SituationSpace space) {
            // Each task makes its own situations: the calling thread only hands out index ranges.
            sweepTasks = new Iterator<>() {
                private long next;

                @Override
                public boolean hasNext() {
                    return next < space.size();
                }

                @Override
                public Callable<Chunk> next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    long from = next;
                    long to = Math.min(space.size(), from + CHUNK);
                    next = to;
                    return () -> {
                        Chunk chunk = new Chunk();
                        for (long i = from; i < to; i++) {
                            chunk.compare(null, space.get(i), before, after, options);
                        }
                        return chunk;
                    };
                }
            };
        } else {
            Iterator<Situation> situations = sweep.iterator();
            sweepTasks = new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return situations.hasNext();
                }

                @Override
                public Callable<Chunk> next() {
                    List<Situation> part = new ArrayList<>(CHUNK);
                    while (situations.hasNext() && part.size() < CHUNK) {
                        part.add(situations.next());
                    }
                    if (part.isEmpty()) {
                        throw new NoSuchElementException();
                    }
                    return () -> {
                        Chunk chunk = new Chunk();
                        part.forEach(s -> chunk.compare(null, s, before, after, options));
                        return chunk;
                    };
                }
            };
        }
        Iterator<Callable<Chunk>> first = scenarioTasks.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return first.hasNext() || sweepTasks.hasNext();
            }

            @Override
            public Callable<Chunk> next() {
                return first.hasNext() ? first.next() : sweepTasks.next();
            }
        };
    }

    /** Which change of wording: an action, its wording before and after. */
    private record RewordingKey(String actionId, Wording before, Wording after) {
    }

    /** How many situations show a change of wording, and the first of them. */
    private static final class Tally {
        private final Situation example;
        private long situations;

        Tally(Situation example, long situations) {
            this.example = example;
            this.situations = situations;
        }
    }

    /** The results for a run of consecutive situations; chunks appended in order make the whole. */
    private static final class Chunk {
        private final List<SituationDiff> changed = new ArrayList<>();
        private final Map<RewordingKey, Tally> rewordings = new LinkedHashMap<>();
        private long compared;

        void compare(String scenario, Situation s, SafetyAdvisor before, SafetyAdvisor after, AdviceOptions options) {
            compared++;
            Guidance a = before.advise(s, options);
            Guidance b = after.advise(s, options);
            if (!sameAdvice(a, b)) {
                diff(scenario, s, a, b).ifPresent(changed::add);
            }
        }

        private Optional<SituationDiff> diff(String scenario, Situation s, Guidance a, Guidance b) {
            RankDifference ranks = RankDifference.of(a, b);
            List<String> reworded = new ArrayList<>();
            List<RewordingKey> wordings = new ArrayList<>();
            for (String id : ranks.kept()) {
                Recommendation ra = a.find(id).orElseThrow();
                Recommendation rb = b.find(id).orElseThrow();
                if (!sameWords(ra, rb)) {
                    reworded.add(id);
                    wordings.add(new RewordingKey(id, wording(ra), wording(rb)));
                }
            }
            SituationDiff d = new SituationDiff(scenario, s, ranks.added(), ranks.removed(), ranks.reranked(), reworded);
            if (d.signature().isEmpty()) {
                return Optional.empty();
            }
            for (RewordingKey key : wordings) {
                rewordings.computeIfAbsent(key, k -> new Tally(s, 0)).situations++;
            }
            return Optional.of(d);
        }

        /** Adds the results of the chunk that follows this one. */
        void append(Chunk next) {
            changed.addAll(next.changed);
            next.rewordings.forEach((key, tally) -> {
                Tally mine = rewordings.get(key);
                if (mine == null) {
                    rewordings.put(key, new Tally(tally.example, tally.situations));
                } else {
                    mine.situations += tally.situations;
                }
            });
            compared += next.compared;
        }
    }

    private static Wording wording(Recommendation r) {
        return new Wording(r.title(), r.text(), r.summary(), r.cautions());
    }

    private static boolean sameAdvice(Guidance a, Guidance b) {
        if (a.recommendations().size() != b.recommendations().size()) {
            return false;
        }
        for (int i = 0; i < a.recommendations().size(); i++) {
            Recommendation ra = a.recommendations().get(i);
            Recommendation rb = b.recommendations().get(i);
            if (!ra.actionId().equals(rb.actionId()) || !sameWords(ra, rb)) {
                return false;
            }
        }
        return true;
    }

    /** Same title, text, summary and cautions: what the person reads. */
    private static boolean sameWords(Recommendation a, Recommendation b) {
        return a.title().equals(b.title()) && a.text().equals(b.text()) && a.summary().equals(b.summary())
                && a.cautions().equals(b.cautions());
    }

    /**
     * Threads that run tasks, or, for one thread, the calling thread itself, each task when its
     * result is asked for: then everything runs in the order a plain loop would run it.
     */
    private static final class Workers implements AutoCloseable {
        private final int threads;
        private final ExecutorService pool;

        Workers(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, was " + threads);
            }
            this.threads = threads;
            AtomicInteger n = new AtomicInteger();
            this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "safeplan-diff-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
        }

        /** Starts the task on a thread of the pool; with one thread, it runs when its result is asked for. */
        <T> Future<T> submit(Callable<T> task) {
            return pool != null ? pool.submit(task) : new FutureTask<>(task);
        }

        /** The task's result, or the exception it threw, unwrapped. */
        <T> T get(Future<T> future) {
            if (future instanceof FutureTask<T> deferred && pool == null) {
                deferred.run(); // does nothing if it already ran
            }
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while comparing the advice", e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(cause);
            }
        }

        @Override
        public void close() {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** Rules added, removed or changed between two sets of rule texts. */
    static List<RuleChange> ruleChanges(Map<String, RuleText> before, Map<String, RuleText> after) {
        List<RuleChange> out = new ArrayList<>();
        for (RuleText a : before.values()) {
            RuleText b = after.get(a.id());
            if (b == null) {
                out.add(new RuleChange(a.id(), RuleChange.Kind.REMOVED, a.version(), null));
            } else if (!a.body().equals(b.body())) {
                RuleChange.Kind kind = Objects.equals(a.version(), b.version())
                        ? RuleChange.Kind.CHANGED_WITHOUT_NEW_VERSION : RuleChange.Kind.CHANGED;
                out.add(new RuleChange(a.id(), kind, a.version(), b.version()));
            }
        }
        for (RuleText b : after.values()) {
            if (!before.containsKey(b.id())) {
                out.add(new RuleChange(b.id(), RuleChange.Kind.ADDED, null, b.version()));
            }
        }
        return out;
    }
}
